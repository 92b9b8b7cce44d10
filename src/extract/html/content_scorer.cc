// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "extract/html/content_scorer.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "extract/html/class_hints.h"
#include "extract/html/dom_text.h"

namespace corroborate::extract_html {
namespace {

// Readability.js constants (Readability.js 0.6.0, _grabArticle).
constexpr size_t kMinParagraphBytes = 25;  // shorter paragraphs score nothing
constexpr int kAncestorLevels = 5;         // levels a paragraph's score reaches
constexpr int kTopCandidates = 5;          // runners-up examined for climbing
constexpr double kRunnerUpRatio = 0.75;    // "close enough" runner-up
constexpr int kMinRunnersUp = 3;           // runners-up needed to climb
// Upward walks for text statistics stop here. Real pages nest their text
// at most ~40 elements deep (the corpus pages); deeper chains only appear
// in hostile input, where capping keeps the walk linear.
constexpr int kMaxStatDepth = 64;

struct NodeStats {
  size_t text_bytes = 0;
  size_t link_bytes = 0;
  double score = 0;
  bool candidate = false;
};

using StatsMap = std::unordered_map<const GumboNode*, NodeStats>;

const GumboNode* Parent(const GumboNode* node) {
  const GumboNode* parent = node->parent;
  if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT) return nullptr;
  return parent;
}

double LinkDensity(const NodeStats& stats) {
  if (stats.text_bytes == 0) return 0;
  return static_cast<double>(stats.link_bytes) / stats.text_bytes;
}

// Readability.js _initializeNode: a starting score by tag, plus class weight.
double InitialScore(const GumboNode* node) {
  double score = ClassWeight(node);
  switch (node->v.element.tag) {
    case GUMBO_TAG_DIV:
      score += 5;
      break;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
      score += 3;
      break;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
      score -= 3;
      break;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
      score -= 5;
      break;
    default:
      break;
  }
  return score;
}

bool IsParagraphLike(GumboTag tag) {
  return tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TD ||
         tag == GUMBO_TAG_BLOCKQUOTE;
}

// Non-overlapping occurrences of `needle` in `text`.
int Occurrences(std::string_view text, std::string_view needle) {
  int count = 0;
  for (size_t at = text.find(needle); at != std::string_view::npos;
       at = text.find(needle, at + needle.size())) {
    ++count;
  }
  return count;
}

// Counts commas, including the CJK ideographic ones. Searched for (memchr
// on each first byte) rather than compared at every byte.
int CommaCount(std::string_view text) {
  return Occurrences(text, ",") + Occurrences(text, "\xEF\xBC\x8C") +  // U+FF0C
         Occurrences(text, "\xE3\x80\x81");                            // U+3001
}

void AddTextStats(const std::vector<Block>& blocks, StatsMap* stats) {
  for (const Block& block : blocks) {
    int depth = 0;
    for (const GumboNode* node = block.owner;
         node != nullptr && depth < kMaxStatDepth;
         node = Parent(node), ++depth) {
      NodeStats& entry = (*stats)[node];
      entry.text_bytes += block.text.size();
      entry.link_bytes += block.link_bytes;
    }
  }
}

void ScoreParagraphs(const std::vector<Block>& blocks,
                     bool ignore_class_contexts, StatsMap* stats) {
  for (const Block& block : blocks) {
    bool furniture = block.context != BoilerplateReason::kNone &&
                     !(ignore_class_contexts && block.context_from_class);
    if (block.owner == nullptr || furniture || block.in_heading ||
        block.text.size() < kMinParagraphBytes) {
      continue;
    }
    double points = 1 + CommaCount(block.text) +
                    std::min<double>(block.text.size() / 100, 3);
    // A div's own text is a paragraph Readability would wrap in a <p>, so
    // the div itself is its first ancestor.
    const GumboNode* node =
        IsParagraphLike(block.tag) ? Parent(block.owner) : block.owner;
    for (int level = 0; node != nullptr && level < kAncestorLevels;
         ++level, node = Parent(node)) {
      NodeStats& entry = (*stats)[node];
      if (!entry.candidate) {
        entry.candidate = true;
        entry.score = InitialScore(node);
      }
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      entry.score += points / divider;
    }
  }
  for (auto& [node, entry] : *stats) {
    if (entry.candidate) entry.score *= 1 - LinkDensity(entry);
  }
}

bool IsAncestor(const GumboNode* ancestor, const GumboNode* node) {
  for (; node != nullptr; node = Parent(node)) {
    if (node == ancestor) return true;
  }
  return false;
}

// Readability's climbing: to a shared ancestor of close runners-up, then to
// a parent that scores higher, then past wrappers with a single child.
const GumboNode* ClimbToSharedAncestor(const GumboNode* top, StatsMap& stats) {
  double top_score = stats[top].score;
  if (top_score <= 0) return top;
  std::vector<std::pair<double, const GumboNode*>> ranked;
  for (const auto& [node, entry] : stats) {
    if (entry.candidate) ranked.emplace_back(entry.score, node);
  }
  std::sort(ranked.rbegin(), ranked.rend());
  std::vector<const GumboNode*> runners_up;
  for (int i = 1; i < static_cast<int>(ranked.size()) && i < kTopCandidates;
       ++i) {
    if (ranked[i].first / top_score >= kRunnerUpRatio) {
      runners_up.push_back(ranked[i].second);
    }
  }
  if (static_cast<int>(runners_up.size()) >= kMinRunnersUp) {
    for (const GumboNode* parent = Parent(top);
         parent != nullptr && !IsElement(parent, GUMBO_TAG_BODY);
         parent = Parent(parent)) {
      int shared = 0;
      for (const GumboNode* other : runners_up) {
        if (IsAncestor(parent, other)) ++shared;
      }
      if (shared >= kMinRunnersUp) return parent;
    }
  }
  return top;
}

const GumboNode* Climb(const GumboNode* top, StatsMap& stats) {
  top = ClimbToSharedAncestor(top, stats);
  double last_score = stats[top].score;
  for (const GumboNode* parent = Parent(top);
       parent != nullptr && !IsElement(parent, GUMBO_TAG_BODY);
       parent = Parent(parent)) {
    auto it = stats.find(parent);
    if (it == stats.end() || !it->second.candidate) continue;
    if (it->second.score < last_score / 3) break;
    if (it->second.score > last_score) {
      top = parent;
      break;
    }
    last_score = it->second.score;
  }
  while (Parent(top) != nullptr && !IsElement(Parent(top), GUMBO_TAG_BODY) &&
         Parent(top)->v.element.children.length == 1) {
    top = Parent(top);
  }
  return top;
}

// Readability's sibling merge: siblings of `top` that score at least a fifth
// of it (10 at least), or paragraphs that read as prose.
std::unordered_set<const GumboNode*> MergeSiblings(const GumboNode* top,
                                                   StatsMap& stats) {
  std::unordered_set<const GumboNode*> roots = {top};
  const GumboNode* parent = Parent(top);
  if (parent == nullptr) return roots;
  double top_score = stats[top].score;
  double threshold = std::max(10.0, top_score * 0.2);
  std::string_view top_class = Attribute(top, "class");
  const GumboVector& children = parent->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    auto* sibling = static_cast<const GumboNode*>(children.data[i]);
    if (sibling == top || sibling->type != GUMBO_NODE_ELEMENT) continue;
    auto it = stats.find(sibling);
    if (it == stats.end()) continue;
    const NodeStats& entry = it->second;
    double bonus =
        !top_class.empty() && Attribute(sibling, "class") == top_class
            ? top_score * 0.2
            : 0;
    bool append = entry.candidate && entry.score + bonus >= threshold;
    if (!append && IsElement(sibling, GUMBO_TAG_P)) {
      double density = LinkDensity(entry);
      std::string text = NodeText(sibling);
      append = (text.size() > 80 && density < 0.25) ||
               (text.size() <= 80 && density == 0 &&
                text.find(". ") != std::string::npos);
    }
    if (append) roots.insert(sibling);
  }
  return roots;
}

}  // namespace

