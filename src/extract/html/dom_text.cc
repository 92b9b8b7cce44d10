// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "extract/html/dom_text.h"

#include <array>
#include <cctype>

namespace corroborate::extract_html {
namespace {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

// Returns true iff `text` at `i` starts U+00A0 (C2 A0) or U+200B (E2 80 8B),
// which pages use as spacing; sets `*length` to its byte length.
bool IsUnicodeSpaceAt(std::string_view text, size_t i, size_t* length) {
  if (i + 1 < text.size() && static_cast<unsigned char>(text[i]) == 0xC2 &&
      static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    *length = 2;
    return true;
  }
  if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
      static_cast<unsigned char>(text[i + 1]) == 0x80 &&
      static_cast<unsigned char>(text[i + 2]) == 0x8B) {
    *length = 3;
    return true;
  }
  return false;
}

bool HasDisplayNone(std::string_view style) {
  std::string folded;
  for (char c : style) {
    if (!IsAsciiSpace(c)) folded += static_cast<char>(std::tolower(c));
  }
  return folded.find("display:none") != std::string::npos ||
         folded.find("visibility:hidden") != std::string::npos;
}

}  // namespace

std::string_view Attribute(const GumboNode* node, const char* name) {
  if (node == nullptr || node->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* attribute =
      gumbo_get_attribute(&node->v.element.attributes, name);
  return attribute == nullptr ? std::string_view()
                              : std::string_view(attribute->value);
}

bool IsElement(const GumboNode* node, GumboTag tag) {
  return node != nullptr && node->type == GUMBO_NODE_ELEMENT &&
         node->v.element.tag == tag;
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_HGROUP:
      return true;
    default:
      return false;
  }
}

bool IsInvisible(const GumboNode* node) {
  if (node->type == GUMBO_NODE_COMMENT) return true;
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  switch (node->v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
      return true;
    default:
      break;
  }
  if (gumbo_get_attribute(&node->v.element.attributes, "hidden") != nullptr) {
    return true;
  }
  return HasDisplayNone(Attribute(node, "style"));
}

void AppendCollapsed(std::string_view text, std::string* out) {
  // The bytes that can start a space (IsAsciiSpace, or the lead byte of
  // U+00A0 / U+200B): other bytes are copied a run at a time rather than
  // one push_back each, the html fuzzer's largest extract cost (perf,
  // docs/reliability.md).
  static const auto kMaySpace = [] {
    std::array<bool, 256> may{};
    for (unsigned char c : {' ', '\n', '\t', '\r', '\f'}) may[c] = true;
    may[0xC2] = may[0xE2] = true;
    return may;
  }();
  size_t run = 0;  // start of the bytes not yet appended
  for (size_t i = 0; i < text.size();) {
    size_t length = 1;
    if (!kMaySpace[static_cast<unsigned char>(text[i])] ||
        !(IsAsciiSpace(text[i]) || IsUnicodeSpaceAt(text, i, &length))) {
      ++i;
      continue;
    }
    out->append(text.substr(run, i - run));
    if (!out->empty() && out->back() != ' ') out->push_back(' ');
    i += length;
    run = i;
  }
  out->append(text.substr(run));
}

std::string NodeText(const GumboNode* node) {
  std::string out;
  std::vector<const GumboNode*> stack = {node};
  while (!stack.empty()) {
    const GumboNode* current = stack.back();
    stack.pop_back();
    if (current == nullptr) {  // Marks the end of a block element.
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      continue;
    }
    if (IsInvisible(current)) continue;
    if (current->type == GUMBO_NODE_TEXT ||
        current->type == GUMBO_NODE_WHITESPACE ||
        current->type == GUMBO_NODE_CDATA) {
      AppendCollapsed(current->v.text.text, &out);
      continue;
    }
    if (current->type != GUMBO_NODE_ELEMENT &&
        current->type != GUMBO_NODE_DOCUMENT &&
        current->type != GUMBO_NODE_TEMPLATE) {
      continue;
    }
    const GumboVector& children = current->type == GUMBO_NODE_DOCUMENT
                                      ? current->v.document.children
                                      : current->v.element.children;
    bool block = current->type == GUMBO_NODE_ELEMENT &&
                 (IsBlockTag(current->v.element.tag) ||
                  current->v.element.tag == GUMBO_TAG_BR);
    if (block) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      stack.push_back(nullptr);
    }
    for (unsigned i = children.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace corroborate::extract_html
