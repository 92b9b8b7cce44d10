// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/source_key.h"

#include <gtest/gtest.h>

namespace corroborate::corroborate {
namespace {

class SourceKeyTest : public ::testing::Test {
 protected:
  std::string Key(const char* name) { return SourceKey(name, lexicon_); }
  bool Same(const char* a, const char* b) { return SameSource(Key(a), Key(b)); }
  ParaphraseLexicon lexicon_;
};

TEST_F(SourceKeyTest, CaseAccentsPunctuationAndLeadingTheAreIgnored) {
  EXPECT_EQ(Key("The Daily Ledger"), Key("daily ledger"));
  EXPECT_EQ(Key("Le Monde"), Key("LE MONDE."));
  EXPECT_EQ(Key("Zürich Zeitung"), Key("Zurich Zeitung"));
  EXPECT_EQ(Key(""), "");
}

TEST_F(SourceKeyTest, ArabicArticlePrefixIsJoined) {
  EXPECT_EQ(Key("Al-Jadeed"), Key("al Jadeed"));
  EXPECT_EQ(Key("Al-Jadeed"), Key("AlJadeed"));
  EXPECT_EQ(Key("Dar Al-Hayat"), Key("Dar al-Hayat"));
}

TEST_F(SourceKeyTest, CountryNamesAndAdjectivesShareAKey) {
  EXPECT_TRUE(Same("US officials", "American officials"));
  EXPECT_TRUE(Same("U.S. officials", "United States officials"));
  EXPECT_TRUE(Same("British diplomats", "UK diplomats"));
  EXPECT_FALSE(Same("French officials", "German officials"));
}

TEST_F(SourceKeyTest, AcronymMatchesTheFullName) {
  EXPECT_TRUE(Same("WSJ", "The Wall Street Journal"));
  EXPECT_TRUE(Same("the BoE", "Bank of England"));
  EXPECT_FALSE(Same("WSJ", "Washington Star"));
}

TEST_F(SourceKeyTest, DescribedNameMatchesItsNameAtTheEnd) {
  EXPECT_TRUE(
      Same("the Paris-based Courrier Atlantique", "Courrier Atlantique"));
  EXPECT_FALSE(Same("Reuters", "Associated Press"));
  // A one-word tail is too weak: "officials" ends many names.
  EXPECT_FALSE(Same("Finance Ministry officials", "officials"));
}

}  // namespace
}  // namespace corroborate::corroborate
