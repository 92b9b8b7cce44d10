// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/html_tag.h"

#include <string_view>

#include <gtest/gtest.h>

namespace corroborate::ingest {
namespace {

TEST(FindTagClose, SkipsGreaterThanInsideQuotedValues) {
  std::string_view html = R"(<p><a title="x > y" data-q='>'>link</a>)";
  EXPECT_EQ(FindTagClose(html, 0), 2u);
  const size_t a = html.find("<a");
  EXPECT_EQ(html[FindTagClose(html, a)], '>');
  EXPECT_EQ(html.substr(FindTagClose(html, a) + 1, 4), "link");
}

TEST(FindTagClose, UnclosedTagOrQuoteIsNpos) {
  EXPECT_EQ(FindTagClose("<div class=\"a", 0), std::string_view::npos);
  EXPECT_EQ(FindTagClose("<div", 0), std::string_view::npos);
}

}  // namespace
}  // namespace corroborate::ingest
