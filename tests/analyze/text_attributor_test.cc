// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Spans of attributions in raw text (code points), the constructions the
// learned cue lexicon adds, and the ones that must not be attributions.

#include "analyze/text_attributor.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace corroborate::analyze {
namespace {

// The code points [r.begin, r.end) of `text`.
std::string Slice(const std::string& text, const CodePointRange& r) {
  std::u32string wide;
  std::vector<size_t> starts;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
      starts.push_back(i);
  }
  starts.push_back(text.size());
  return text.substr(starts[r.begin], starts[r.end] - starts[r.begin]);
}

TEST(TextAttributor, PronounSpanIsAsWrittenAndSourceIsResolved) {
  std::string text =
      "Fisheries Minister Tomás Olsen visited the harbour on Monday.\n"
      "He said the quota would be cut by a fifth.";
  auto found = AttributeText(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].attribution.source, "Tomás Olsen");
  ASSERT_EQ(found[0].source.size(), 1u);
  EXPECT_EQ(Slice(text, found[0].source[0]), "He");
  EXPECT_EQ(Slice(text, found[0].cue[0]), "said");
  EXPECT_EQ(Slice(text, found[0].content[0]),
            "the quota would be cut by a fifth");
}

TEST(TextAttributor, LearnedIntentionCue) {
  std::string text = "The dockers' union vowed to block the merger in court.";
  auto found = AttributeText(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Slice(text, found[0].cue[0]), "vowed");
  EXPECT_EQ(Slice(text, found[0].source[0]), "The dockers' union");
  EXPECT_NE(Slice(text, found[0].content[0]).find("block the merger"),
            std::string::npos);
}

TEST(TextAttributor, LearnedParticipleCue) {
  std::string text =
      "Senator Ruth Okafor attacked the plan, arguing that it favoured "
      "landlords.";
  auto found = AttributeText(text);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(Slice(text, found.back().cue[0]), "arguing");
  // The span keeps "that" (PolNeAR's content); the text does not.
  EXPECT_EQ(Slice(text, found.back().content[0]), "that it favoured landlords");
  EXPECT_EQ(found.back().attribution.content, "it favoured landlords");
}

TEST(TextAttributor, RefusalToSpeakTakesItsComplementAsContent) {
  // PolNeAR marks refusals: the refusing verb is the cue, "to comment"
  // (bare or not) the content.
  std::string bare = "The ferry company declined to comment.";
  auto found = AttributeText(bare);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Slice(bare, found[0].source[0]), "The ferry company");
  EXPECT_EQ(Slice(bare, found[0].cue[0]), "declined");
  EXPECT_EQ(Slice(bare, found[0].content[0]), "to comment");
  // One attribution, not a second one for "say".
  std::string whether =
      "The harbour master declined to say whether the pier would close.";
  found = AttributeText(whether);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Slice(whether, found[0].cue[0]), "declined");
  EXPECT_EQ(Slice(whether, found[0].content[0]),
            "to say whether the pier would close");
  // A bare complement that is no speech says nothing.
  EXPECT_TRUE(AttributeText("The ferry company agreed to go.").empty());
}

TEST(TextAttributor, InvertedSpeakerOpenedByADeterminer) {
  std::string text =
      "The pier will close in May, said a spokesman for the city.";
  auto found = AttributeText(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Slice(text, found[0].source[0]), "a spokesman for the city");
  EXPECT_EQ(Slice(text, found[0].content[0]), "The pier will close in May");
  // A possessive opens a clause's subject, not a speaker.
  std::string clause =
      "The pier held up, said his survey of the harbour showed on Monday.";
  for (const TextAttribution& a : AttributeText(clause)) {
    for (const CodePointRange& r : a.source)
      EXPECT_EQ(Slice(clause, r).find("his survey"), std::string::npos);
  }
  // A name and a verb after the cue are a clause, not a speaker.
  std::string named =
      "Sen. Ana Ruiz, D-Del., speaking after the vote, said Ito failed to act.";
  found = AttributeText(named);
  ASSERT_FALSE(found.empty());
  EXPECT_TRUE(Slice(named, found[0].source[0]).starts_with("Sen. Ana Ruiz,"));
  EXPECT_EQ(found[0].attribution.source, "Ana Ruiz");
  // After a participle the noun phrase is its object, not a speaker.
  std::string participle =
      "\"The pier will close,\" Ito said, repeating a common line.";
  for (const TextAttribution& a : AttributeText(participle)) {
    for (const CodePointRange& r : a.source)
      EXPECT_NE(Slice(participle, r), "a common line");
  }
}

