// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/language_detector.h"

#include <gtest/gtest.h>

#include "analyze/test_article.h"

namespace corroborate::analyze {
namespace {

const char kEnglish[] =
    "Heavy rains caused the Piura river to burst its banks on Sunday, flooding "
    "hundreds of "
    "homes and forcing families to move to higher ground while emergency crews "
    "handed out "
    "drinking water and blankets.";
const char kSpanish[] =
    "Las lluvias intensas provocaron el desborde del río Piura el domingo, "
    "inundando cientos "
    "de viviendas y obligando a las familias a buscar refugio en zonas más "
    "altas.";

TEST(LanguageDetector, DetectsArticleAndParagraphLanguages) {
  Article article = MakeArticle({kEnglish, kSpanish, kEnglish});
  article.paragraphs[1].boilerplate = true;  // a Spanish photo caption
  DetectLanguages(&article, 40);
  EXPECT_EQ(article.language, "en");
  EXPECT_EQ(article.paragraphs[0].language, "en");
  EXPECT_EQ(article.paragraphs[1].language, "es");
}

TEST(LanguageDetector, ShortParagraphTakesArticleLanguage) {
  Article article = MakeArticle({kEnglish, "Muy bien, gracias.", kEnglish});
  DetectLanguages(&article, 40);
  EXPECT_EQ(article.paragraphs[1].language, "en");
}

TEST(LanguageDetector, ShortThresholdLetsShortParagraphsSpeak) {
  Article article = MakeArticle({kEnglish, kSpanish, kEnglish, kEnglish});
  DetectLanguages(&article, 1000);
  EXPECT_EQ(article.paragraphs[1].language,
            "en");  // all shorter than 1000 bytes
}

TEST(LanguageDetector, EmptyTextIsUnsure) { EXPECT_EQ(DetectLanguage(""), ""); }

}  // namespace
}  // namespace corroborate::analyze
