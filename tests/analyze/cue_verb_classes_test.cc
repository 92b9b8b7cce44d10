// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The WordNet verb classes: parsing the table, the shipped table's
// inflected forms, and the cue classifier features they add.

#include "analyze/cue_verb_classes.h"

#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "analyze/cue_classifier.h"
#include "analyze/text_attributor.h"
#include "analyze/tokenizer.h"

namespace corroborate::analyze {
namespace {

using ::testing::Contains;
using ::testing::Not;

TEST(VerbClasses, ParsesFormsClassesAndNounFlag) {
  VerbClasses table = VerbClasses::Parse(
      "# header\nmumbled\tcommunication\tcommunication\t0\n"
      "dreads\temotion\tcognition,emotion\t1\n"
      "carried\tother\tcommunication\t0\n"
      "broken line\n"
      "zapped\tweather\tcognition\t0\n");
  EXPECT_EQ(table.size(), 3u);  // the unknown class "weather" is skipped
  const VerbClass* mumbled = table.Find("mumbled");
  ASSERT_NE(mumbled, nullptr);
  EXPECT_EQ(mumbled->first, "communication");
  EXPECT_EQ(mumbled->any, 1);
  EXPECT_FALSE(mumbled->noun);
  const VerbClass* dreads = table.Find("dreads");
  ASSERT_NE(dreads, nullptr);
  EXPECT_EQ(dreads->first, "emotion");
  EXPECT_EQ(dreads->any, 2 | 8);  // cognition and emotion bits
  EXPECT_TRUE(dreads->noun);
  EXPECT_EQ(table.Find("carried")->first, "other");
  EXPECT_EQ(table.Find("zapped"), nullptr);
  EXPECT_EQ(table.Find("Mumbled"), nullptr);  // lower-case forms only
  EXPECT_EQ(VerbClasses::Parse("").size(), 0u);
}

TEST(VerbClasses, ShippedTableHasInflectedAndIrregularForms) {
  const VerbClasses& table = VerbClasses::Default();
  ASSERT_GT(table.size(), 5000u);
  // Regular endings, consonant doubling (verb.exc) and irregular forms.
  for (const char* form : {"quip", "quips", "quipped", "quipping", "aver",
                           "averred", "extols", "told", "murmuring"}) {
    const VerbClass* entry = table.Find(form);
    ASSERT_NE(entry, nullptr) << form;
    EXPECT_EQ(entry->first, "communication") << form;
  }
  EXPECT_EQ(table.Find("pondered")->first, "cognition");
  // Words that are no verbs of these classes.
  for (const char* form :
       {"bridge", "ferry", "painted", "walked", "the", "quickly"})
    EXPECT_EQ(table.Find(form), nullptr) << form;
}

TEST(VerbClasses, ClassFeaturesOfTheCueClassifier) {
  auto tokens = Tokenize("The envoy averred that the talks had stalled.");
  auto features = CueFeatures(tokens, 2);
  EXPECT_THAT(features, Contains("vf=@communication"));
  EXPECT_THAT(features, Contains("va=communication"));
  EXPECT_THAT(features, Contains("vfe=@communication_ed"));
  // Crossed like the stem: a clause ahead, the subject's shape.
  EXPECT_THAT(features, Contains("sa=that_@communication"));
  EXPECT_THAT(features, Contains("sa=that_averr"));
  EXPECT_THAT(features, Contains("ssubj=@communication_np2"));
  auto noun = CueFeatures(tokens, 1);  // "envoy"
  EXPECT_THAT(noun, Contains("vf=none"));
  EXPECT_THAT(noun, Not(Contains("sa=that_@communication")));
}

// The (source, cue) texts of the attributions of an ASCII text.
std::vector<std::pair<std::string, std::string>> Found(
    const std::string& text) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const TextAttribution& a : AttributeText(text)) {
    std::string source, cue;
    for (const CodePointRange& r : a.source)
      source += text.substr(r.begin, r.end - r.begin);
    for (const CodePointRange& r : a.cue)
      cue += text.substr(r.begin, r.end - r.begin);
    out.emplace_back(source, cue);
  }
  return out;
}

using Pairs = std::vector<std::pair<std::string, std::string>>;

// Speech verbs too rare in PolNeAR train to be candidates by their own
// counts ("quipped", "averred", "extolled", "grumbled"): their WordNet
// class makes them candidates and gives them the evidence of the common
// ones.
TEST(VerbClasses, RareSpeechVerbsBecomeAttributions) {
  EXPECT_EQ(Found("The minister quipped that the budget was a joke."),
            (Pairs{{"The minister", "quipped"}}));
  EXPECT_EQ(Found("The envoy averred that the talks had stalled."),
            (Pairs{{"The envoy", "averred"}}));
  EXPECT_EQ(Found("Senator Dana Whitlock extolled the new rail line as a "
                  "model for the region."),
            (Pairs{{"Senator Dana Whitlock", "extolled"}}));
  EXPECT_EQ(Found("The harbour master grumbled that the ferries were late "
                  "again."),
            (Pairs{{"The harbour master", "grumbled"}}));
}

// The same words, and other verbs of these classes, as nouns after a
// determiner or in a clause about something else.
TEST(VerbClasses, NearMissesAreNoAttributions) {
  for (const char* text : {
           "The quip about the budget drew laughs in the chamber.",
           "His murmurs were lost in the noise of the crowd.",
           "The whisper campaign cost him the seat.",
           "The ship, which was christened in May, sailed for Oslo on "
           "Sunday.",
           "The choir, which chanted in Latin, left the cathedral at dusk.",
           "The bells that pealed at noon were cast in 1820.",
           "The lighthouse keeper, whose parrot squawked all night, retired "
           "in June.",
           "The hikers pondered the map for an hour before turning back.",
       }) {
    EXPECT_EQ(Found(text), Pairs{}) << text;
  }
}

}  // namespace
}  // namespace corroborate::analyze
