// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "extract/html/class_hints.h"

#include <string>

#include <gtest/gtest.h>

namespace corroborate::extract_html {
namespace {

using Reason = BoilerplateReason;

// Parses `html` and returns the context of the first element inside <body>.
Reason ContextOfFirst(const std::string& html, bool class_hints = true) {
  GumboOutput* output = gumbo_parse(html.c_str());
  const GumboNode* body =
      static_cast<const GumboNode*>(output->root->v.element.children.data[1]);
  const GumboNode* first =
      static_cast<const GumboNode*>(body->v.element.children.data[0]);
  Reason reason = ElementContext(first, class_hints);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return reason;
}

TEST(ElementContextTest, TagsRolesAndClasses) {
  EXPECT_EQ(ContextOfFirst("<nav>x</nav>"), Reason::kNavigation);
  EXPECT_EQ(ContextOfFirst("<div role=navigation>x</div>"),
            Reason::kNavigation);
  EXPECT_EQ(ContextOfFirst("<div class='social-share-bar'>x</div>"),
            Reason::kNavigation);
  EXPECT_EQ(ContextOfFirst("<div class='more related-posts'>x</div>"),
            Reason::kRelatedLink);
  EXPECT_EQ(ContextOfFirst("<span class='image-credit'>x</span>"),
            Reason::kPhotoCredit);
  EXPECT_EQ(ContextOfFirst("<div id='ad-slot-3'>x</div>"), Reason::kNavigation);
}

TEST(ElementContextTest, ContentWordsAndNonHints) {
  // A content word on its own class word cancels a furniture word.
  EXPECT_EQ(ContextOfFirst("<div class='article-body has-sidebar'>x</div>"),
            Reason::kNone);
  // But not within the same word.
  EXPECT_EQ(ContextOfFirst("<div class='article-comments'>x</div>"),
            Reason::kNavigation);
  // "ad" must be a whole token: "adventure", "head" are not ads.
  EXPECT_EQ(ContextOfFirst("<div class='adventure-head'>x</div>"),
            Reason::kNone);
  EXPECT_EQ(ContextOfFirst("<div class='share'>x</div>", false), Reason::kNone);
}

TEST(ClassWeightTest, ReadabilityWeights) {
  GumboOutput* output = gumbo_parse(
      "<div class='entry-content'></div><div class='comment-list'></div>");
  const GumboNode* body =
      static_cast<const GumboNode*>(output->root->v.element.children.data[1]);
  EXPECT_EQ(ClassWeight(static_cast<const GumboNode*>(
                body->v.element.children.data[0])),
            25);
  EXPECT_EQ(ClassWeight(static_cast<const GumboNode*>(
                body->v.element.children.data[1])),
            -25);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
}

}  // namespace
}  // namespace corroborate::extract_html
