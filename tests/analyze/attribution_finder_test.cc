// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/attribution_finder.h"

#include <gtest/gtest.h>

#include "analyze/test_article.h"

namespace corroborate::analyze {
namespace {

std::vector<Attribution> Find(const std::vector<std::string>& body) {
  return FindAttributions(MakeSentences(body));
}

TEST(AttributionFinder, NameDescribedBeforeASecondPredicateSpeaks) {
  auto found = Find(
      {"Danish shipbuilder Nordvik Yards is preparing a new dock and said it "
       "would hire 300 workers."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Danish shipbuilder Nordvik Yards");
  EXPECT_EQ(found[0].content, "it would hire 300 workers");
}

TEST(AttributionFinder, FirstNameAndSurnameOfAnEmployerIsAPerson) {
  auto found =
      Find({"Marta Ruiz of Banco Lindo estimated the cost at 5 million euros, "
            "she told Reuters, a figure she said the firm can absorb."});
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].source, "Marta Ruiz");
  EXPECT_EQ(found[0].source_kind, SourceKind::kPerson);
  // "she" is the woman just named, not an earlier body; "a figure she
  // said": the pronoun speaks, the noun phrase before it is what she said.
  EXPECT_EQ(found[1].via, "Marta Ruiz");
  EXPECT_EQ(found[2].source, "Marta Ruiz");
  EXPECT_EQ(found[2].content, "the firm can absorb");
}

TEST(AttributionFinder, RequestForSomethingIsNoStatement) {
  auto found = Find(
      {"Lumen Foods has asked the council for tax relief, according to three "
       "people familiar with the matter.",
       "The union urged the company to raise wages."});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].source, "three people familiar with the matter");
  EXPECT_EQ(found[1].source, "The union");  // a call to act stays a cue
}

TEST(AttributionFinder, AccordingToSkipsAppositionAndTakesWhichCited) {
  auto found = Find(
      {"According to the Kraftfahrt-Bundesamt (KBA), the road-safety "
       "regulator, the fault lies in the cells.",
       "According to the Valley Courier, which cited three people familiar "
       "with the matter, Lumen Foods wants tax relief."});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].content, "the fault lies in the cells");
  EXPECT_EQ(found[1].source, "Valley Courier");
  EXPECT_EQ(found[1].source_kind, SourceKind::kOutlet);
  EXPECT_EQ(found[1].via, "three people familiar with the matter");
  EXPECT_EQ(found[1].content, "Lumen Foods wants tax relief");
}

TEST(AttributionFinder, CitingGoesWithTheCueBeforeIt) {
  auto found = Find(
      {"Minister Ana Cho on Thursday confirmed that Lumen Foods will build a "
       "bakery, a project that the Valley Courier reported on Monday, citing "
       "people familiar with the matter."});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].source, "Ana Cho");
  EXPECT_EQ(found[0].via, "");
  EXPECT_EQ(found[1].source, "Valley Courier");
  EXPECT_EQ(found[1].via, "people familiar with the matter");
}

TEST(AttributionFinder, PostOnANamedPlatformByADescribedPerson) {
  auto found =
      Find({"Separately, a city councillor in Davao, Jun Abellana, posted on X "
            "late on Tuesday that a trial volunteer had died.",
            "The minister posted a video on Facebook on Monday."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Jun Abellana");
  EXPECT_EQ(found[0].source_kind, SourceKind::kPerson);
  EXPECT_EQ(found[0].source_role, "a city councillor in Davao");
  EXPECT_EQ(found[0].cue, "posted on X");
  EXPECT_EQ(found[0].content, "a trial volunteer had died");
}

TEST(AttributionFinder, OutletByThePlaceItsNameOpensWith) {
  auto found =
      Find({"Three children fell ill, The Manila Courier reported on Tuesday, "
            "citing a person with direct knowledge of the trial.",
            "According to the Manila newspaper, the children were enrolled in "
            "Cebu."});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].source, "Manila Courier");
  EXPECT_EQ(found[1].source_kind, SourceKind::kOutlet);
}

