// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Subjects of cues: parentheticals after a name, long appositives with
// clauses of their own, "but said", and subjects that must not be found.

#include "analyze/subject_finder.h"

#include <string>

#include <gtest/gtest.h>

namespace corroborate::analyze {
namespace {

// The subject of the first "said" in `sentence`, as written, or "".
std::string SubjectOfSaid(const std::string& sentence) {
  std::vector<Token> tokens = Tokenize(sentence);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].Is("said")) continue;
    auto [begin, end] = FindSubject(tokens, i);
    return Span(sentence, tokens, begin, end);
  }
  return "";
}

TEST(SubjectFinder, PartyTagInParenthesesIsSkipped) {
  EXPECT_EQ(SubjectOfSaid("Rep. Dana Whitlock (D-Vt.) said the bill was dead."),
            "Rep. Dana Whitlock");
}

TEST(SubjectFinder, AppositiveWithItsOwnClause) {
  EXPECT_EQ(SubjectOfSaid("Omar Haddad, a pollster who advised two mayors in "
                          "the last decade, said turnout would fall."),
            "Omar Haddad");
  EXPECT_EQ(SubjectOfSaid("Lena Brandt, the union's chief negotiator, said "
                          "talks would resume."),
            "Lena Brandt");
}

TEST(SubjectFinder, RelativeClauseWithoutCommasBeforeTheCue) {
  EXPECT_EQ(SubjectOfSaid("A port official who spoke on the condition of "
                          "anonymity said the pier would close."),
            "A port official");
  EXPECT_EQ(SubjectOfSaid("Many residents who want to close the pier said "
                          "the vote was near."),
            "Many residents");
}

TEST(SubjectFinder, DashBeforeTheSubjectIsNoPartOfIt) {
  EXPECT_EQ(SubjectOfSaid("LIMA (Reuters) - Ana Cho said the pier would "
                          "close."),
            "Ana Cho");
}

TEST(SubjectFinder, AppositiveAfterAnAgeOrOneOf) {
  EXPECT_EQ(SubjectOfSaid("Omar Haddad, 39, a pilot visiting Lima with his "
                          "family, said the ferry was late."),
            "Omar Haddad");
  EXPECT_EQ(SubjectOfSaid("The writer Lena Brandt, one of the signatories, "
                          "said the letter would be sent."),
            "The writer Lena Brandt");
}

TEST(SubjectFinder, NameInAppositionToADescribedPerson) {
  // The description and the name together (PolNeAR's span).
  EXPECT_EQ(SubjectOfSaid("\"The pier will hold,\" the port spokesman, Tomas "
                          "Ruiz, said on Monday."),
            "the port spokesman, Tomas Ruiz");
  EXPECT_EQ(SubjectOfSaid("The mayor, Ann Cho, said the pier would close."),
            "The mayor, Ann Cho");
  EXPECT_EQ(SubjectOfSaid("Dover's harbour master, Rui Ito, said so."),
            "Dover's harbour master, Rui Ito");
  EXPECT_EQ(SubjectOfSaid("Another pollster, Ana Ruiz of Dover College, said "
                          "her survey was sound."),
            "Another pollster, Ana Ruiz of Dover College");
  // A description with no determiner is no noun phrase ("Hours later,
  // Ann Cho, said" is a typo, not an appositive).
  EXPECT_EQ(SubjectOfSaid("Hours later, Ann Cho, said nothing."), "");
}

TEST(SubjectFinder, ButSaidTakesTheSentenceSubject) {
  EXPECT_EQ(SubjectOfSaid("Governor Ines Palo praised the rescue crews but "
                          "said the warning came too late."),
            "Governor Ines Palo");
}

TEST(SubjectFinder, RelativeWhoAfterAClauseTakesTheNamesBeforeIt) {
  EXPECT_EQ(SubjectOfSaid("The pact was drafted with help from Labour "
                          "Minister Ann Cho, who said it would hold."),
            "Labour Minister Ann Cho");
  // No names before the comma: nobody.
  EXPECT_EQ(SubjectOfSaid("The pact was drafted in haste, who said so."), "");
}

TEST(SubjectFinder, NoSubjectForClausesOrQuotes) {
  // An "appositive" of more than 25 words is a clause, not a description.
  std::string long_aside;
  for (int i = 0; i < 30; ++i) long_aside += "very ";
  EXPECT_EQ(
      SubjectOfSaid("Omar Haddad, a " + long_aside + "busy man, said so."), "");
  // A parenthetical with nothing before it names nobody.
  EXPECT_EQ(SubjectOfSaid("(as noted) said nothing."), "");
  // Nobody is cited.
  EXPECT_EQ(SubjectOfSaid("No official said anything about the fire."), "");
}

// SentenceSubject of `sentence` before the word `cue`, as written.
std::string SentenceSubjectBefore(const std::string& sentence,
                                  const std::string& cue) {
  std::vector<Token> tokens = Tokenize(sentence);
  size_t limit = 0;
  while (limit < tokens.size() && !tokens[limit].Is(cue)) ++limit;
  auto [begin, end] = SentenceSubject(tokens, limit);
  return Span(sentence, tokens, begin, end);
}

