// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "extract/html/block_collector.h"

#include <utility>

#include "extract/html/class_hints.h"
#include "extract/html/dom_text.h"

namespace corroborate::extract_html {
namespace {

// An element open on the walk's path from the root.
struct OpenElement {
  const GumboNode* node;
  BoilerplateReason context;  // innermost context on the path so far
  const GumboNode* context_node;
  bool context_from_class;
  bool block;
  bool list;     // a ul/ol/dl is open at or above it
  bool heading;  // an h1-h6 is open at or above it
  bool h1;
};

bool IsList(GumboTag tag) {
  return tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_DL;
}

bool IsHeading(GumboTag tag) {
  return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

// Walks the tree with an explicit stack; a null entry marks the exit of the
// element on top of `open_`.
class Collector {
 public:
  std::vector<Block> Run(const GumboNode* root) {
    std::vector<const GumboNode*> stack = {root};
    while (!stack.empty()) {
      const GumboNode* node = stack.back();
      stack.pop_back();
      if (node == nullptr) {
        Exit();
      } else if (node->type == GUMBO_NODE_TEXT ||
                 node->type == GUMBO_NODE_WHITESPACE ||
                 node->type == GUMBO_NODE_CDATA) {
        AddText(node->v.text.text);
      } else if ((node->type == GUMBO_NODE_ELEMENT ||
                  node->type == GUMBO_NODE_TEMPLATE) &&
                 !IsInvisible(node)) {
        Enter(node, &stack);
      } else if (node->type == GUMBO_NODE_DOCUMENT) {
        PushChildren(node->v.document.children, &stack);
      }
    }
    Flush();
    return std::move(blocks_);
  }

 private:
  static void PushChildren(const GumboVector& children,
                           std::vector<const GumboNode*>* stack) {
    for (unsigned i = children.length; i > 0; --i) {
      stack->push_back(static_cast<const GumboNode*>(children.data[i - 1]));
    }
  }

  void Enter(const GumboNode* node, std::vector<const GumboNode*>* stack) {
    GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR) {
      Flush();
      return;
    }
    OpenElement parent = open_.empty() ? OpenElement{} : open_.back();
    BoilerplateReason context = ElementContext(node, /*class_hints=*/true);
    const GumboNode* context_node = node;
    bool from_class = context != ElementContext(node, /*class_hints=*/false);
    if (context == BoilerplateReason::kNone) {
      context = parent.context;
      context_node = parent.context_node;
      from_class = parent.context_from_class;
    }
    bool block = IsBlockTag(tag);
    if (block) Flush();
    open_.push_back({node, context, context_node, from_class, block,
                     parent.list || IsList(tag),
                     parent.heading || IsHeading(tag),
                     parent.h1 || tag == GUMBO_TAG_H1});
    if (tag == GUMBO_TAG_A && !Attribute(node, "href").empty()) ++link_depth_;
    stack->push_back(nullptr);
    PushChildren(node->v.element.children, stack);
  }

  void Exit() {
    const OpenElement& element = open_.back();
    if (element.block) Flush();
    if (IsElement(element.node, GUMBO_TAG_A) &&
        !Attribute(element.node, "href").empty()) {
      --link_depth_;
    }
    open_.pop_back();
  }

  void AddText(std::string_view text) {
    size_t before = current_.text.size();
    AppendCollapsed(text, &current_.text);
    if (link_depth_ > 0) current_.link_bytes += current_.text.size() - before;
  }

  // Ends the current block; its owner is the innermost open block element.
  void Flush() {
    while (!current_.text.empty() && current_.text.back() == ' ') {
      current_.text.pop_back();
    }
    if (!current_.text.empty()) {
      for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
        if (!it->block) continue;
        current_.owner = it->node;
        current_.tag = it->node->v.element.tag;
        break;
      }
      if (!open_.empty()) {
        current_.context = open_.back().context;
        current_.context_node = open_.back().context_node;
        current_.context_from_class = open_.back().context_from_class;
        current_.in_list = open_.back().list;
        current_.in_heading = open_.back().heading;
        current_.in_h1 = open_.back().h1;
      }
      if (current_.link_bytes > current_.text.size()) {
        current_.link_bytes = current_.text.size();
      }
      blocks_.push_back(std::move(current_));
    }
    current_ = Block();
  }

  std::vector<OpenElement> open_;
  std::vector<Block> blocks_;
  Block current_;
  int link_depth_ = 0;
};

}  // namespace

std::vector<Block> CollectBlocks(const GumboNode* root) {
  return Collector().Run(root);
}

}  // namespace corroborate::extract_html
