// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/source_classifier.h"

#include <gtest/gtest.h>

namespace corroborate::analyze {
namespace {

TEST(SourceClassifier, OutletDescriptorGivesTheName) {
  SourceInfo info = ClassifySource("Kenyan TV channel Citizen TV", false);
  EXPECT_EQ(info.kind, SourceKind::kOutlet);
  EXPECT_EQ(info.name, "Citizen TV");
  info = ClassifySource("Peruvian news website La Ventana", false);
  EXPECT_EQ(info.kind, SourceKind::kOutlet);
  EXPECT_EQ(info.name, "La Ventana");
  // A nationality before the descriptor names no outlet ("French" is no
  // newspaper): the phrase stays whole.
  for (const char* phrase :
       {"French media", "Dutch television", "Greek media"}) {
    info = ClassifySource(phrase, true);
    EXPECT_EQ(info.kind, SourceKind::kOutlet) << phrase;
    EXPECT_EQ(info.name, phrase);
  }
}

TEST(SourceClassifier, OutletNamePatterns) {
  EXPECT_EQ(ClassifySource("the Nairobi Times", false).kind,
            SourceKind::kOutlet);
  EXPECT_EQ(ClassifySource("the Nairobi Times", false).name, "Nairobi Times");
  EXPECT_EQ(ClassifySource("Reuters", false).kind, SourceKind::kOutlet);
  // A capitalised "Post" or "Report" ends the name; a lower-case one is a
  // document that stands for its publisher ("the NYT report").
  EXPECT_EQ(ClassifySource("The Lagos Post", true).name, "Lagos Post");
  EXPECT_EQ(ClassifySource("The Lagos Post", true).kind, SourceKind::kOutlet);
  EXPECT_EQ(ClassifySource("The Harbour Report", true).name, "Harbour Report");
  EXPECT_EQ(ClassifySource("the NYT report", true).name, "NYT");
  EXPECT_EQ(ClassifySource("the FBI summary", false).name, "FBI");
  EXPECT_EQ(ClassifySource("a court transcript", false).kind,
            SourceKind::kDocument);
}

TEST(SourceClassifier, PersonOfTheMediaIsNoOutlet) {
  SourceInfo host =
      ClassifySource("conservative talk radio host Dana Whitcombe", false);
  EXPECT_EQ(host.kind, SourceKind::kPerson);
  EXPECT_EQ(host.name, "Dana Whitcombe");
  EXPECT_EQ(host.role, "conservative talk radio host");
  SourceInfo columnist = ClassifySource("newspaper columnist Ivo Rask", true);
  EXPECT_EQ(columnist.kind, SourceKind::kPerson);
  EXPECT_EQ(columnist.name, "Ivo Rask");
  // The outlet itself still is one.
  EXPECT_EQ(ClassifySource("talk radio station Sorn FM", false).kind,
            SourceKind::kOutlet);
}

TEST(SourceClassifier, OutletGuessedFromTheCueSaysSo) {
  // "Kellin reported": nothing but the cue makes it an outlet.
  SourceInfo guessed = ClassifySource("Kellin", true);
  EXPECT_EQ(guessed.kind, SourceKind::kOutlet);
  EXPECT_TRUE(guessed.kind_from_cue);
  EXPECT_FALSE(ClassifySource("the Nairobi Times", true).kind_from_cue);
  EXPECT_FALSE(ClassifySource("newspaper Sorn Daily", true).kind_from_cue);
}

TEST(SourceClassifier, ShortOutletReference) {
  SourceInfo info = ClassifySource("the Nairobi-based newspaper", false);
  EXPECT_EQ(info.kind, SourceKind::kOutlet);
  EXPECT_TRUE(info.reference);
}

TEST(SourceClassifier, AnonymousParties) {
  for (const char* phrase :
       {"unnamed European diplomats", "a senior official", "US officials",
        "sources familiar with the talks", "a member of the city council",
        "diplomatic sources", "Another passenger"}) {
    SourceInfo info = ClassifySource(phrase, false);
    EXPECT_TRUE(info.anonymous) << phrase;
    EXPECT_EQ(info.kind, SourceKind::kAnonymous) << phrase;
  }
}

TEST(SourceClassifier, NamedRoleIsAPerson) {
  SourceInfo info = ClassifySource("court spokeswoman Grace Wambui", false);
  EXPECT_FALSE(info.anonymous);
  EXPECT_EQ(info.kind, SourceKind::kPerson);
  EXPECT_EQ(info.name, "Grace Wambui");
}

TEST(SourceClassifier, RoleWrittenBeforeTheName) {
  EXPECT_EQ(ClassifySource("court spokeswoman Grace Wambui", false).role,
            "court spokeswoman");
  EXPECT_EQ(ClassifySource("Secretary of State John Kerry", false).role,
            "Secretary of State");
  EXPECT_EQ(
      ClassifySource("the White House spokesman, Josh Earnest", false).role,
      "White House spokesman");
  // A particle inside a name stays in it.
  SourceInfo mayor = ClassifySource("Mayor Bill de Blasio", false);
  EXPECT_EQ(mayor.name, "Bill de Blasio");
  EXPECT_EQ(mayor.role, "Mayor");
  // An honorific is no role; nor has a bare name one.
  EXPECT_EQ(ClassifySource("Mr. Obama", false).role, "");
  EXPECT_EQ(ClassifySource("If Mr. Obama", false).role, "");
  EXPECT_EQ(
      ClassifySource("In January outgoing army chief Ali Hassan", false).role,
      "outgoing army chief");
  EXPECT_EQ(ClassifySource("minister of the economy Mr. Guajardo", false).role,
            "minister of the economy");
  // The person a spokeswoman speaks for holds no role of hers.
  EXPECT_EQ(ClassifySource("a spokeswoman for Grace Wambui", false).role, "");
  EXPECT_EQ(ClassifySource("Grace Wambui", false).role, "");
}

TEST(SourceClassifier, UnnamedRoleWithTheIsAPersonNamedBefore) {
  SourceInfo senator = ClassifySource("The Vermont senator", false);
  EXPECT_EQ(senator.kind, SourceKind::kPerson);
  EXPECT_TRUE(senator.reference);
  EXPECT_FALSE(senator.anonymous);
  // A body is still a body: "the party" has no person's title.
  EXPECT_EQ(ClassifySource("The ruling party", false).kind,
            SourceKind::kOrganization);
}

TEST(SourceClassifier, ProfessionBeforeTheNameIsARole) {
  for (const char* phrase :
       {"Paris prosecutor Ana Ruiz", "Republican strategist Ana Ruiz",
        "longtime Democratic pollster Ana Ruiz",
        "Conservative economist Ana Ruiz",
        // Role nouns that alone describe an unnamed party ("an analyst").
        "Political analyst Ana Ruiz", "Duty officer Ana Ruiz",
        "interior ministry official Ana Ruiz"}) {
    SourceInfo info = ClassifySource(phrase, false);
    EXPECT_EQ(info.kind, SourceKind::kPerson) << phrase;
    EXPECT_EQ(info.name, "Ana Ruiz") << phrase;
    EXPECT_FALSE(info.role.empty()) << phrase;
  }
}

TEST(SourceClassifier, PortfolioAndSpeakerAreNoPartOfTheName) {
  SourceInfo secretary =
      ClassifySource("Secretary of State Maria T. Okafor", false);
  EXPECT_EQ(secretary.kind, SourceKind::kPerson);
  EXPECT_EQ(secretary.name, "Maria T. Okafor");
  EXPECT_EQ(ClassifySource("Minister of Foreign Affairs Ana Ruiz", false).name,
            "Ana Ruiz");
  EXPECT_EQ(ClassifySource("House Speaker Dana Whitlock", false).name,
            "Dana Whitlock");
  EXPECT_EQ(ClassifySource("Rep. Elijah Okafor of Maryland", false).name,
            "Elijah Okafor");
  // "of the" before the portfolio too.
  SourceInfo speaker =
      ClassifySource("Speaker of the House Dana Whitlock", false);
  EXPECT_EQ(speaker.name, "Dana Whitlock");
  EXPECT_EQ(speaker.role, "Speaker of the House");
  EXPECT_EQ(ClassifySource("Minister of the Interior Ana Ruiz", false).name,
            "Ana Ruiz");
}

TEST(SourceClassifier, PlaceNamesAreNoPeople) {
  EXPECT_EQ(ClassifySource("North Korea", false).kind,
            SourceKind::kOrganization);
  EXPECT_EQ(ClassifySource("Saudi Arabia", false).kind,
            SourceKind::kOrganization);
  EXPECT_EQ(ClassifySource("Maria Okafor", false).kind, SourceKind::kPerson);
}

TEST(SourceClassifier, TitlesWithoutTheDot) {
  SourceInfo british = ClassifySource("Mr Papadakis", false);
  EXPECT_EQ(british.kind, SourceKind::kPerson);
  EXPECT_EQ(british.name, "Papadakis");
  EXPECT_EQ(ClassifySource("Deputy Spokesperson Mark Toller", false).name,
            "Mark Toller");
}

TEST(SourceClassifier, DocumentsImageryOrganizations) {
  EXPECT_EQ(ClassifySource("a court filing", false).kind,
            SourceKind::kDocument);
  EXPECT_EQ(ClassifySource("satellite images", false).kind,
            SourceKind::kImagery);
  EXPECT_EQ(ClassifySource("the Ministry of Agriculture", false).kind,
            SourceKind::kOrganization);
  // A document described after it, or a finding: no unnamed person.
  for (const char* phrase :
       {"a statement released", "a preliminary estimate published",
        "a breakdown shared by the chamber of engineers",
        "An initial inspection"}) {
    SourceInfo info = ClassifySource(phrase, false);
    EXPECT_EQ(info.kind, SourceKind::kDocument) << phrase;
    EXPECT_FALSE(info.anonymous) << phrase;
  }
}

TEST(SourceClassifier, PronounsAreReferences) {
  EXPECT_TRUE(IsPronoun("she"));
  EXPECT_FALSE(IsPronoun("Sheila"));
  EXPECT_TRUE(ClassifySource("he", false).reference);
}

TEST(SourceClassifier, Initials) {
  EXPECT_EQ(Initials("Wall Street Journal"), "WSJ");
}

}  // namespace
}  // namespace corroborate::analyze
