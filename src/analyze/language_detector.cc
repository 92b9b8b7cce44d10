// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/language_detector.h"

#include <cld2/public/compact_lang_det.h>

namespace corroborate::analyze {

std::string DetectLanguage(std::string_view text) {
  if (text.empty()) return "";
  CLD2::Language languages[3];
  int percents[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::Language language = CLD2::ExtDetectLanguageSummary(
      text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true,
      languages, percents, &text_bytes, &reliable);
  if (!reliable || language == CLD2::UNKNOWN_LANGUAGE) return "";
  return CLD2::LanguageCode(language);
}

void DetectLanguages(Article* article, int min_language_bytes) {
  std::string body;
  std::string all;
  for (const Paragraph& paragraph : article->paragraphs) {
    (paragraph.boilerplate ? all : body).append(paragraph.text).append("\n");
  }
  all.append(body);
  article->language = DetectLanguage(body.empty() ? all : body);
  for (Paragraph& paragraph : article->paragraphs) {
    std::string own;
    if (static_cast<int>(paragraph.text.size()) >= min_language_bytes) {
      own = DetectLanguage(paragraph.text);
    }
    paragraph.language = own.empty() ? article->language : own;
  }
}

}  // namespace corroborate::analyze