TEST(TextAttributor, CueEndingTheSentenceAfterACommaHasNoInvertedSpeaker) {
  // Found by the analyze fuzzer: the rule read one token past the end.
  EXPECT_TRUE(AttributeText("The pier closed, say").empty());
  EXPECT_TRUE(AttributeText("\"The pier closed,\" said").empty());
}

TEST(TextAttributor, OpeningAdverbialIsNoContent) {
  std::string text =
      "Appearing on the evening news bulletin, Mayor Ana Ruiz said the pier "
      "would close.";
  auto found = AttributeText(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Slice(text, found[0].source[0]), "Mayor Ana Ruiz");
  EXPECT_EQ(Slice(text, found[0].content[0]), "the pier would close");
  // Words before the comma with no verb are no clause: the content follows.
  std::string aside =
      "Wednesday at the harbour board meeting, candidate Ana Ruiz said the "
      "pier must close.";
  found = AttributeText(aside);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(Slice(aside, found[0].content[0]), "the pier must close");
  // A present verb after a name makes a clause ("..., X reported, citing").
  std::string citing =
      "Mayor Ana Ruiz plans to resign next month, the Gazette reported, "
      "citing an unnamed official.";
  found = AttributeText(citing);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(Slice(citing, found[0].content[0]),
            "Mayor Ana Ruiz plans to resign next month");
  // Left content with nothing after the cue stays left.
  std::string left =
      "Despite the storm, the pier will reopen on Monday, Mayor Ana Ruiz said.";
  found = AttributeText(left);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Slice(left, found[0].content[0]),
            "Despite the storm, the pier will reopen on Monday");
}

TEST(TextAttributor, EmptyItCitesNobody) {
  std::string text =
      "It is unclear whether the harbour board will reopen the pier.";
  auto found = AttributeText(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].source.empty());
  EXPECT_EQ(Slice(text, found[0].cue[0]), "unclear");
  EXPECT_EQ(Slice(text, found[0].content[0]),
            "whether the harbour board will reopen the pier");
  // A referring "it" after a body still speaks ("It said" is the board).
  std::string said = "The harbour board met. It said the pier would reopen.";
  found = AttributeText(said);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Slice(said, found[0].source[0]), "It");
}

TEST(TextAttributor, SourceSpanHoldsTheAppositiveAndPartyTag) {
  // PolNeAR's source spans run to the comma or ")" before the cue.
  std::string text = "Rui Ito, the party chairman, said the vote would wait.";
  auto found = AttributeText(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Slice(text, found[0].source[0]), "Rui Ito, the party chairman,");
  EXPECT_EQ(found[0].attribution.source, "Rui Ito");
  std::string tag = "Sen. Ana Ruiz (D-Del.) said the vote would wait.";
  found = AttributeText(tag);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Slice(tag, found[0].source[0]), "Sen. Ana Ruiz (D-Del.)");
}

