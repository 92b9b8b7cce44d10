// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "extract/html/class_hints.h"

#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "extract/html/dom_text.h"

namespace corroborate::extract_html {
namespace {

using Reason = BoilerplateReason;

struct Hint {
  std::string_view word;
  Reason reason;
  bool exact;  // token must equal `word` (short words); else contain it
};

// Class/id words of boilerplate, from Readability.js's unlikelyCandidates
// and negative regexes and trafilatura's discard lists. Order matters: the
// first hit names the reason, so the specific reasons come first.
constexpr std::array kBoilerplateHints = {
    Hint{"figcaption", Reason::kPhotoCaption, false},
    Hint{"caption", Reason::kPhotoCaption, false},
    Hint{"credit", Reason::kPhotoCredit, false},
    Hint{"byline", Reason::kByline, false},
    Hint{"author", Reason::kByline, false},
    Hint{"dateline", Reason::kByline, false},
    Hint{"timestamp", Reason::kByline, false},
    Hint{"related", Reason::kRelatedLink, false},
    Hint{"recommend", Reason::kRelatedLink, false},
    Hint{"trending", Reason::kRelatedLink, false},
    Hint{"popular", Reason::kRelatedLink, false},
    Hint{"readmore", Reason::kRelatedLink, false},
    Hint{"outbrain", Reason::kRelatedLink, false},
    Hint{"taboola", Reason::kRelatedLink, false},
    Hint{"comment", Reason::kNavigation, false},
    Hint{"disqus", Reason::kNavigation, false},
    Hint{"share", Reason::kNavigation, false},
    Hint{"sharing", Reason::kNavigation, false},
    Hint{"social", Reason::kNavigation, false},
    Hint{"newsletter", Reason::kNavigation, false},
    Hint{"subscri", Reason::kNavigation, false},
    Hint{"signup", Reason::kNavigation, false},
    Hint{"sidebar", Reason::kNavigation, false},
    Hint{"footer", Reason::kNavigation, false},
    Hint{"breadcrumb", Reason::kNavigation, false},
    Hint{"cookie", Reason::kNavigation, false},
    Hint{"consent", Reason::kNavigation, false},
    Hint{"promo", Reason::kNavigation, false},
    Hint{"sponsor", Reason::kNavigation, false},
    Hint{"advert", Reason::kNavigation, false},
    Hint{"popup", Reason::kNavigation, false},
    Hint{"modal", Reason::kNavigation, false},
    Hint{"masthead", Reason::kNavigation, false},
    Hint{"navbar", Reason::kNavigation, false},
    Hint{"navigation", Reason::kNavigation, false},
    Hint{"menu", Reason::kNavigation, false},
    Hint{"toolbar", Reason::kNavigation, false},
    Hint{"pagination", Reason::kNavigation, false},
    Hint{"nav", Reason::kNavigation, true},
    Hint{"cta", Reason::kNavigation, true},
    Hint{"ad", Reason::kNavigation, true},
    Hint{"ads", Reason::kNavigation, true},
    Hint{"dfp", Reason::kNavigation, true},
    Hint{"tags", Reason::kNavigation, true},
    Hint{"print", Reason::kNavigation, true},
    Hint{"banner", Reason::kNavigation, true},
    Hint{"skip", Reason::kNavigation, true},
};

// Class/id words of the main text (Readability's positive regex).
constexpr std::array<std::string_view, 11> kContentHints = {
    "article", "body", "content", "entry",  "main", "post",
    "story",   "text", "blog",    "column", "prose"};

// Splits one class word ("share-bar__item") into lower-case tokens.
std::vector<std::string> Tokens(std::string_view word) {
  std::vector<std::string> tokens(1);
  for (char c : word) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      tokens.back() += static_cast<char>(std::tolower(c));
    } else if (!tokens.back().empty()) {
      tokens.emplace_back();
    }
  }
  if (tokens.back().empty()) tokens.pop_back();
  return tokens;
}

Reason BoilerplateOf(const std::vector<std::string>& tokens) {
  for (const Hint& hint : kBoilerplateHints) {
    for (const std::string& token : tokens) {
      bool hit = hint.exact ? token == hint.word
                            : token.find(hint.word) != std::string::npos;
      if (hit) return hint.reason;
    }
  }
  return Reason::kNone;
}

bool LooksLikeContent(const std::vector<std::string>& tokens) {
  for (const std::string& token : tokens) {
    for (std::string_view hint : kContentHints) {
      if (token == hint) return true;
    }
  }
  return false;
}

// Scans the space-separated words of the class and id attributes. A word
// with a boilerplate token is boilerplate ("article-comments"); a word with
// only content tokens is content.
void ScanWords(const GumboNode* node, Reason* boilerplate, bool* content) {
  *boilerplate = Reason::kNone;
  *content = false;
  for (const char* name : {"class", "id"}) {
    std::string_view value = Attribute(node, name);
    size_t begin = 0;
    while (begin < value.size()) {
      size_t end = value.find(' ', begin);
      if (end == std::string_view::npos) end = value.size();
      std::vector<std::string> tokens =
          Tokens(value.substr(begin, end - begin));
      Reason reason = BoilerplateOf(tokens);
      if (reason != Reason::kNone) {
        if (*boilerplate == Reason::kNone) *boilerplate = reason;
      } else if (LooksLikeContent(tokens)) {
        *content = true;
      }
      begin = end + 1;
    }
  }
}

Reason TagContext(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HEADER:
      return Reason::kNavigation;
    case GUMBO_TAG_FIGCAPTION:
      return Reason::kPhotoCaption;
    default:
      return Reason::kNone;
  }
}

// ARIA roles of page furniture (Readability's unlikelyRoles).
Reason RoleContext(std::string_view role) {
  for (std::string_view furniture :
       {"navigation", "menu", "menubar", "complementary", "banner",
        "contentinfo", "dialog", "alertdialog", "alert", "search"}) {
    if (role == furniture) return Reason::kNavigation;
  }
  return Reason::kNone;
}

}  // namespace

BoilerplateReason ElementContext(const GumboNode* node, bool class_hints) {
  if (node == nullptr || node->type != GUMBO_NODE_ELEMENT) {
    return Reason::kNone;
  }
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML) return Reason::kNone;
  Reason reason = TagContext(tag);
  if (reason == Reason::kNone) reason = RoleContext(Attribute(node, "role"));
  if (!class_hints) return reason;
  Reason by_class = Reason::kNone;
  bool content = false;
  ScanWords(node, &by_class, &content);
  if (content) by_class = Reason::kNone;
  // A specific class ("related-stories" on an <aside>) says more than the
  // tag's generic navigation.
  if (reason == Reason::kNone ||
      (by_class != Reason::kNone && by_class != Reason::kNavigation)) {
    return by_class == Reason::kNone ? reason : by_class;
  }
  return reason;
}

int ClassWeight(const GumboNode* node) {
  Reason boilerplate = Reason::kNone;
  bool content = false;
  ScanWords(node, &boilerplate, &content);
  // Readability.js _getClassWeight: 25 points each way.
  int weight = 0;
  if (content) weight += 25;
  if (boilerplate != Reason::kNone) weight -= 25;
  return weight;
}

}  // namespace corroborate::extract_html