TEST(SubjectFinder, DeterminerOpensANounPhraseSentenceSubject) {
  EXPECT_EQ(SentenceSubjectBefore("The harbour board released its figures "
                                  "and said fees would rise.",
                                  "said"),
            "The harbour board");
  EXPECT_EQ(SentenceSubjectBefore("A spokesman for Mayor Ada Finch of Dover "
                                  "defended the route, saying it was safe.",
                                  "saying"),
            "A spokesman for Mayor Ada Finch of Dover");
  EXPECT_EQ(SentenceSubjectBefore("The ferry company has since balked at the "
                                  "fee and argued it was unfair.",
                                  "argued"),
            "The ferry company");
  // Never past the cue: "The crew says" is not all subject.
  EXPECT_EQ(SentenceSubjectBefore("The crew says the hull is sound.", "says"),
            "The crew");
}

TEST(SubjectFinder, OpeningTimeSpanAndDatelineAreSkipped) {
  EXPECT_EQ(SentenceSubjectBefore("A month later, he toured the pier and "
                                  "explained that it would hold.",
                                  "explained"),
            "he");
  EXPECT_EQ(SentenceSubjectBefore("A few minutes later they reopened the "
                                  "hall and said it was safe.",
                                  "said"),
            "they");
  EXPECT_EQ(SentenceSubjectBefore("DOVER, Del. \xE2\x80\x94 Rui Ito toured "
                                  "the pier on Friday, saying it was sound.",
                                  "saying"),
            "Rui Ito");
  // A name before "later" is the subject, not a time span.
  EXPECT_EQ(SentenceSubjectBefore("Ito later toured the pier, saying it was "
                                  "sound.",
                                  "saying"),
            "Ito");
}

TEST(SubjectFinder, ParticipleOrPrepositionOpensNoSubject) {
  // "Ito, who through his office declined": "through his office" is no
  // speaker; neither is "making it" before "clear".
  std::vector<Token> tokens =
      Tokenize("But Ito, making it clear that fees would rise, left.");
  size_t cue = 0;
  while (!tokens[cue].Is("clear")) ++cue;
  auto [begin, end] = FindSubject(tokens, cue, /*auxiliaries=*/true);
  EXPECT_EQ(begin, end);
  EXPECT_EQ(SubjectOfSaid("The clerk, who through her office said nothing, "
                          "left."),
            "");
  // "Something" is a pronoun, not a participle.
  EXPECT_EQ(SubjectOfSaid("Something said the pier was unsafe."), "Something");
}

TEST(SubjectFinder, OpeningAdverbialGoesOnOverPlaceAndTime) {
  EXPECT_EQ(SentenceSubjectBefore("At a rally in Dover, Delaware, on Sunday, "
                                  "Mayor Ana Ruiz spoke, saying it was safe.",
                                  "saying"),
            "Mayor Ana Ruiz");
  // After a common noun, the name is the subject, not a place.
  EXPECT_EQ(SentenceSubjectBefore("At the rally, Ana Ruiz, the mayor, spoke, "
                                  "saying it was safe.",
                                  "saying"),
            "Ana Ruiz");
}

TEST(SubjectFinder, TimeWordOrAdverbOpeningASentenceIsAnAdverbial) {
  EXPECT_EQ(SentenceSubjectBefore("Tuesday at the harbour, Rui Ito toured the "
                                  "pier, saying it was sound.",
                                  "saying"),
            "Rui Ito");
  EXPECT_EQ(SentenceSubjectBefore("Shortly after the vote, the crew had "
                                  "left, warning that the pier would close.",
                                  "warning"),
            "the crew");
}

TEST(SubjectFinder, TimePhraseBetweenSubjectAndCueIsSkipped) {
  EXPECT_EQ(SubjectOfSaid("Rui Ito, the harbour chairman, this past week said "
                          "fees would rise."),
            "Rui Ito");
  EXPECT_EQ(SubjectOfSaid("The board last month said fees would rise."),
            "The board");
}

TEST(SubjectFinder, OpeningAdverbialIsNoNameBeforeAnAppositive) {
  // "On Friday" is capitalised like a name, but no head of "Ito took ...".
  std::vector<Token> tokens =
      Tokenize("On Friday, Ito took a softer tone, still blaming the board.");
  size_t cue = 0;
  while (!tokens[cue].Is("blaming")) ++cue;
  auto [begin, end] = FindSubject(tokens, cue, /*auxiliaries=*/true);
  EXPECT_NE(Span("On Friday, Ito took a softer tone, still blaming the board.",
                 tokens, begin, end),
            "On Friday");
}

TEST(SubjectFinder, OpeningAdverbialIsSkipped) {
  EXPECT_EQ(SentenceSubjectBefore("Appearing before the board, Rui Ito "
                                  "defended the plan, saying it was cheap.",
                                  "saying"),
            "Rui Ito");
  EXPECT_EQ(SentenceSubjectBefore("Despite the rain, she kept the stall open, "
                                  "arguing that trade was good.",
                                  "arguing"),
            "she");
  // No comma before the cue: no subject after an adverbial.
  EXPECT_EQ(SentenceSubjectBefore("Despite the rain she argued on.", "argued"),
            "");
}