TEST(TextAttributor, CueSpanHoldsTheVerbGroupAndItsParticle) {
  // PolNeAR's cue spans: auxiliaries and adverbs before the verb, a
  // particle after it; the content starts after the particle.
  std::string text = "Mayor Ana Ruiz has also said that the pier would close.";
  auto found = AttributeText(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Slice(text, found[0].cue[0]), "has also said");
  EXPECT_EQ(Slice(text, found[0].source[0]), "Mayor Ana Ruiz");
  std::string about = "Mayor Ana Ruiz warned about the cost of the pier.";
  found = AttributeText(about);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Slice(about, found[0].cue[0]), "warned about");
  EXPECT_EQ(Slice(about, found[0].content[0]), "the cost of the pier");
  // Not before a time: "spoke on Tuesday".
  std::string time =
      "Mayor Ana Ruiz said on Tuesday that the pier would close.";
  found = AttributeText(time);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Slice(time, found[0].cue[0]), "said");
}

TEST(TextAttributor, AsReportedByAnAgent) {
  std::string text = "As first reported by the Gazette, the pier will close.";
  auto found = AttributeText(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Slice(text, found[0].source[0]), "the Gazette");
  EXPECT_EQ(Slice(text, found[0].content[0]), "the pier will close");
}

TEST(TextAttributor, StraightQuoteClosedInTheSentenceBeforeTheCue) {
  // ICU ends sentences after "power." and after 'Really?"': "Ito said." is
  // a sentence of its own, the quotation's end the one before.
  std::string text =
      "\"The pier is in good hands. Really?\" Ito said. \"It is falling "
      "apart.\"";
  auto found = AttributeText(text);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(Slice(text, found[0].source[0]), "Ito");
  EXPECT_EQ(Slice(text, found[0].content[0]), "Really?\"");
}

TEST(TextAttributor, QuestionBeforeItsCueIsOneSentence) {
  std::string text = "\"Who will pay for the pier?\" asked Ana Ruiz.";
  auto found = AttributeText(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Slice(text, found[0].source[0]), "Ana Ruiz");
  EXPECT_EQ(Slice(text, found[0].cue[0]), "asked");
}

TEST(TextAttributor, CueAndItsToComplementAreOneCue) {
  std::string text = "Mayor Ann Cho went on to say that the pier would close.";
  auto found = AttributeText(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Slice(text, found[0].source[0]), "Mayor Ann Cho");
  EXPECT_EQ(Slice(text, found[0].cue[0]), "went on to say");
  EXPECT_EQ(Slice(text, found[0].content[0]), "that the pier would close");
}

TEST(TextAttributor, ToldSomeoneAClauseWithoutThat) {
  std::string text =
      "Ruiz told the Gazette he expected the repairs to last a month.";
  auto found = AttributeText(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Slice(text, found[0].source[0]), "Ruiz");
  EXPECT_EQ(Slice(text, found[0].cue[0]), "told");
  EXPECT_EQ(Slice(text, found[0].content[0]),
            "he expected the repairs to last a month");
  // The span names the teller: its type is the teller's, though the
  // attribution's source is the outlet told (B told A: source A via B).
  std::string outlet =
      "Mayor Tomas Ruiz told the Gazette he expected the repairs to last.";
  found = AttributeText(outlet);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Slice(outlet, found[0].source[0]), "Mayor Tomas Ruiz");
  EXPECT_EQ(found[0].attribution.source_kind, SourceKind::kOutlet);
  EXPECT_EQ(found[0].source_type, SourceKind::kPerson);
  // An object pronoun is the one told, not the clause's subject.
  std::string him = "Ruiz told him the pier would close.";
  found = AttributeText(him);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Slice(him, found[0].content[0]), "the pier would close");
}

TEST(TextAttributor, UnsureLearnedCueNeedsAClause) {
  // "issued" is a cue in under half its train uses: a noun object is not
  // content.
  EXPECT_TRUE(
      AttributeText("The port authority issued new berthing rules.").empty());
}

TEST(TextAttributor, SpeechInsideAQuoteIsNotItsOwnAttribution) {
  std::string text =
      "\xE2\x80\x9CNobody said the tunnel was finished,\xE2\x80\x9D the site "
      "engineer explained.";
  auto found = AttributeText(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Slice(text, found[0].cue[0]), "explained");
}

