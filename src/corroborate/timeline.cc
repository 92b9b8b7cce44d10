// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/timeline.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <tuple>

#include "corroborate/date_anchor.h"

namespace corroborate::corroborate {
namespace {

struct Candidate {
  TimelineEntry entry;
  int position = 0;  // the article's place in the story, earliest first
};

// Undated entries sort after dated ones, then by the story's order.
bool Earlier(const Candidate& a, const Candidate& b) {
  const bool a_dated = !a.entry.date.empty(), b_dated = !b.entry.date.empty();
  return std::tuple(!a_dated, a.entry.date, a.position, a.entry.sentence) <
         std::tuple(!b_dated, b.entry.date, b.position, b.entry.sentence);
}

// The words that date the statement: an attributed sentence without its
// content ("X said on Tuesday that <content>"), since a date inside the
// content ("a strike last week") dates the event, not when it was said.
std::string StatementText(const ClaimAttribution& ca, const Article& article) {
  if (ca.source.empty()) return ca.text;
  for (const Attribution& a : article.attributions) {
    if (a.sentence != ca.sentence || a.source != ca.source || a.cue != ca.cue)
      continue;
    const size_t at =
        a.content.empty() ? std::string::npos : ca.text.find(a.content);
    if (at == std::string::npos) break;
    return ca.text.substr(0, at) + " " + ca.text.substr(at + a.content.size());
  }
  return ca.text;
}

Candidate MakeCandidate(const ClaimAttribution& ca, const Article& article,
                        int position) {
  Candidate c;
  c.position = position;
  const AnchoredDate date =
      AnchorDate(StatementText(ca, article), article.date);
  c.entry.date = date.date;
  c.entry.date_inferred = date.inferred;
  c.entry.date_note = date.note;
  c.entry.article = ca.article;
  c.entry.sentence = ca.sentence;
  c.entry.origin = ca.origin;
  return c;
}

}  // namespace

std::vector<TimelineEntry> BuildTimeline(const Claim& claim,
                                         const std::vector<Article>& articles,
                                         const std::vector<int>& story) {
  std::map<std::string, int> position;  // article id -> place in the story
  for (size_t i = 0; i < story.size(); ++i)
    position.emplace(articles[story[i]].id, static_cast<int>(i));
  std::map<int, Candidate> first_of_root;  // origin -> earliest carrier
  std::vector<Candidate> events;           // denials and disputes
  std::optional<Candidate> first;          // earliest carrier of all
  for (const ClaimAttribution& ca : claim.attributions) {
    auto it = position.find(ca.article);
    if (it == position.end()) continue;
    const Candidate c =
        MakeCandidate(ca, articles[story[it->second]], it->second);
    if (!first || Earlier(c, *first)) first = c;
    if (ca.role == "denial" || ca.role == "dispute") {
      events.push_back(c);
      events.back().entry.event = ca.role;
    } else if (ca.origin >= 0) {
      auto [root, inserted] = first_of_root.emplace(ca.origin, c);
      if (!inserted && Earlier(c, root->second)) root->second = c;
    }
  }
  std::vector<Candidate> roots;
  for (auto& [origin, c] : first_of_root) roots.push_back(c);
  std::sort(roots.begin(), roots.end(), Earlier);
  for (size_t i = 0; i < roots.size(); ++i)
    roots[i].entry.event =
        i == 0 ? "first_appearance" : "independent_confirmation";
  if (roots.empty() && first) {
    roots.push_back(*first);  // no root: when it first appeared, from no one
    roots.back().entry.event = "first_appearance";
    roots.back().entry.origin = -1;
  }
  // The first appearance stays first; later roots, denials and disputes
  // follow in date order.
  roots.insert(roots.end(), events.begin(), events.end());
  if (!roots.empty()) std::stable_sort(roots.begin() + 1, roots.end(), Earlier);
  std::vector<TimelineEntry> out;
  for (Candidate& c : roots) out.push_back(std::move(c.entry));
  return out;
}

}  // namespace corroborate::corroborate
