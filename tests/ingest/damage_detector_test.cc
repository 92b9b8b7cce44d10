// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/damage_detector.h"

#include <gtest/gtest.h>

#include "ingest/dropped_letter_detector.h"

namespace corroborate::ingest {
namespace {

std::string Problems(std::string_view line) {
  std::string out;
  for (const Damage& damage : FindDamage(line)) {
    if (!out.empty()) out += ", ";
    out += damage.problem;
  }
  return out;
}

TEST(DamageDetector, FlagsReplacementCharacter) {
  EXPECT_EQ(Problems("The mayor of M\xEF\xBF\xBDnster opened the fair."),
            "replacement character");
}

TEST(DamageDetector, FlagsUtf8ReadAsWindows1252) {
  // "Café" and "don’t" after a UTF-8 -> Windows-1252 round trip.
  EXPECT_EQ(Problems("The Caf\xC3\x83\xC2\xA9 on the corner reopened."),
            "mojibake");
  EXPECT_EQ(
      Problems("Officials don\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2t expect delays."),
      "mojibake");
}

TEST(DamageDetector, FlagsMisreadNoBreakSpace) {
  EXPECT_EQ(Problems("Tickets cost\xC3\x82\xC2\xA0"
                     "20 euros."),
            "mojibake");
}

TEST(DamageDetector, FlagsC1ControlCharacter) {
  EXPECT_EQ(Problems("The port\xC2\x92s cranes stood idle."),
            "control character");
}

TEST(DamageDetector, FlagsQuestionMarkInsideWord) {
  EXPECT_EQ(Problems("The na?ve plan failed within a week."),
            "question mark in word");
}

TEST(DamageDetector, IgnoresQuestionMarkInUrlsAndQuestions) {
  EXPECT_EQ(Problems("See example.org/search?q=ferry for times."), "");
  EXPECT_EQ(Problems("Who pays? Nobody knows yet."), "");
}

TEST(DamageDetector, FlagsDroppedLetter) {
  std::vector<Damage> found =
      FindDamage("The ferry ran aground n the bay on Sunday.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].problem, "dropped character");
  EXPECT_EQ(found[0].excerpt, "ferry ran aground n the bay on");
}

TEST(DamageDetector, AcceptsArticleA) {
  EXPECT_EQ(Problems("It was a long night for the crew of the ship."), "");
}

TEST(DamageDetector, AcceptsVersusAndChatAbbreviations) {
  EXPECT_EQ(
      Problems(
          "The final of Spain v Italy drew a record crowd at the stadium."),
      "");
  EXPECT_EQ(
      Problems("He wrote that he would see u at the gate with the others."),
      "");
}

TEST(DamageDetector, IgnoresListMarkersInitialsAndMath) {
  EXPECT_EQ(Problems("The law lists (b) fines and (c) bans for the owners."),
            "");
  EXPECT_EQ(Problems("The novel by J. K. Rowling sold well in the first week."),
            "");
  EXPECT_EQ(Problems("The model sets x = 2 and the room is 3 x 4 metres."), "");
  EXPECT_EQ(Problems("They don' t know the result of the vote."), "");
}

TEST(DamageDetector, IgnoresOneLetterWordsOfOtherLanguages) {
  EXPECT_EQ(Problems("Compraron pan y vino en el mercado de la ciudad."), "");
}

TEST(DamageDetector, AcceptsNoBreakSpacesCurlyQuotesAndAccents) {
  EXPECT_EQ(
      Problems("\xE2\x80\x9CWe will stay,\xE2\x80\x9D said Jos\xC3\xA9 in "
               "Bogot\xC3\xA1.\xC2\xA0"),
      "");
}

TEST(DroppedLetterDetector, ReturnsByteOffsetOfLetter) {
  EXPECT_EQ(FindDroppedLetter("Rain fell n the hills of the north."), 10);
  EXPECT_EQ(FindDroppedLetter("Rain fell in the hills of the north."), -1);
}

}  // namespace
}  // namespace corroborate::ingest