TEST(TextAttributor, OpeningTimeWithoutACommaIsNoPartOfTheSource) {
  struct Case {
    const char* text;
    const char* source;
  };
  for (const Case& c : std::vector<Case>{
           {"On Tuesday the ministry said the ferry would run.",
            "the ministry"},
           {"In March they said the ferry would run.", "they"},
           {"Last week Mayor Ito said the ferry would run.", "Mayor Ito"},
           {"This time he said the ferry would run.", "he"},
           // No time: the words open the subject.
           {"This group said the ferry would run.", "This group"},
           {"The 27 members said the ferry would run.", "The 27 members"},
           {"Last year's figures showed the ferry would run.",
            "Last year's figures"}}) {
    const std::string text = c.text;
    auto found = AttributeText(text);
    ASSERT_EQ(found.size(), 1u) << text;
    ASSERT_EQ(found[0].source.size(), 1u) << text;
    EXPECT_EQ(Slice(text, found[0].source[0]), c.source) << text;
  }
}

TEST(TextAttributor, PossessiveNameOpensTheSubjectsNounPhrase) {
  // The coordinated cue's speaker is the sentence subject "Cho's office",
  // not "Cho's".
  for (const char* text :
       {"Cho's office met the union and said the ferry would run.",
        "Mr. Cho's aides toured the port and said the ferry would run."}) {
    const std::string t = text;
    auto found = AttributeText(t);
    ASSERT_EQ(found.size(), 1u) << t;
    ASSERT_EQ(found[0].source.size(), 1u) << t;
    const std::string source = Slice(t, found[0].source[0]);
    EXPECT_TRUE(source == "Cho's office" || source == "Mr. Cho's aides")
        << source;
  }
}

TEST(TextAttributor, InvertedSpeakerWithTwoTitles) {
  // "said former Gov. and party chairman X": the speaker is X, both titles
  // his role.
  const std::string text =
      "\xE2\x80\x9CThe ferry will run,\xE2\x80\x9D said former Harbour "
      "Gov. and party chairman Ed Rendall.";
  auto found = AttributeText(text);
  ASSERT_EQ(found.size(), 1u);
  ASSERT_EQ(found[0].source.size(), 1u);
  EXPECT_EQ(found[0].attribution.source, "Ed Rendall");
  EXPECT_EQ(found[0].attribution.source_role,
            "former Harbour Gov. and party chairman");
}

TEST(TextAttributor, NoCueNoAttribution) {
  EXPECT_TRUE(AttributeText("Heavy rain closed the mountain pass.\n"
                            "Crews cleared the road by noon.")
                  .empty());
}

TEST(TextAttributor, BlankAndOddInputIsHarmless) {
  EXPECT_TRUE(AttributeText("").empty());
  EXPECT_TRUE(AttributeText("\n\n\n").empty());
  EXPECT_TRUE(AttributeText(std::string(5000, '\'')).empty());
  EXPECT_TRUE(AttributeText("\xFF\xFE said").size() <= 1);
}

// A vox pop: quotations signed with a dash and a name after them, a
// quotation of several sentences taken whole.
TEST(TextAttributor, QuotationSignedWithADashAndAName) {
  std::string text =
      "Ferry passengers on the new timetable.\n"
      "\u201cThe new times suit nobody. I will drive to work instead.\u201d "
      "\u2015 Mara Lind\n"
      "\u201cIt is about time the boat left earlier.\u201d\u2015 Tomas Berg.";
  auto found = AttributeText(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].attribution.source, "Mara Lind");
  EXPECT_EQ(found[0].attribution.source_kind, SourceKind::kPerson);
  EXPECT_TRUE(found[0].attribution.direct_quote);
  ASSERT_EQ(found[0].cue.size(), 1u);
  EXPECT_EQ(Slice(text, found[0].cue[0]), "\u2015");
  std::string content;
  for (const CodePointRange& r : found[0].content) content += Slice(text, r);
  EXPECT_NE(content.find("The new times suit nobody."), std::string::npos);
  EXPECT_NE(content.find("drive to work instead"), std::string::npos);
  EXPECT_EQ(found[1].attribution.source, "Tomas Berg");
  EXPECT_NE(found[1].attribution.content.find("the boat left earlier"),
            std::string::npos);
}

