// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "util/split.h"

#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace corroborate::util {
namespace {

using Views = std::vector<std::string_view>;

TEST(Split, KeepsEveryFieldEmptyOnesIncluded) {
  EXPECT_EQ(Split("Paris\tFR\t48.85", '\t'), (Views{"Paris", "FR", "48.85"}));
  EXPECT_EQ(Split("a||b|", '|'), (Views{"a", "", "b", ""}));
  EXPECT_EQ(Split("", '|'), (Views{""}));
}

TEST(SplitSkippingEmpty, DropsEmptyPieces) {
  EXPECT_EQ(SplitSkippingEmpty("  new  york times ", ' '),
            (Views{"new", "york", "times"}));
  EXPECT_TRUE(SplitSkippingEmpty("   ", ' ').empty());
  EXPECT_TRUE(SplitSkippingEmpty("", ' ').empty());
}

}  // namespace
}  // namespace corroborate::util
