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

TEST(CountWords, CountsWhatWordsFinds) {
  for (std::string_view text :
       {"", "  ", "- ' -", "Kenya\xE2\x80\x99s Iran-backed rebels - said",
        "caf\xC3\xA9 na\xC3\xAFve 2024", "bad \xFF\xFE bytes", "one"}) {
    EXPECT_EQ(CountWords(text), Words(text).size()) << text;
  }
}

TEST(JoinedFoldedWords, JoinsFoldedWordsWithOneSpace) {
  EXPECT_EQ(JoinedFoldedWords("  The  BRIDGE\xE2\x80\x99s\xC2\xA0opening, "
                              "Zoë says!"),
            "the bridge's opening zoe says");
  EXPECT_EQ(JoinedFoldedWords(" -- "), "");
}

TEST(FoldAccents, AsciiGivesWhatIcuGives) {
  // The ASCII shortcut must agree with the ICU path on every ASCII byte:
  // a word with one non-ASCII letter goes through ICU.
  for (int c = 1; c < 128; ++c) {
    std::string ascii(1, static_cast<char>(c));
    EXPECT_EQ(FoldAccents(ascii + "\xC3\xA9"), FoldAccents(ascii) + "e") << c;
    EXPECT_EQ(FoldCase(ascii + "\xC3\x89"), FoldCase(ascii) + "\xC3\xA9") << c;
  }
}

TEST(AsciiLower, LowersOnlyAToZAtEveryOffset) {
  // Every byte value at every position of an 8-byte step and the tail.
  std::string all;
  for (int c = 0; c < 256; ++c) all += static_cast<char>(c);
  for (size_t shift = 0; shift < 9; ++shift) {
    std::string text = std::string(shift, 'Q') + all;
    std::string lowered = AsciiLower(text);
    ASSERT_EQ(lowered.size(), text.size());
    for (size_t i = 0; i < text.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      char want = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : text[i];
      EXPECT_EQ(lowered[i], want) << "byte " << int(c) << " shift " << shift;
    }
  }
  EXPECT_EQ(AsciiLower("Caf\xC3\x89 GR\xC3\x9CN"), "caf\xC3\x89 gr\xC3\x9Cn");
}

TEST(FileStem, DropsDirectoryAndExtension) {
  EXPECT_EQ(FileStem("a/b/017_news.txt"), "017_news");
  EXPECT_EQ(FileStem("plain"), "plain");
  EXPECT_EQ(FileStem(".hidden"), ".hidden");
}

TEST(EqualsIgnoreCase, IgnoresAsciiCaseOnlyAndNeedsEqualLength) {
  EXPECT_TRUE(EqualsIgnoreCase("Application/LD+JSON", "application/ld+json"));
  EXPECT_TRUE(EqualsIgnoreCase("", ""));
  EXPECT_FALSE(EqualsIgnoreCase("canonical ", "canonical"));
  EXPECT_FALSE(EqualsIgnoreCase("author", "authors"));
  // Non-ASCII bytes compare exactly: "É" is not "é".
  EXPECT_FALSE(EqualsIgnoreCase("\xC3\x89t\xC3\xA9", "\xC3\xA9t\xC3\xA9"));
  EXPECT_TRUE(EqualsIgnoreCase("\xC3\xA9T\xC3\xA9", "\xC3\xA9t\xC3\xA9"));
}

TEST(StartsUpper, UpperCaseFirstLetterInAnyScript) {
  EXPECT_TRUE(StartsUpper("Vega"));
  EXPECT_TRUE(StartsUpper("Ólafsson"));
  EXPECT_TRUE(StartsUpper("Москва"));
  EXPECT_FALSE(StartsUpper("échec"));
  EXPECT_FALSE(StartsUpper("vega"));
  EXPECT_FALSE(StartsUpper("1990"));
  EXPECT_FALSE(StartsUpper(""));
  EXPECT_FALSE(StartsUpper("\xC3"));  // truncated UTF-8
}

TEST(IsAcronym, TwoToSixAsciiCapitals) {
  EXPECT_TRUE(IsAcronym("UN"));
  EXPECT_TRUE(IsAcronym("NATO"));
  EXPECT_FALSE(IsAcronym("U"));
  EXPECT_FALSE(IsAcronym("ABCDEFG"));
  EXPECT_FALSE(IsAcronym("Nato"));
  EXPECT_FALSE(IsAcronym("U.S."));
}

TEST(ContainsAny, FindsAnyNeedleAsASubstring) {
  EXPECT_TRUE(ContainsAny("the ministry declined to comment", {"declin"}));
  EXPECT_TRUE(ContainsAny("he did not confirm", {"admit", "not "}));
  EXPECT_FALSE(ContainsAny("confirmed on Tuesday", {"deny", "refus"}));
  EXPECT_FALSE(ContainsAny("", {"a"}));
  EXPECT_FALSE(ContainsAny("text", {}));
}

TEST(WithoutPossessive, DropsAFinalApostropheS) {
  EXPECT_EQ(WithoutPossessive("Obama's"), "Obama");
  EXPECT_EQ(WithoutPossessive("Iraq\xE2\x80\x99s"), "Iraq");
  EXPECT_EQ(WithoutPossessive("Okafor"), "Okafor");
  EXPECT_EQ(WithoutPossessive("'s"), "'s");
  EXPECT_EQ(WithoutPossessive("its"), "its");
}

}  // namespace
}  // namespace corroborate::util
