// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/html_nesting.h"

#include <string>

#include <gtest/gtest.h>

namespace corroborate::ingest {
namespace {

std::string Nested(const std::string& tag, int depth, const std::string& text) {
  std::string html;
  for (int i = 0; i < depth; ++i) html += "<" + tag + " class=\"x\">";
  html += text;
  for (int i = 0; i < depth; ++i) html += "</" + tag + ">";
  return html;
}

TEST(HtmlNesting, LeavesShallowPagesAlone) {
  std::string page =
      "<html><body>" + Nested("div", 5, "<p>Hi<br>there") + "</body></html>";
  std::string out = "untouched";
  EXPECT_EQ(FlattenDeepNesting(page, 8, &out), 0u);
  EXPECT_EQ(out, "untouched");
}

TEST(HtmlNesting, DropsTagsBeyondTheCapAndKeepsText) {
  std::string out;
  EXPECT_EQ(FlattenDeepNesting(Nested("div", 5, "Deep text"), 3, &out), 4u);
  EXPECT_EQ(out, Nested("div", 3, "Deep text"));
}

TEST(HtmlNesting, DoesNotCountVoidSelfClosingOrOptionalEndTags) {
  std::string page;
  for (int i = 0; i < 50; ++i) page += "<p>Line<br><img src=x><li>item<x-a/>";
  std::string out;
  EXPECT_EQ(FlattenDeepNesting(page, 3, &out), 0u);
}

TEST(HtmlNesting, SkipsCommentsAndScriptContent) {
  std::string page =
      "<script>for(i=0;i<9;i++)s+='<div><div><div>';</script>"
      "<!-- <div><div><div><div> -->"
      "<div><span>ok</span></div>";
  std::string out;
  EXPECT_EQ(FlattenDeepNesting(page, 2, &out), 0u);
}

TEST(HtmlNesting, ClosesThroughUnclosedChildren) {
  // </div> closes the unclosed <span>s inside it, so depth goes back down.
  std::string page;
  for (int i = 0; i < 20; ++i) page += "<div><span><span>text</div>";
  std::string out;
  EXPECT_EQ(FlattenDeepNesting(page, 3, &out), 0u);
}

TEST(HtmlNesting, FlattensTwoHundredThousandLevelsQuickly) {
  std::string page = Nested("div", 200000, "<p>Core text</p>");
  std::string out;
  EXPECT_EQ(FlattenDeepNesting(page, kMaxHtmlDepth, &out),
            2u * (200000 - kMaxHtmlDepth));
  EXPECT_EQ(out, Nested("div", kMaxHtmlDepth, "<p>Core text</p>"));
}

}  // namespace
}  // namespace corroborate::ingest