TEST(SubjectFinder, TimesAndNumbersAreNoSubjects) {
  // "last week" sits between "and" and the cue: the sentence subject
  // speaks, up to its verb ("left", an irregular past).
  EXPECT_EQ(SubjectOfSaid("The crew left early and last week said nothing."),
            "The crew");
  // A count speaks (PolNeAR: "39 have said they support Sanders"); the
  // time before it does not.
  EXPECT_EQ(SubjectOfSaid("Sales rose and last week 43 said yes."), "43");
  EXPECT_EQ(SubjectOfSaid("Sales rose and 43 said yes."), "43");
  EXPECT_EQ(SubjectOfSaid("The crew left early and Ito said nothing."), "Ito");
}

TEST(SubjectFinder, RelativePronounBeforeTheVerbGroup) {
  auto tokens = Tokenize("Riders who have repeatedly said the fare is high.");
  EXPECT_EQ(RelativePronounBefore(tokens, 4), 1u);  // "who"
  auto comma = Tokenize("Riders, angry, said the fare is high.");
  EXPECT_EQ(RelativePronounBefore(comma, 4), SIZE_MAX);
  // "that" after a noun is a relative pronoun; after a verb it is not.
  auto sign = Tokenize("They put up a sign that said the pier was shut.");
  EXPECT_EQ(RelativePronounBefore(sign, 6), 5u);  // "that"
  auto complement = Tokenize("Ito argued that showed the pier was shut.");
  EXPECT_EQ(RelativePronounBefore(complement, 3), SIZE_MAX);
}

TEST(SubjectFinder, FunctionWordsOpeningASentenceAreNoSubject) {
  EXPECT_EQ(SentenceSubjectBefore("That said, fares will rise in May.", "said"),
            "");
  EXPECT_EQ(SentenceSubjectBefore("There are two reasons the crew refuses to "
                                  "sail.",
                                  "refuses"),
            "");
  EXPECT_EQ(SentenceSubjectBefore("So loud was the storm that Ali wrote home.",
                                  "wrote"),
            "");
  // A determiner with no noun after it is no subject either.
  EXPECT_EQ(SentenceSubjectBefore("The, said Ali, is a word.", "said"), "");
}

}  // namespace
}  // namespace corroborate::analyze

namespace corroborate::analyze {
namespace {

// The subject of the word `cue` in `sentence`, auxiliaries skipped or not.
std::string SubjectOf(const std::string& sentence, const std::string& cue,
                      bool auxiliaries) {
  std::vector<Token> tokens = Tokenize(sentence);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].Is(cue)) continue;
    auto [begin, end] = FindSubject(tokens, i, auxiliaries);
    return Span(sentence, tokens, begin, end);
  }
  return "";
}

TEST(SubjectFinder, AuxiliariesAndNegationsAreSkippedOnlyWhenAsked) {
  EXPECT_EQ(SubjectOf("Port director Lina Moss wouldn't say when the cranes "
                      "arrive.",
                      "say", true),
            "Port director Lina Moss");
  EXPECT_EQ(SubjectOf("The rowing club has not been pressing for a new dock.",
                      "pressing", true),
            "The rowing club");
  // The pipeline's statement cues keep the stricter rule.
  EXPECT_EQ(SubjectOf("Port director Lina Moss wouldn't say when the cranes "
                      "arrive.",
                      "say", false),
            "");
  // "went on to say", "was quick to point out": the subject of the verb
  // group before "to".
  EXPECT_EQ(SubjectOf("Judge Amara Okafor went on to say the lease was void.",
                      "say", true),
            "Judge Amara Okafor");
  EXPECT_EQ(SubjectOf("The ranger was quick to point out the broken fence.",
                      "point", true),
            "The ranger");
  // An existential "there" is no subject.
  EXPECT_EQ(SubjectOf("There could not be said to be a plan.", "said", true),
            "");
}

TEST(SubjectFinder, OpeningAdverbBeforeACommaIsNoSentenceSubject) {
  auto tokens = Tokenize("Likewise, the ferry crew kept quiet, saying little.");
  EXPECT_EQ(SentenceSubject(tokens), std::make_pair(size_t{0}, size_t{0}));
  auto shortly = Tokenize("Shortly, the crew left, saying little.");
  EXPECT_EQ(SentenceSubject(shortly), std::make_pair(size_t{0}, size_t{0}));
  auto named = Tokenize("Okafor, 54, kept quiet, saying little.");
  EXPECT_EQ(SentenceSubject(named), std::make_pair(size_t{0}, size_t{1}));
  auto plain = Tokenize("Judge Okafor kept quiet, saying little.");
  EXPECT_EQ(SentenceSubject(plain), std::make_pair(size_t{0}, size_t{2}));
}

}  // namespace
}  // namespace corroborate::analyze
