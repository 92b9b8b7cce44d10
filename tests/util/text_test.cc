// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "util/text.h"

#include <gtest/gtest.h>

namespace corroborate::util {
namespace {

TEST(Trim, RemovesNoBreakSpaceAndNewlines) {
  EXPECT_EQ(Trim("\xC2\xA0 hello world \n\xC2\xA0"), "hello world");
  EXPECT_EQ(Trim("   "), "");
}

TEST(CollapseSpace, JoinsRunsOfUnicodeSpace) {
  EXPECT_EQ(CollapseSpace("on Monday\xC2\xA0 \xC2\xA0that  he"),
            "on Monday that he");
}

TEST(Words, KeepsInnerApostrophesAndHyphens) {
  std::vector<std::string> words =
      Words("Kenya\xE2\x80\x99s Iran-backed rebels - said: \"no\"");
  ASSERT_EQ(words.size(), 5u);
  EXPECT_EQ(words[0], "Kenya\xE2\x80\x99s");
  EXPECT_EQ(words[1], "Iran-backed");
  EXPECT_EQ(words[4], "no");
}

TEST(FoldedWords, FoldsCaseAccentsAndApostrophes) {
  std::vector<std::string> words = FoldedWords("Irán\xE2\x80\x99s Bogotá");
  ASSERT_EQ(words.size(), 2u);
  EXPECT_EQ(words[0], "iran's");
  EXPECT_EQ(words[1], "bogota");
}

TEST(FileStem, DropsDirectoryAndExtension) {
  EXPECT_EQ(FileStem("a/b/017_news.txt"), "017_news");
  EXPECT_EQ(FileStem("plain"), "plain");
  EXPECT_EQ(FileStem(".hidden"), ".hidden");
}

TEST(ContainsAny, FindsAnyNeedleAsASubstring) {
  EXPECT_TRUE(ContainsAny("the ministry declined to comment", {"declin"}));
  EXPECT_TRUE(ContainsAny("he did not confirm", {"admit", "not "}));
  EXPECT_FALSE(ContainsAny("confirmed on Tuesday", {"deny", "refus"}));
  EXPECT_FALSE(ContainsAny("", {"a"}));
  EXPECT_FALSE(ContainsAny("text", {}));
}

}  // namespace
}  // namespace corroborate::util
