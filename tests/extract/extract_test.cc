// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/extract.h"

#include <gtest/gtest.h>

#include "corroborate/ingest.h"

namespace corroborate {
namespace {

using R = BoilerplateReason;

// A scraped article with typical page debris, written for this test.
constexpr char kPage[] =
    "Volcano forces evacuation of island villages\n"  // 1
    "\n"                                              // 2
    "Thousands of residents left their homes as lava reached the "
    "coast.\n"                  // 3
    "\n"                        // 4
    "By Island Herald Staff\n"  // 5
    "\n"                        // 6
    "Smoke rises over the crater on Sunday (photo credit: RAUL PEREZ / "
    "REUTERS)\n"                               // 7
    "Smoke rises over the crater on Sunday\n"  // 8
    "(photo credit: RAUL PEREZ / REUTERS)\n"   // 9
    "The civil protection agency said about 4,000 people had been "
    "moved to shelters on the "
    "mainland by ferry and that no injuries had been reported.\n"  // 10
    "\n"                                                           // 11
    "READ MORE: Earthquake swarm rattles the islands\n"            // 12
    "\n"                                                           // 13
    "\xE2\x80\x9CWe left with nothing,\xE2\x80\x9D said one "
    "fisherman.\n"     // 14
    "\n"               // 15
    "It was quiet.\n"  // 16
    "\n"               // 17
    "Thousands of residents left their homes as lava reached the "
    "coast.\n"                                       // 18
    "\n"                                             // 19
    "Reporting by Lena Novak; Editing by Sam Ito\n"  // 20
    "\n"                                             // 21
    ">\n";                                           // 22

Article ExtractPage() {
  Result<std::vector<Article>> read =
      IngestBytes(kPage, "volcano.txt", IngestOptions(), nullptr);
  EXPECT_TRUE(read.ok());
  Article article = read->front();
  ExtractBody(&article, ExtractOptions());
  return article;
}

R ReasonAt(const Article& article, int line) {
  for (const Paragraph& paragraph : article.paragraphs) {
    if (paragraph.first_line == line) {
      EXPECT_EQ(paragraph.boilerplate, paragraph.reason != R::kNone);
      return paragraph.reason;
    }
  }
  ADD_FAILURE() << "no paragraph at line " << line;
  return R::kNone;
}

TEST(ExtractBody, ClassifiesEveryKindOfDebris) {
  Article article = ExtractPage();
  EXPECT_EQ(ReasonAt(article, 5), R::kByline);
  EXPECT_EQ(ReasonAt(article, 7), R::kPhotoCaption);
  EXPECT_EQ(ReasonAt(article, 8), R::kPhotoCaption);
  EXPECT_EQ(ReasonAt(article, 9), R::kPhotoCredit);
  EXPECT_EQ(ReasonAt(article, 12), R::kRelatedLink);
  EXPECT_EQ(ReasonAt(article, 18), R::kRepeatedStandfirst);
  EXPECT_EQ(ReasonAt(article, 20), R::kContributorLine);
  EXPECT_EQ(ReasonAt(article, 22), R::kStrayMarkup);
}

TEST(ExtractBody, KeepsStandfirstQuotesAndShortSentencesAsBody) {
  Article article = ExtractPage();
  EXPECT_EQ(ReasonAt(article, 3), R::kNone);
  EXPECT_EQ(ReasonAt(article, 10), R::kNone);
  EXPECT_EQ(ReasonAt(article, 14), R::kNone);
  EXPECT_EQ(ReasonAt(article, 16), R::kNone);
}

TEST(ExtractBody, FillsBylineAndContributors) {
  Article article = ExtractPage();
  EXPECT_EQ(article.byline, "Island Herald Staff");
  EXPECT_EQ(article.contributors,
            (std::vector<std::string>{"Lena Novak", "Sam Ito"}));
}

TEST(ExtractBody, RunningTwiceGivesTheSameResult) {
  Article article = ExtractPage();
  Article again = article;
  ExtractBody(&again, ExtractOptions());
  EXPECT_EQ(again.contributors, article.contributors);
  for (size_t i = 0; i < article.paragraphs.size(); ++i) {
    EXPECT_EQ(again.paragraphs[i].reason, article.paragraphs[i].reason);
  }
}

TEST(ExtractBody, TurnsIngestedHtmlIntoParagraphs) {
  const std::string body =
      "The regional ferry company said on Thursday that it would add two night "
      "crossings to the islands from June, after a summer of record demand and "
      "complaints from residents about full boats.";
  Result<std::vector<Article>> read = IngestBytes(
      "<!DOCTYPE html><html><head><title>Ferries add night "
      "crossings</title></head>"
      "<body><article><h1>Ferries add night crossings</h1><p>" +
          body + "</p><p>" + body +
          " Tickets go on sale in May.</p></article></body></html>",
      "ferry.html", IngestOptions(), nullptr);
  ASSERT_TRUE(read.ok());
  Article article = read->front();
  ExtractBody(&article, ExtractOptions());
  EXPECT_TRUE(article.html.empty());
  EXPECT_EQ(article.id, "ferry");
  bool found = false;
  for (const Paragraph& paragraph : article.paragraphs) {
    found = found || (!paragraph.boilerplate &&
                      paragraph.text.find("night crossings to the "
                                          "islands") != std::string::npos);
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace corroborate