TEST(AttributionFinder, DirectSpeakerWithThatClause) {
  auto found = Find(
      {"Chief Justice Martha Koome said that the court would sit on Monday."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Martha Koome");
  EXPECT_EQ(found[0].source_kind, SourceKind::kPerson);
  EXPECT_EQ(found[0].via, "");
  EXPECT_FALSE(found[0].anonymous);
  EXPECT_EQ(found[0].cue, "said");
  EXPECT_EQ(found[0].content, "the court would sit on Monday");
  EXPECT_FALSE(found[0].direct_quote);
}

TEST(AttributionFinder, PostposedOutletCitingAnonymousParty) {
  auto found =
      Find({"The verdict will be delayed by a week, the Daily Nation reported "
            "on Tuesday, citing "
            "unnamed court officials."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Daily Nation");
  EXPECT_EQ(found[0].source_kind, SourceKind::kOutlet);
  EXPECT_EQ(found[0].via, "unnamed court officials");
  EXPECT_EQ(found[0].via_kind, SourceKind::kAnonymous);
  EXPECT_TRUE(found[0].anonymous);
  EXPECT_EQ(found[0].content, "The verdict will be delayed by a week");
}

TEST(AttributionFinder, CitingFirstThenOutletWithDescriptor) {
  auto found =
      Find({"Citing customs sources, Peruvian news agency Andina reported that "
            "copper exports fell."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Andina");
  EXPECT_EQ(found[0].source_kind, SourceKind::kOutlet);
  EXPECT_EQ(found[0].via, "customs sources");
  EXPECT_TRUE(found[0].anonymous);
  EXPECT_EQ(found[0].content, "copper exports fell");
}

TEST(AttributionFinder, AnonymousPartyToldAnOutlet) {
  auto found = Find(
      {"The harbour will close for repairs, port sources told Radio Mombasa."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Radio Mombasa");
  EXPECT_EQ(found[0].source_kind, SourceKind::kOutlet);
  EXPECT_EQ(found[0].via, "port sources");
  EXPECT_TRUE(found[0].anonymous);
}

TEST(AttributionFinder, OutletQuotedPartySaying) {
  auto found =
      Find({"The Lima-based daily El Sol quoted a senior engineer saying that "
            "the dam had cracked."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "El Sol");
  EXPECT_EQ(found[0].via, "a senior engineer");
  EXPECT_TRUE(found[0].anonymous);
  EXPECT_EQ(found[0].content, "the dam had cracked");
}

TEST(AttributionFinder, AnonymousClaimInsideOutletReportIsOneChain) {
  auto found =
      Find({"Regional officials have confirmed that the dam held overnight, "
            "the Andina agency "
            "reported."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Andina");
  EXPECT_EQ(found[0].via, "Regional officials");
  EXPECT_TRUE(found[0].anonymous);
  EXPECT_EQ(found[0].content, "the dam held overnight");
}

TEST(AttributionFinder, NamedOfficialIsNotAnonymous) {
  auto named =
      Find({"Police spokesman Bruno Shioso said two suspects were arrested."});
  ASSERT_EQ(named.size(), 1u);
  EXPECT_EQ(named[0].source, "Bruno Shioso");
  EXPECT_FALSE(named[0].anonymous);
  auto unnamed =
      Find({"A senior police official said two suspects were arrested."});
  ASSERT_EQ(unnamed.size(), 1u);
  EXPECT_TRUE(unnamed[0].anonymous);
  EXPECT_EQ(unnamed[0].source_kind, SourceKind::kAnonymous);
}

TEST(AttributionFinder, QuoteWithPronounResolvesToLastPerson) {
  auto found = Find(
      {"Environment Minister Rosa Vega visited the dam on Sunday.",
       "\xE2\x80\x9CWe are ready for the next storm,\xE2\x80\x9D she said."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Rosa Vega");
  EXPECT_EQ(found[0].source_kind, SourceKind::kPerson);
  EXPECT_TRUE(found[0].direct_quote);
  EXPECT_EQ(found[0].content, "We are ready for the next storm");
}

TEST(AttributionFinder, PronounAndSurnameResolveToNamesWithNonAsciiCapitals) {
  auto found = Find(
      {"Fisheries Minister Ólöf Ásgeirsdóttir toured the harbour on Monday.",
       "\xE2\x80\x9CThe quota stays,\xE2\x80\x9D she said.",
       "Ásgeirsdóttir said talks would resume in May."});
  ASSERT_EQ(found.size(), 2u);
  const std::string full = "Ólöf Ásgeirsdóttir";
  EXPECT_EQ(found[0].source, full);
  EXPECT_EQ(found[0].source_kind, SourceKind::kPerson);
  EXPECT_EQ(found[1].source, full);
}

TEST(AttributionFinder, PronounAfterAPossessiveResolvesToTheName) {
  auto found = Find({"Mayor Ines Duarte's aides met the unions on Monday.",
                     "She acknowledged that the budget had failed.",
                     "Governor Paul Okafor\xE2\x80\x99s office was silent.",
                     "He said later that talks would resume."});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].source, "Ines Duarte");
  EXPECT_EQ(found[1].source, "Paul Okafor");
}

TEST(AttributionFinder, AdverbBetweenSpeakerAndCueIsNoPartOfTheSource) {
  auto found =
      Find({"Ferry fares, Mr. Okafor often says, are the island's real tax.",
            "Ms. Duarte has long argued that the port should be public."});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].source, "Okafor");
  EXPECT_EQ(found[1].source, "Duarte");
}

TEST(AttributionFinder, SurnameResolvesToAnUntitledFullName) {
  auto found = Find({"Maria Okafor toured the ferry terminal on Monday.",
                     "Okafor said the crossings would resume."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Maria Okafor");
  EXPECT_EQ(found[0].source_kind, SourceKind::kPerson);
}

TEST(AttributionFinder, LoneSurnameTakesAFullNameWrittenLater) {
  // A headline names the speaker by surname; the body names her in full.
  auto found = Find({"Okafor says the ferry will sail again.",
                     "Transport Minister Maria Okafor toured the terminal.",
                     "The strike ended on Monday."});
  ASSERT_GE(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Maria Okafor");
  EXPECT_EQ(found[0].source_kind, SourceKind::kPerson);
  EXPECT_EQ(found[0].source_role, "Transport Minister");
  // An untitled pair counts only when it opens with a first name.
  found = Find({"Kellin said the port would reopen.",
                "Later that week Poor Kellin held a vote."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Kellin");
  EXPECT_NE(found[0].source_kind, SourceKind::kPerson);
  found = Find({"Reyes said the bill would pass.",
                "Maria Reyes has led the committee since May."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Maria Reyes");
  EXPECT_EQ(found[0].source_kind, SourceKind::kPerson);
}

TEST(AttributionFinder, NamedPersonCitingStaysAPerson) {
  // "Citing X, Y ..." makes an unknown Y an outlet; a person named before
  // stays a person.
  auto found = Find({"Senator Tom Reyes spoke in Lima on Monday.",
                     "Citing a leaked memo, Reyes said the bill would fail."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Tom Reyes");
  EXPECT_EQ(found[0].source_kind, SourceKind::kPerson);
  EXPECT_EQ(found[0].via, "a leaked memo");
}

TEST(AttributionFinder, SurnameThatLooksLikeAModifierIsTheName) {
  auto found = Find({"Prime Minister Theresa May said the talks would resume.",
                     "May said she was confident of a deal.",
                     "Mr. Long said the vote was close."});
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].source, "Theresa May");
  EXPECT_EQ(found[0].content, "the talks would resume");
  EXPECT_EQ(found[1].source, "Theresa May");
  EXPECT_EQ(found[2].source, "Long");
  // Not after a word that is no first name: the month or modal stays one.
  found = Find({"Harbour officials Tuesday said the pier would close."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Harbour officials");
  found = Find({"In May, the minister said the pier would close."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "the minister");
}

TEST(AttributionFinder, SurnamePrefersTheTitledPartyOverALaterNamesake) {
  auto found = Find({"Senator Tom Reyes spoke in Lima on Monday.",
                     "His wife, Ana Reyes, sat beside him.",
                     "Reyes said the bill would pass."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Tom Reyes");
}

TEST(AttributionFinder, PronounSkipsAPersonOfTheOtherGender) {
  auto found = Find({"Governor Tom Reyes opened the session in Lima.",
                     "Director Jane Palmer said the plan was weak.",
                     "\xE2\x80\x9CIt is childish,\xE2\x80\x9D she said.",
                     "\xE2\x80\x9CWe will see,\xE2\x80\x9D he said."});
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[1].source, "Jane Palmer");
  EXPECT_EQ(found[2].source, "Tom Reyes");
}

TEST(AttributionFinder, RoleOfThePersonGoesWithTheName) {
  auto found = Find({"Harbour Minister Ruth Okafor opened the pier on Monday.",
                     "\xE2\x80\x9CIt will hold,\xE2\x80\x9D she said.",
                     "Okafor said repairs would take a month."});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].source, "Ruth Okafor");
  EXPECT_EQ(found[0].source_role, "Harbour Minister");
  EXPECT_EQ(found[1].source_role, "Harbour Minister");
  // Written with the attribution itself.
  found = Find({"Port spokesman Ali Hassan said the pier was safe."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source_role, "Port spokesman");
  // In apposition after the name.
  found = Find({"Ali Hassan, the port spokesman, said the pier was safe."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Ali Hassan");
  EXPECT_EQ(found[0].source_role, "port spokesman");
  // A description with no title is no role.
  found = Find({"Ali Hassan, a fisherman from Lamu, said the pier was safe."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source_role, "");
  // No role was written: none is made up.
  found = Find({"Ali Hassan said the pier was safe."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source_role, "");
}

TEST(AttributionFinder, DescriptionByTitleResolvesToThePersonWithIt) {
  auto found = Find({"Sen. Ruth Okafor opened the pier on Monday.",
                     "Mayor Ali Hassan spoke next.",
                     "The Vermont senator said repairs would take a month.",
                     "\xE2\x80\x9CWe will see,\xE2\x80\x9D he said."});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].source, "Ruth Okafor");
  EXPECT_EQ(found[0].source_kind, SourceKind::kPerson);
  // A description nobody matches stays as written, and is no antecedent.
  found = Find({"Mayor Ali Hassan opened the pier.",
                "The harbour chancellor said repairs would take a month.",
                "\xE2\x80\x9CWe will see,\xE2\x80\x9D he said."});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].source, "The harbour chancellor");
  EXPECT_EQ(found[1].source, "Ali Hassan");
}

TEST(AttributionFinder, PossessiveTitleIsNoPerson) {
  // "the Prime Minister's wife" names nobody called "Minister", so the
  // pronoun after it finds no one rather than him.
  auto found =
      Find({"Lady Ito toured the ward with the Harbour Prime "
            "Minister's wife on Monday.",
            "\xE2\x80\x9CWe will see,\xE2\x80\x9D she told the nurses."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0].source, "Minister");
  EXPECT_EQ(found[0].source_role, "");
}

TEST(AttributionFinder, SurnameAfterAPortfolioTitle) {
  // The person named after "Minister of the Interior" is "Ana Ruiz", not
  // "Interior Ana Ruiz", so her surname later finds her.
  auto found =
      Find({"Minister of the Interior Ana Ruiz opened the border "
            "post on Monday.",
            "Ruiz said the post would stay open."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Ana Ruiz");
}

TEST(AttributionFinder, SourceNeverSpansAVerbOfSayingOrAnAdverb) {
  // "The mayor said she thinks ...": the walk back from "thinks" must not
  // take "The mayor said she" for its subject.
  auto found = Find({"The mayor said she thinks the ferry will run."});
  for (const Attribution& a : found)
    EXPECT_EQ(a.source.find("said"), std::string::npos) << a.source;
  // "He even claimed": the adverb is no part of the source.
  found = Find({"Mayor Ali Hassan inspected the ferry.",
                "He even claimed the ferry had never been late."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Ali Hassan");
}

TEST(AttributionFinder, ParticipleContinuesTheCueBeforeIt) {
  // "..., adding": the speaker of the cue before it in the sentence, not
  // the place of an opening adverbial or a subject that runs over "said".
  auto found = Find({"Mayor Ann Cho toured the port on Monday.",
                     "In Lamu, Kenya, in February, she told voters that the "
                     "port would grow, adding that the ferry would run."});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].source, "Ann Cho");
  EXPECT_EQ(found[1].source, "Ann Cho");
  found =
      Find({"The president said he would drop the harbour fee, saying "
            "it was unfair."});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].source, "The president");
  EXPECT_EQ(found[1].source, "The president");
}

TEST(AttributionFinder, OutletNamedByItsLastWord) {
  // "Post" written with a capital is part of the name, and "the Post"
  // later is that outlet, as a surname is its person.
  auto found = Find({"The Lagos Post reported that the pier would close.",
                     "Harbour workers told the Post that repairs had begun."});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].source, "Lagos Post");
  EXPECT_EQ(found[0].source_kind, SourceKind::kOutlet);
  EXPECT_EQ(found[1].source, "Lagos Post");
  EXPECT_EQ(found[1].via, "Harbour workers");
}

TEST(AttributionFinder, DescriptionWhoseModifierContradictsTheRoleStaysAsIs) {
  // "The Green nominee" is not the one written as "Labour mayoral nominee":
  // the capitalised modifiers before the title disagree.
  auto found =
      Find({"The rally of Labour mayoral nominee Ruth Okafor was short.",
            "The Green mayoral nominee said the vote was close."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "The Green mayoral nominee");
  // A modifier that agrees resolves ("Labour"), as one the role does not
  // contradict does ("Vermont" against "Sen."), and "Kenyan" agrees with
  // the role's "Kenya's".
  found = Find({"The rally of Labour mayoral nominee Ruth Okafor was short.",
                "The Labour nominee said the vote was close."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Ruth Okafor");
  found = Find({"Kenya's Trade Minister Ali Hassan opened the fair.",
                "The Kenyan minister said exports had doubled."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Ali Hassan");
  // Two people with the title: the description's modifier picks the one
  // it agrees with, not the last one named.
  found = Find({"Labour nominee Ruth Okafor and Green nominee Ali Hassan met.",
                "The Labour nominee said the vote was close."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Ruth Okafor");
}

TEST(AttributionFinder, FirstNameTellsTheGenderAPronounNeeds) {
  // No title or pronoun says who is who; "Ronald" and "Maria" do
  // (models/given_names.tsv).
  auto found = Find({"Governor Ronald Diaz opened the session in Lima.",
                     "Director Maria Okafor toured the port.",
                     "\xE2\x80\x9CWe will see,\xE2\x80\x9D he said."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Ronald Diaz");
  // A first name both sexes use says nothing: the last person is meant.
  found = Find({"Governor Ronald Diaz opened the session in Lima.",
                "Director Taylor Okafor toured the port.",
                "\xE2\x80\x9CWe will see,\xE2\x80\x9D he said."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Taylor Okafor");
}

TEST(AttributionFinder, NationalityBeforeATitleSaysNothingOfGender) {
  auto found = Find({"German Chancellor Anke Vogel met the ministers.",
                     "\xE2\x80\x9CWe agreed,\xE2\x80\x9D she said."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Anke Vogel");
}

TEST(AttributionFinder, GenderIsNotLearntFromAnAmbiguousPronoun) {
  // "she" may be either; guessing Tom Reyes female would send the later
  // "he" past him.
  auto found =
      Find({"Director Jane Palmer met Governor Tom Reyes in Lima.",
            "\xE2\x80\x9CIt is childish,\xE2\x80\x9D she said.",
            "Jane Palmer left for Cusco.", "Governor Tom Reyes stayed.",
            "\xE2\x80\x9CWe will see,\xE2\x80\x9D he said."});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].source, "Tom Reyes");
}

TEST(AttributionFinder, ASurnameMakesItsPersonTheLastSeen) {
  auto found = Find({"Director Jane Palmer met Governor Tom Reyes in Lima.",
                     "Palmer called the vote a mistake.",
                     "\xE2\x80\x9CIt was rushed,\xE2\x80\x9D she said."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Jane Palmer");
}

TEST(AttributionFinder, CountryAfterNeitherOrAPossessiveStaysItself) {
  auto found = Find({"Neither Kenya nor Uganda commented on the attack.",
                     "Exports grew in Museveni's Uganda.",
                     "Kenya said the port would reopen.",
                     "Uganda said talks would follow."});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].source, "Kenya");
  EXPECT_EQ(found[1].source, "Uganda");
}

TEST(AttributionFinder, UntitledPlaceNameIsNoPronounAntecedent) {
  auto found =
      Find({"Governor Tom Reyes arrived on Monday.",
            "Crowds gathered in Costa Rica.", "He said the vote would pass."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Tom Reyes");
}

TEST(AttributionFinder, QuotationGoingOnAfterTheCueIsTheSpeakers) {
  auto found =
      Find({"\xE2\x80\x9CThe ferry tax is unfair,\xE2\x80\x9D Senator Tom "
            "Reyes said. "
            "\xE2\x80\x9CI have said so for years. Nobody "
            "listened.\xE2\x80\x9D The vote "
            "is on Friday."});
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[1].source, "Tom Reyes");
  EXPECT_EQ(found[1].content, "I have said so for years");
  EXPECT_TRUE(found[1].direct_quote);
  EXPECT_EQ(found[2].source, "Tom Reyes");
  EXPECT_EQ(found[2].content, "Nobody listened");
}

TEST(AttributionFinder, QuotationGoesOnIntoTheNextParagraphOnlyWhenLeftOpen) {
  auto found =
      Find({"\xE2\x80\x9CThe ferry tax is unfair,\xE2\x80\x9D Senator Tom "
            "Reyes said. "
            "\xE2\x80\x9CI have said so for years.",
            "\xE2\x80\x9CNobody listened.\xE2\x80\x9D",
            "\xE2\x80\x9CWe will appeal,\xE2\x80\x9D the port authority said.",
            "\xE2\x80\x9CNot again.\xE2\x80\x9D"});
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[2].source, "Tom Reyes");
  EXPECT_EQ(found[2].content, "Nobody listened");
  EXPECT_EQ(found[3].source, "the port authority");
}

TEST(AttributionFinder, BroadModeRunsTheContentOnOverTheQuotation) {
  const std::string paragraph =
      "\xE2\x80\x9CThe ferry tax is unfair,\xE2\x80\x9D Senator Tom Reyes "
      "said. \xE2\x80\x9CI have said so for years.\xE2\x80\x9D";
  auto found = FindAttributions(MakeSentences({paragraph}), /*broad=*/true);
  ASSERT_EQ(found.size(), 1u);
  ASSERT_EQ(found[0].content_spans.size(), 2u);
  const TextSpan& more = found[0].content_spans[1];
  EXPECT_EQ(paragraph.substr(more.begin, more.end - more.begin),
            "\xE2\x80\x9CI have said so for years.\xE2\x80\x9D");
}

TEST(AttributionFinder, ParticipleAfterASpeakerBehindTheContentIsTheSpeakers) {
  // The content's own subject ("The ferry", "Reyes") does not speak.
  for (const char* sentence :
       {"\xE2\x80\x9CThe ferry will sail on Monday,\xE2\x80\x9D Okafor said, "
        "adding that the strike was over.",
        "Reyes will lose the vote, Okafor said at a rally in Lima, noting "
        "that the senator had few allies."}) {
    auto found = FindAttributions(MakeSentences({sentence}), /*broad=*/true);
    ASSERT_EQ(found.size(), 2u) << sentence;
    EXPECT_EQ(found[0].source, "Okafor") << sentence;
    EXPECT_EQ(found[1].source, "Okafor") << sentence;
    EXPECT_TRUE(found[1].cue.starts_with("adding") ||
                found[1].cue.starts_with("noting"))
        << found[1].cue;
  }
}

TEST(AttributionFinder, AskedByAnAgentCitesTheAskerForTheQuestion) {
  auto found = FindAttributions(
      MakeSentences({"Asked by a reporter on Monday whether the pier would "
                     "close, Okafor said it would not."}),
      /*broad=*/true);
  ASSERT_GE(found.size(), 1u);
  EXPECT_EQ(found[0].source, "a reporter");
  EXPECT_EQ(found[0].content, "whether the pier would close");
  // A request is a question too; the agent ends before it.
  found = FindAttributions(
      MakeSentences({"The mayor was asked by the port council to resign."}),
      /*broad=*/true);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "the port council");
  EXPECT_EQ(found[0].content, "to resign");
}

// What follows an active verb is its object, never its speaker: after a
// "by" of means ("concluded by asking"), after a subject pronoun ("she
// stood by"), after a participle ("...,
// telling reporters") and after a long subject with appositives ("X, along with
// Y and Z, wrote a review"). Inversions and passives keep their speakers and
// agents.
TEST(AttributionFinder, ObjectOfAnActiveVerbIsNoSpeaker) {
  struct Case {
    const char* sentence;
    const char* cue;
    const char* source;
  } const cases[] = {
      {"Ana Okafor concluded by asking the judge for mercy.", "concluded",
       "Ana Okafor"},
      {"But she stood by her comments about the ferry.", "stood", "she"},
      {"The mayor defended the \xE2\x80\x9Cnew harbour,\xE2\x80\x9D telling "
       "reporters "
       "that it would open in May.",
       "telling", "The mayor"},
      {"Ana Okafor, along with Judge Tomas Reyes of the Kellin Court of "
       "Appeals for the Second Circuit and Lena Ito, a law professor at the "
       "University of Port Adra, wrote a long review of ferry cases.",
       "wrote", "Ana Okafor"},
      {"The chairman of the Kellin Port Authority, Gen. Tomas F. Reyes Jr., "
       "recently asked Admiral Ito just that question.",
       "recently asked", "The chairman of the Kellin Port Authority"},
      {"New Kellin Gov. Ana Okafor, hoping to win in the north, called Reyes "
       "a \"petulant child\" on Monday.",
       "called", "Ana Okafor"},
      // Still inverted, still passive.
      {"The ferry will sail again, said Ana Okafor.", "said", "Ana Okafor"},
      {"The ferry tax, says Ana Okafor, will rise in May.", "says",
       "Ana Okafor"},
      {"\xE2\x80\x9CThe ferry is safe,\xE2\x80\x9D wrote Ana Okafor, a pilot.",
       "wrote", "Ana Okafor"},
      {"The plan was backed by overwhelming majorities of both parties.",
       "backed", "overwhelming majorities of both parties"},
  };
  for (const Case& c : cases) {
    std::string source = "(no such cue)";
    for (const Attribution& a :
         FindAttributions(MakeSentences({c.sentence}), /*broad=*/true)) {
      if (a.cue.find(c.cue) != std::string::npos) source = a.source;
    }
    EXPECT_EQ(source, c.source) << c.sentence;
  }
}

// "When X thanked the crowd and said ...": a verb after "and" shares the
// subject of the verb before it, also inside a subordinate clause where
// the sentence's own subject comes later, and past a plural noun that
// only looks like a verb ("fees").
TEST(AttributionFinder, CoordinatedVerbSharesTheSubject) {
  for (const char* sentence :
       {"When Okafor thanked the crowd and said the ferry would sail, the "
        "pilots cheered.",
        "When Okafor denounced the port fees and said they would rise, the "
        "pilots left."}) {
    std::string source = "(no said cue)";
    for (const Attribution& a :
         FindAttributions(MakeSentences({sentence}), /*broad=*/true)) {
      if (a.cue == "said") source = a.source;
    }
    EXPECT_EQ(source, "Okafor") << sentence;
  }
}

// A present participle opening the sentence belongs to the subject after
// its phrase; a name in -ing is no participle.
TEST(AttributionFinder, OpeningParticipleIsTheSubjectsAfterIt) {
  struct Case {
    const char* sentence;
    const char* cue;
    const char* source;
    const char* content;
  } const cases[] = {
      {"Criticizing police tactics in the port, she called for an inquiry.",
       "Criticizing", "she", "police tactics in the port"},
      {"After thanking the raucous crowd, he promised that the ferry would "
       "sail.",
       "thanking", "he", "the raucous crowd"},
      {"Conceding that the ferry would be late, Okafor asked the pilots to "
       "wait.",
       "Conceding", "Okafor", "the ferry would be late"},
      {"Manning said the ferry would sail on Monday, weather permitting.",
       "said", "Manning", "the ferry would sail on Monday, weather permitting"},
  };
  for (const Case& c : cases) {
    std::string source = "(no such cue)", content;
    for (const Attribution& a :
         FindAttributions(MakeSentences({c.sentence}), /*broad=*/true)) {
      if (a.cue.starts_with(c.cue)) {
        source = a.source;
        content = a.content;
      }
    }
    EXPECT_EQ(source, c.source) << c.sentence;
    EXPECT_EQ(content, c.content) << c.sentence;
  }
}

// "The pilots were worried that ...": a participle of feeling names the
// subject's own state, so the subject holds the view; a passive of
// another kind ("was expected to") still cites nobody.
TEST(AttributionFinder, FeelingPassiveIsTheSubjectsView) {
  std::string source = "(no worried cue)";
  for (const Attribution& a : FindAttributions(
           MakeSentences({"The pilots were worried that the crane would fail "
                          "before the ferry sailed."}),
           /*broad=*/true)) {
    if (a.cue.find("worried") != std::string::npos) source = a.source;
  }
  EXPECT_EQ(source, "The pilots");
  bool expected = false;
  for (const Attribution& a : FindAttributions(
           MakeSentences({"The harbour plan is expected to pass the council "
                          "on Monday."}),
           /*broad=*/true)) {
    if (a.cue.find("expected") == std::string::npos) continue;
    expected = true;
    EXPECT_EQ(a.source, "") << a.cue;
  }
  EXPECT_TRUE(expected);
}

TEST(AttributionFinder, ShareOfPeopleSpeaks) {
  struct Case {
    const char* sentence;
    const char* source;
  } const cases[] = {
      {"In Lima, about half of the port workers said they would strike.",
       "about half of the port workers"},
      {"Support is split: 47% say the ferry should be sold.", "47%"},
      {"While 86 percent of residents backed the plan, 43 said they would "
       "move.",
       "43"},
      // An age between commas stays in the person's apposition.
      {"Ana Okafor, 31, a ferry pilot, said the crossing was calm.",
       "Ana Okafor"},
  };
  for (const Case& c : cases) {
    std::string source = "(no say/said cue)";
    for (const Attribution& a :
         FindAttributions(MakeSentences({c.sentence}), /*broad=*/true)) {
      if (a.cue == "say" || a.cue == "said") source = a.source;
    }
    EXPECT_EQ(source, c.source) << c.sentence;
  }
}

TEST(AttributionFinder, OpeningPastParticipleIsNoSubject) {
  auto found = FindAttributions(
      MakeSentences({"Reached by phone on Tuesday, Okafor said the ferry "
                     "would sail."}),
      /*broad=*/true);
  ASSERT_GE(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Okafor");
  // A surname in -ed is still a name.
  found = FindAttributions(MakeSentences({"Husted said the count was done."}),
                           /*broad=*/true);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Husted");
}

TEST(AttributionFinder, RelativeClauseInsideTheQuotationKeepsTheSpeaker) {
  auto found =
      Find({"\xE2\x80\x9CThe pier is old, which is fine,\xE2\x80\x9D said "
            "former Mayor Ana Cho."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Ana Cho");
}

TEST(AttributionFinder, RelativeClauseBeforeTheCueIsNoContent) {
  // Not "the event brought back ..." as the speaker of "X, who ..., said".
  const std::string sentence =
      "Ana Sampson Ruiz, 59, of Ashton, Md., who watched the ceremony on a "
      "screen on the Mall, said the event brought back memories of her "
      "father.";
  const std::string clause = "the event brought back memories of her father";
  for (const Attribution& a : Find({sentence})) EXPECT_NE(a.source, clause);
  for (const Attribution& a :
       FindAttributions(MakeSentences({sentence}), /*broad=*/true)) {
    EXPECT_NE(a.source, clause);
  }
}

TEST(AttributionFinder, SurnameResolvesToFullName) {
  auto found = Find({"Environment Minister Rosa Vega toured Piura.",
                     "Vega said the water would recede by Friday."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Rosa Vega");
}

TEST(AttributionFinder, ItResolvesToLastOrganization) {
  auto found =
      Find({"The Kenya Ports Authority issued new rules on Friday.",
            "\xE2\x80\x9CShips will wait at anchor,\xE2\x80\x9D it said."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "The Kenya Ports Authority");
  EXPECT_EQ(found[0].source_kind, SourceKind::kOrganization);
}

TEST(AttributionFinder, UnresolvedItStaysAPronoun) {
  auto found = Find({"Two bridges fell into the river, it said."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "it");
}

TEST(AttributionFinder, ThePaperAndTheSourcesResolve) {
  auto found = Find(
      {"The tender was rigged, Kenyan newspaper Taifa Leo reported, citing "
       "unnamed procurement officers.",
       "The paper, based in Nairobi, says that the contract was cancelled.",
       "According to the sources, the minister knew about it."});
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[1].source, "Taifa Leo");
  EXPECT_EQ(found[1].source_kind, SourceKind::kOutlet);
  EXPECT_EQ(found[2].source, "Taifa Leo");
  EXPECT_EQ(found[2].via, "unnamed procurement officers");
  EXPECT_TRUE(found[2].anonymous);
  EXPECT_EQ(found[2].cue, "According to");
}

TEST(AttributionFinder, AcronymResolvesToEarlierOutletName) {
  auto found =
      Find({"Copper prices rose, the Financial Times reported on Monday.",
            "Demand from smelters was strong, the FT added."});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].source, "Financial Times");
  EXPECT_EQ(found[1].source_kind, SourceKind::kOutlet);
}

TEST(AttributionFinder, InvertedCueAfterComma) {
  auto found =
      Find({"The bridge will reopen in May, said Carlos Mendoza, the regional "
            "governor."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Carlos Mendoza");
  EXPECT_EQ(found[0].content, "The bridge will reopen in May");
}

TEST(AttributionFinder, StatementIsPartOfTheCue) {
  auto found =
      Find({"The trade ministry said in a statement that tariffs would fall."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].cue, "said in a statement");
  EXPECT_EQ(found[0].source_kind, SourceKind::kOrganization);
  EXPECT_EQ(found[0].content, "tariffs would fall");
}

TEST(AttributionFinder, AccordingToAtTheEnd) {
  auto found =
      Find({"Rice prices doubled in March, according to the farmers' union."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "the farmers' union");
  EXPECT_EQ(found[0].cue, "according to");
  EXPECT_EQ(found[0].content, "Rice prices doubled in March");
}

TEST(AttributionFinder, NoCueNoAttribution) {
  EXPECT_TRUE(Find({"The river rose by two metres overnight."}).empty());
}

TEST(AttributionFinder, SaidInsideAQuotedTitleIsNoAttribution) {
  EXPECT_TRUE(Find({"The film \xE2\x80\x9CWhat the River Said\xE2\x80\x9D "
                    "opened in Lima."})
                  .empty());
}

TEST(AttributionFinder, PassiveOrAdjectivalCueIsNoAttribution) {
  EXPECT_TRUE(Find({"Three deaths have been reported in the region."}).empty());
  EXPECT_TRUE(Find({"The reported deal would cut tariffs."}).empty());
  EXPECT_TRUE(Find({"Gangs accused of the robbery fled."}).empty());
}

TEST(AttributionFinder, NobodyConfirmingIsNoAttribution) {
  EXPECT_TRUE(Find({"No officials have confirmed the ruling."}).empty());
}

TEST(AttributionFinder, ParticipleCueTakesTheSentenceSubject) {
  auto found = Find(
      {"Governor Ann Wairimu visited the market, saying that traders would be "
       "compensated."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Ann Wairimu");
  EXPECT_EQ(found[0].content, "traders would be compensated");
}

TEST(AttributionFinder, CoordinatedVerbTakesTheSentenceSubject) {
  auto found = Find(
      {"Mayor Luis Paredes toured the flooded district and said more pumps "
       "were coming."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Luis Paredes");
}

TEST(AttributionFinder, EvidenceVerbsNeedADocumentOrImagery) {
  auto poll = Find({"A new survey found that most farmers support the deal."});
  ASSERT_EQ(poll.size(), 1u);
  EXPECT_EQ(poll[0].source_kind, SourceKind::kDocument);
  EXPECT_TRUE(Find({"Police found the stolen truck near Nakuru."}).empty());
}

TEST(AttributionFinder, CueInsideAQuoteRunningOverSentencesIsNoAttribution) {
  auto found =
      Find({"\xE2\x80\x9CWe waited for hours. I said we should leave. Nobody "
            "listened,\xE2\x80\x9D said Joseph Otieno."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Joseph Otieno");
}

TEST(AttributionFinder, SpeakerAfterASplitQuoteTakesTheQuote) {
  auto found = Find(
      {"Environment Minister Rosa Vega spoke on Monday. \xE2\x80\x9CWho will "
       "pay for this?\xE2\x80\x9D Vega said."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Rosa Vega");
  EXPECT_TRUE(found[0].direct_quote);
  EXPECT_EQ(found[0].content,
            "Who will pay for this");  // edge punctuation trimmed
}

TEST(AttributionFinder, TheCompanyResolvesToLastOrganization) {
  auto found = Find({"The Lima Water Company cut supplies to three districts.",
                     "The company said repairs would take a week."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "The Lima Water Company");
  EXPECT_EQ(found[0].source_kind, SourceKind::kOrganization);
}

TEST(AttributionFinder, MisspeltOutletKeepsSpellingAndKind) {
  auto found =
      Find({"Kenyan TV channel Citizen Kenya said that the port would close.",
            "The closure will last two weeks, said Citizen Kneya."});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].source, "Citizen Kneya");
  EXPECT_EQ(found[1].source_kind, SourceKind::kOutlet);
}

TEST(AttributionFinder, UntitledRepeatKeepsTheKindOfAKnownParty) {
  auto found =
      Find({"Kenyan TV channel Citizen Kenya said that the port would close.",
            "Citizen Kenya viewers saw the footage on Monday.",
            "The closure will last two weeks, said Citizen Kneya."});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].source_kind, SourceKind::kOutlet);
}

TEST(AttributionFinder, ShortNamesOneEditApartAreDifferentParties) {
  auto found = Find({"Kenyan daily Taifa said that the port would close.",
                     "Trade will suffer, said Tafia."});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].source_kind, SourceKind::kOutlet);
  EXPECT_EQ(found[1].source, "Tafia");
  EXPECT_NE(found[1].source_kind, SourceKind::kOutlet);
}

TEST(AttributionFinder, NameWithAppositiveBeforeCue) {
  auto found =
      Find({"Exports will double, Maria Quispe, the chamber's trade director, "
            "said on "
            "Friday."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Maria Quispe");
  EXPECT_EQ(found[0].content, "Exports will double");
}

TEST(AttributionFinder, UnnamedSpeakerAfterQuoteAndSaidOf) {
  auto found =
      Find({"\xE2\x80\x9CWe lost everything,\xE2\x80\x9D said one farmer.",
            "\xE2\x80\x9CIt was fast,\xE2\x80\x9D she said of the flood."});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].source, "one farmer");
  EXPECT_EQ(found[1].content, "It was fast");
}

TEST(AttributionFinder, SpeakerAfterAQuoteOfSeveralSentences) {
  auto found = Find(
      {"\xE2\x80\x9CThe water came at night. Nobody warned us. Who will pay?"
       "\xE2\x80\x9D Otieno said."});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Otieno");
  EXPECT_EQ(found[0].content, "Who will pay");
}

// "think tank", "talk show": compound nouns whose first word is no cue
// (the pipeline found "think" with the source "Warsaw, economist at a");
// the verb still is ("Analysts think ...").
TEST(AttributionFinder, CompoundNounsAreNoCues) {
  for (const char* text :
       {"\u201cTeachers have public sympathy,\u201d said Jakub Wrobel, an "
        "economist at a Warsaw think tank.",
        "The talk show host said the budget was tight."}) {
    auto found = Find({text});
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].cue, "said") << text;
  }
  auto verb = Find({"Analysts think the central bank will cut rates."});
  ASSERT_EQ(verb.size(), 1u);
  EXPECT_EQ(verb[0].cue, "think");
}

}  // namespace
}  // namespace corroborate::analyze
