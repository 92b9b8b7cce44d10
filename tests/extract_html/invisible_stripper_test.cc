// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "extract/html/invisible_stripper.h"

#include <gtest/gtest.h>

namespace corroborate::extract_html {
namespace {

TEST(StripInvisibleContent, EmptiesScriptStyleAndSvg) {
  EXPECT_EQ(StripInvisibleContent(
                "<p>a</p><SCRIPT src=x>var s = '<p>no</p>';</script>"
                "<style>p{color:red}</style><svg viewBox='0 0 1 1'><text>"
                "icon</text></svg><p>b</p>"),
            "<p>a</p><SCRIPT src=x></script><style></style>"
            "<svg viewBox='0 0 1 1'></svg><p>b</p>");
}

TEST(StripInvisibleContent, KeepsJsonLdForMetadata) {
  std::string page =
      "<script type=\"application/ld+json\">{\"headline\":\"x\"}</script>";
  EXPECT_EQ(StripInvisibleContent(page), page);
}

TEST(StripInvisibleContent, LeavesLookalikeTagsAndUnclosedElements) {
  std::string page =
      "<scripture>text</scripture><styled>t</styled><script>never closed";
  EXPECT_EQ(StripInvisibleContent(page), page);
}

TEST(StripInvisibleContent, QuotedGreaterThanDoesNotEndTheTag) {
  EXPECT_EQ(StripInvisibleContent("<script data-x=\"a>b\">x()</script><p>k"),
            "<script data-x=\"a>b\"></script><p>k");
}

}  // namespace
}  // namespace corroborate::extract_html