// A fact check's layout: the quotation a paragraph, its speaker the next
// one after a hyphen.
TEST(TextAttributor, QuotedParagraphSignedInTheNext) {
  std::string text =
      "\"We will halve the fares for students. It is paid for.\"\n"
      "- Anna Vik, transport minister.\n"
      "The fares were last cut in 2019.";
  auto found = AttributeText(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].attribution.source, "Anna Vik");
  EXPECT_EQ(Slice(text, found[0].cue[0]), "-");
  EXPECT_NE(found[0].attribution.content.find("halve the fares"),
            std::string::npos);
  EXPECT_NE(found[0].attribution.content.find("It is paid for"),
            std::string::npos);
}

// Dashes that sign nothing: no quotation before them, or no name after.
TEST(TextAttributor, DashesWithoutAQuotationOrANameSignNothing) {
  for (std::string text : {
           "Ferry fares rose 5 percent in March - Harbour Board.",
           "\u201cIt was a good year\u201d - in the words of the chairman "
           "- for the ferry company.",
           "The ferry left at 7 - Lind was on board.",
           "Fares rose again.\n- Anna Vik.",
       }) {
    for (const TextAttribution& a : AttributeText(text)) {
      ASSERT_FALSE(a.cue.empty());
      EXPECT_NE(Slice(text, a.cue[0]), "-") << text;
    }
  }
}

// The attribution whose first cue span reads `cue` in `found`, or null.
const TextAttribution* WithCue(const std::string& text,
                               const std::vector<TextAttribution>& found,
                               const std::string& cue) {
  for (const TextAttribution& a : found) {
    if (!a.cue.empty() && Slice(text, a.cue[0]) == cue) return &a;
  }
  return nullptr;
}

// The content spans of the attribution whose cue is `cue`, or "(none)".
std::string ContentOfCue(const std::string& text,
                         const std::vector<TextAttribution>& found,
                         const std::string& cue) {
  const TextAttribution* a = WithCue(text, found, cue);
  if (a == nullptr) return "(none)";
  std::string content;
  for (const CodePointRange& r : a->content) content += Slice(text, r);
  return content;
}

// The resolved source of the attribution whose cue is `cue`, or "(none)".
std::string SourceOfCue(const std::string& text,
                        const std::vector<TextAttribution>& found,
                        const std::string& cue) {
  const TextAttribution* a = WithCue(text, found, cue);
  return a == nullptr ? "(none)" : a->attribution.source;
}

// A quotation inside an opening phrase, its comma inside the marks, is
// what the phrase cites; the subject after it says what follows the verb.
TEST(TextAttributor, QuotationInsideAnOpeningPhraseIsNotTheContent) {
  std::string text =
      "Citing \u201curgent repairs at the dock,\u201d the ferry company\u2019s "
      "spokeswoman told reporters that the Tuesday crossing would be "
      "cancelled.\n"
      "During an interview on the \u201cHarbour Hour,\u201d Mayor Ines Ortega "
      "said that the pier would reopen in May.";
  auto found = AttributeText(text);
  std::string told = ContentOfCue(text, found, "told");
  EXPECT_NE(told.find("the Tuesday crossing would be cancelled"),
            std::string::npos)
      << told;
  EXPECT_EQ(told.find("urgent repairs"), std::string::npos) << told;
  std::string said = ContentOfCue(text, found, "said");
  EXPECT_NE(said.find("the pier would reopen in May"), std::string::npos)
      << said;
  EXPECT_EQ(said.find("Harbour Hour"), std::string::npos) << said;
  EXPECT_EQ(SourceOfCue(text, found, "said"), "Ines Ortega");
}

