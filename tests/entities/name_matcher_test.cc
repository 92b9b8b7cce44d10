// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "entities/name_matcher.h"

#include <gtest/gtest.h>

namespace corroborate::entities {
namespace {

TEST(NameMatcher, NormalizesArticlesDotsAndAccents) {
  EXPECT_EQ(NormalizeName("Al-Masdar al-Yawm"), "masdar yawm");
  EXPECT_EQ(NormalizeName("U.K."), "uk");
  EXPECT_EQ(NormalizeName("The Kyiv Independent"), "kyiv independent");
  EXPECT_EQ(NormalizeName("Zürich"), "zurich");
}

TEST(NameMatcher, SkeletonCollapsesTransliterations) {
  EXPECT_EQ(Skeleton(NormalizeName("Nuriddin")),
            Skeleton(NormalizeName("Nur ad Din")));
  EXPECT_NE(Skeleton("saab"), Skeleton("saar"));
}

TEST(NameMatcher, AcronymsMatchOnlyTheirExpansion) {
  EXPECT_EQ(Initials("Army of National Salvation"), "ANS");
  EXPECT_GT(SpellingSimilarity("ANS", "Army of National Salvation"), 0.8);
  EXPECT_EQ(SpellingSimilarity("ANS", "Army of Southern Liberation"), 0);
  EXPECT_EQ(SpellingSimilarity("ANS", "ANZ"), 0);
}

TEST(NameMatcher, MergesSpellingVariants) {
  EXPECT_GT(
      SpellingSimilarity("Harmonisation Council", "Harmonization Council"), 0);
  EXPECT_GT(SpellingSimilarity("Al-Kawthar", "al-Kawhtar"), 0);  // transposed
  EXPECT_GT(SpellingSimilarity("Dar al-Salam Daily", "Dar Al-Salam Daily"), 0);
}

TEST(NameMatcher, KeepsDifferentNamesApart) {
  EXPECT_EQ(SpellingSimilarity("Saar", "Saab"), 0);
  EXPECT_EQ(SpellingSimilarity("Austria", "Australia"), 0);
  EXPECT_EQ(SpellingSimilarity("Maria Lopez", "Mario Perez"), 0);
  EXPECT_EQ(SpellingSimilarity("Tomas Berg", "Tomas B. Berg"), 0);
}

TEST(NameMatcher, EditDistanceCountsTranspositions) {
  EXPECT_EQ(EditDistance("kawthar", "kawhtar", 3), 1);
  EXPECT_EQ(EditDistance("abc", "xyz", 1), 2);  // stops past the limit
}

}  // namespace
}  // namespace corroborate::entities