std::vector<bool> SelectContent(std::vector<Block>* blocks,
                                bool ignore_class_contexts) {
  StatsMap stats;
  AddTextStats(*blocks, &stats);
  ScoreParagraphs(*blocks, ignore_class_contexts, &stats);
  const GumboNode* top = nullptr;
  double best = 0;
  for (const auto& [node, entry] : stats) {
    if (entry.candidate && (top == nullptr || entry.score > best)) {
      top = node;
      best = entry.score;
    }
  }
  if (top == nullptr) return std::vector<bool>(blocks->size(), true);
  top = Climb(top, stats);
  std::unordered_set<const GumboNode*> roots = MergeSiblings(top, stats);
  std::unordered_map<const GumboNode*, bool> inside;
  auto is_inside = [&](const GumboNode* start) {
    auto it = inside.find(start);
    if (it != inside.end()) return it->second;
    bool found = false;
    for (const GumboNode* node = start; node != nullptr && !found;
         node = Parent(node)) {
      found = roots.count(node) > 0;
    }
    inside.emplace(start, found);
    return found;
  };
  std::vector<bool> result;
  result.reserve(blocks->size());
  for (Block& block : *blocks) {
    result.push_back(is_inside(block.owner));
    if (result.back() && block.context_node != nullptr &&
        !is_inside(block.context_node)) {
      block.context = BoilerplateReason::kNone;
    }
  }
  return result;
}

}  // namespace corroborate::extract_html