// Quotations that close before the subject and are its words: after a
// gerund subject with its own verb, after a conjunction.
TEST(TextAttributor, QuotationBeforeTheSubjectAfterAGerundOrConjunction) {
  std::string text =
      "Closing the pier would \u201csend the wrong message to the town,"
      "\u201d she added.\n"
      "But \u201cthe ferry is not going anywhere,\u201d he said.";
  auto found = AttributeText(text);
  EXPECT_NE(ContentOfCue(text, found, "added").find("Closing the pier"),
            std::string::npos);
  EXPECT_NE(ContentOfCue(text, found, "said").find("not going anywhere"),
            std::string::npos);
}

// "X drew criticism from Y": Y gave it, so Y is the source and X what
// was criticised; "said from the steps" names a place, not a giver.
TEST(TextAttributor, GiverAfterFromIsTheSourceOfWhatTheSubjectReceived) {
  std::string text =
      "The ferry timetable has drawn sharp criticism from harbour workers "
      "and island councillors.\n"
      "The mayor said from the steps of the town hall that the pier would "
      "reopen in May.";
  auto found = AttributeText(text);
  bool received = false;
  for (const TextAttribution& a : found) {
    if (a.attribution.source.find("harbour workers") == std::string::npos)
      continue;
    received = true;
    ASSERT_FALSE(a.cue.empty());
    EXPECT_NE(Slice(text, a.cue[0]).find("criticism"), std::string::npos);
    EXPECT_EQ(a.attribution.content, "The ferry timetable");
  }
  EXPECT_TRUE(received);
  EXPECT_EQ(SourceOfCue(text, found, "said"), "The mayor");
}

// The source span as written of the attribution whose cue is `cue`.
std::string SourceSpanOfCue(const std::string& text,
                            const std::vector<TextAttribution>& found,
                            const std::string& cue) {
  const TextAttribution* a = WithCue(text, found, cue);
  if (a == nullptr || a->source.empty()) return "(none)";
  return Slice(text, a->source[0]);
}

// Two or more parties speak together: "X and Y said", "X, Y and Z said",
// also after the content; not a clause before "and", not an opening
// adverbial.
TEST(TextAttributor, CoordinatedPartiesSpeakTogether) {
  std::string postposed =
      "The ferry left two hours late, police and firefighters said.";
  auto found = AttributeText(postposed);
  EXPECT_EQ(SourceSpanOfCue(postposed, found, "said"),
            "police and firefighters");
  EXPECT_EQ(ContentOfCue(postposed, found, "said"),
            "The ferry left two hours late");
  std::string list = "Ana Cho, Bo Li and Cy Wu said the count was fair.";
  found = AttributeText(list);
  EXPECT_EQ(SourceSpanOfCue(list, found, "said"), "Ana Cho, Bo Li and Cy Wu");
  std::string clause = "Prices rose and analysts said the rally would fade.";
  found = AttributeText(clause);
  EXPECT_EQ(SourceSpanOfCue(clause, found, "said"), "analysts");
  std::string opening =
      "In Lisbon, the union and the rail operator said talks would resume.";
  found = AttributeText(opening);
  EXPECT_EQ(SourceSpanOfCue(opening, found, "said"),
            "the union and the rail operator");
}

// "..., said the port authority.": "the" opens an inverted speaker when a
// noun phrase ends the sentence; "..., said the pier was unsafe" is a
// clause.
TEST(TextAttributor, InvertedSpeakerAfterThe) {
  std::string text = "The ferry left two hours late, said the port authority.";
  auto found = AttributeText(text);
  EXPECT_EQ(SourceSpanOfCue(text, found, "said"), "the port authority");
  EXPECT_EQ(ContentOfCue(text, found, "said"), "The ferry left two hours late");
  std::string both = "The ferry left late, said the port and the coast guard.";
  found = AttributeText(both);
  EXPECT_EQ(SourceSpanOfCue(both, found, "said"),
            "the port and the coast guard");
  std::string clause =
      "The inspector checked the dock on Monday, said the pier was unsafe "
      "and closed it.";
  found = AttributeText(clause);
  EXPECT_EQ(SourceSpanOfCue(clause, found, "said"), "The inspector");
}

