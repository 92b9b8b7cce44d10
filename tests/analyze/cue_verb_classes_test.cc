// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The WordNet verb classes: parsing the table, the shipped table's
// inflected forms, and the cue classifier features they add.

#include "analyze/cue_verb_classes.h"

#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "analyze/cue_classifier.h"
#include "analyze/tokenizer.h"

namespace corroborate::analyze {
namespace {

bool Has(const std::vector<std::string>& features, const std::string& f) {
  return std::find(features.begin(), features.end(), f) != features.end();
}

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
  EXPECT_TRUE(Has(features, "vf=@communication"));
  EXPECT_TRUE(Has(features, "va=communication"));
  EXPECT_TRUE(Has(features, "vfe=@communication_ed"));
  // Crossed like the stem: a clause ahead, the subject's shape.
  EXPECT_TRUE(Has(features, "sa=that_@communication"));
  EXPECT_TRUE(Has(features, "sa=that_averr"));
  EXPECT_TRUE(Has(features, "ssubj=@communication_np2"));
  auto noun = CueFeatures(tokens, 1);  // "envoy"
  EXPECT_TRUE(Has(noun, "vf=none"));
  EXPECT_FALSE(Has(noun, "sa=that_@communication"));
}

}  // namespace
}  // namespace corroborate::analyze
