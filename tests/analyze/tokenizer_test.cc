// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/tokenizer.h"

#include <gtest/gtest.h>

namespace corroborate::analyze {
namespace {

TEST(TokenizeTest, LowerIsAsciiLowerCaseWithAsciiApostrophe) {
  std::vector<Token> tokens =
      Tokenize("The MAYOR\xE2\x80\x99S Office in Z\xC3\x9CRICH said no.");
  ASSERT_EQ(tokens.size(), 8u);
  EXPECT_EQ(tokens[0].lower, "the");
  EXPECT_EQ(tokens[1].text, "MAYOR\xE2\x80\x99S");
  EXPECT_EQ(tokens[1].lower, "mayor's");
  EXPECT_EQ(tokens[2].lower, "office");
  // Only A-Z change: the UTF-8 bytes of "Ü" stay as written.
  EXPECT_EQ(tokens[4].lower, "z\xC3\x9Crich");
  EXPECT_EQ(tokens[7].kind, TokenKind::kPunct);
  EXPECT_EQ(tokens[7].lower, ".");
}

TEST(TokenizeTest, OffsetsAndTextMatchTheSentence) {
  std::string_view sentence = "  Dr. Okafor\xC2\xA0told U.S. reporters: ok";
  std::vector<Token> tokens = Tokenize(sentence);
  ASSERT_EQ(tokens.size(), 7u);
  for (const Token& token : tokens) {
    EXPECT_EQ(sentence.substr(token.begin, token.end - token.begin),
              token.text);
  }
  EXPECT_EQ(tokens[0].text, "Dr.");  // a title keeps its dot
  EXPECT_EQ(tokens[3].text, "U.S.");
  EXPECT_EQ(tokens[3].lower, "u.s.");
  EXPECT_EQ(tokens[5].text, ":");
}

TEST(TokenizeTest, MiddleInitialKeepsItsDot) {
  std::vector<Token> tokens = Tokenize("Judge Ana T. Ruiz backed Plan B.");
  ASSERT_EQ(tokens.size(), 8u);
  EXPECT_EQ(tokens[2].text, "T.");  // a capital follows: an initial
  EXPECT_EQ(tokens[6].text, "B");   // the sentence's end
  EXPECT_EQ(tokens[7].text, ".");
}

TEST(TokenizeTest, QuotesOpenAndClose) {
  std::vector<Token> tokens =
      Tokenize("\xE2\x80\x9CWe WILL rebuild,\xE2\x80\x9D she said");
  ASSERT_EQ(tokens.size(), 8u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kOpenQuote);
  EXPECT_TRUE(tokens[2].quoted);
  EXPECT_EQ(tokens[2].lower, "will");
  EXPECT_EQ(tokens[5].kind, TokenKind::kCloseQuote);
  EXPECT_FALSE(tokens[6].quoted);
  // A word holding another 0xE2 sequence (U+2200) keeps it as written
  // beside its lowered letters.
  std::vector<Token> math = Tokenize("Set X\xE2\x88\x80Y here");
  ASSERT_EQ(math.size(), 3u);
  EXPECT_EQ(math[1].lower, "x\xE2\x88\x80y");
}

TEST(TokenizeTest, CurlyQuoteOfTheWrongHandIsToldByItsSpace) {
  // "“We will rebuild,“ she said": the second left mark closes.
  std::vector<Token> closing =
      Tokenize("\xE2\x80\x9CWe will rebuild,\xE2\x80\x9C she said");
  ASSERT_EQ(closing.size(), 8u);
  EXPECT_EQ(closing[5].kind, TokenKind::kCloseQuote);
  EXPECT_FALSE(closing[6].quoted);
  // "She said ”we will rebuild”": the first right mark opens.
  std::vector<Token> opening =
      Tokenize("She said \xE2\x80\x9Dwe will rebuild\xE2\x80\x9D");
  ASSERT_EQ(opening.size(), 7u);
  EXPECT_EQ(opening[2].kind, TokenKind::kOpenQuote);
  EXPECT_TRUE(opening[3].quoted);
  EXPECT_EQ(opening[6].kind, TokenKind::kCloseQuote);
  // A left mark opening a second quotation after a closed one still opens.
  std::vector<Token> two = Tokenize(
      "\xE2\x80\x9CNo,\xE2\x80\x9D he said, \xE2\x80\x9Cnever.\xE2\x80\x9D");
  EXPECT_EQ(two[7].kind, TokenKind::kOpenQuote);
  EXPECT_TRUE(two[8].quoted);
}

TEST(TokenizeTest, TripleApostropheClosesAnInnerQuoteThenTheOuter) {
  // ''They say 'no,''' he said: the last two marks close the quotation.
  std::vector<Token> tokens = Tokenize("''They say 'no,''' he said");
  ASSERT_GE(tokens.size(), 9u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kOpenQuote);
  EXPECT_EQ(tokens[7].text, "''");
  EXPECT_EQ(tokens[7].kind, TokenKind::kCloseQuote);
  EXPECT_FALSE(tokens[8].quoted);
}

TEST(TokenizeTest, CapitalsInAnyScriptMakeNames) {
  // "Ólafsson", "Łukasz" and "al-Šarif" start with non-ASCII capitals;
  // "échec" and "über" with lower-case letters.
  std::vector<Token> tokens =
      Tokenize("Ólafsson met Łukasz and al-Šarif: échec über Oslo");
  ASSERT_EQ(tokens.size(), 9u);
  EXPECT_TRUE(tokens[0].IsCapitalized());
  EXPECT_FALSE(tokens[1].IsCapitalized());
  EXPECT_TRUE(tokens[2].IsCapitalized());
  EXPECT_FALSE(tokens[4].IsCapitalized());
  EXPECT_TRUE(tokens[4].IsNameLike());  // a particle before a capital
  EXPECT_FALSE(tokens[6].IsNameLike());
  EXPECT_FALSE(tokens[7].IsNameLike());
  EXPECT_TRUE(tokens[8].IsCapitalized());
  EXPECT_FALSE(tokens[5].IsCapitalized());  // ":" is no word
}

}  // namespace
}  // namespace corroborate::analyze