// "she" right after an unnamed person spoke is that person, unless a named
// one spoke since or the description says otherwise.
TEST(TextAttributor, PronounAfterAnUnnamedSpeaker) {
  std::string text =
      "\u201cThere was a loud bang,\u201d said Tomas Berg, an engineer on "
      "the flight.\n"
      "Another passenger, who asked not to be named, said the crew kept "
      "people calm. \u201cSome people cried, but nobody panicked,\u201d she "
      "said.\n"
      "A spokesman for the port said the pier was shut. Interior minister "
      "Ana Lind, visiting the harbour, said 300 workers had been sent. "
      "\u201cThe next two days matter,\u201d she said.\n"
      "A spokesman for the airline said the jet was checked. \u201cIt is "
      "safe,\u201d she said.";
  auto found = AttributeText(text);
  std::vector<std::string> she;
  for (const TextAttribution& a : found) {
    if (!a.source.empty() && Slice(text, a.source[0]) == "she")
      she.push_back(a.attribution.source);
  }
  ASSERT_EQ(she.size(), 3u);
  EXPECT_EQ(she[0], "Another passenger");
  EXPECT_EQ(she[1], "Ana Lind");
  // "a spokesman" is no "she": the last woman named.
  EXPECT_EQ(she[2], "Ana Lind");
}

// "X, visiting Y, said": a participle aside between the subject and its
// verb; not a clause before the comma ("X tries to ..., showcasing").
TEST(TextAttributor, ParticipleAsideBetweenSubjectAndCue) {
  std::string text =
      "Interior minister Ana Lind, visiting the harbour, said 300 workers "
      "had been sent.";
  auto found = AttributeText(text);
  EXPECT_EQ(SourceSpanOfCue(text, found, "said"),
            "Interior minister Ana Lind, visiting the harbour,");
  EXPECT_EQ(SourceOfCue(text, found, "said"), "Ana Lind");
  std::string lists =
      "Harbour unions, including the dockers, said the strike would go on.";
  found = AttributeText(lists);
  EXPECT_EQ(SourceSpanOfCue(lists, found, "said"),
            "Harbour unions, including the dockers,");
}

// A relative clause with no subject of its own between the subject and
// the cue: its antecedent speaks, not the clause.
TEST(TextAttributor, AntecedentOfASubjectlessRelativeClauseSpeaks) {
  std::string text =
      "Passengers on the ferry that ran aground near the pier on Sunday "
      "said the crew acted fast.";
  auto found = AttributeText(text);
  EXPECT_EQ(SourceSpanOfCue(text, found, "said"), "Passengers on the ferry");
  // "that" with a subject of its own is no such clause.
  std::string complement =
      "The mayor said that inspectors believed the pier was safe.";
  found = AttributeText(complement);
  EXPECT_EQ(SourceSpanOfCue(complement, found, "said"), "The mayor");
}

// A count opens the subject's noun phrase ("Two members of the board"),
// not a time ("Eight years ago, ...").
TEST(TextAttributor, CountOpensTheSubject) {
  std::string text =
      "Two members of the harbour board quit on Friday, saying they had "
      "been deceived.";
  auto found = AttributeText(text);
  EXPECT_EQ(SourceSpanOfCue(text, found, "saying"),
            "Two members of the harbour board");
  std::string time =
      "Eight years ago, the harbour board said the pier would be rebuilt.";
  found = AttributeText(time);
  EXPECT_EQ(SourceSpanOfCue(time, found, "said"), "the harbour board");
}

}  // namespace
}  // namespace corroborate::analyze
