// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/source_graph.h"

#include <algorithm>
#include <map>
#include <string>

#include "corroborate/party_rules.h"
#include "corroborate/source_key.h"

#include "util/text.h"

namespace corroborate::corroborate {
namespace {

std::string NodeKind(SourceKind kind, bool anonymous) {
  if (anonymous) return "anonymous";
  if (kind == SourceKind::kOrganization) return "body";
  return std::string(ToString(kind));
}

bool HasAny(const std::string& folded,
            std::initializer_list<const char*> needles) {
  return std::any_of(needles.begin(), needles.end(), [&](const char* n) {
    return folded.find(n) != std::string::npos;
  });
}

// How the article's outlet relates to the party it names.
std::string EdgeKind(const Attribution& a, const std::string& sentence) {
  const std::string cue = util::FoldCase(a.cue);
  const std::string text = util::FoldCase(sentence);
  if (HasAny(text,
             {"declined to comment", "did not comment", "refused to comment",
              "no comment", "did not respond", "declined to confirm"}))
    return "declined_to_comment";
  if (HasAny(cue, {"deni", "deny", "reject", "refut", "dismiss"}) &&
      !HasAny(text, {"not deny", "n't deny", "nor deny"}))
    return "denied";
  if (a.direct_quote && a.via.empty()) return "quoted";
  return "reported";
}

class GraphBuilder {
 public:
  explicit GraphBuilder(const ParaphraseLexicon& lexicon) : lexicon_(lexicon) {}

  // Returns the node id of a party, adding it if new. An anonymous party is
  // keyed by its conduit (`conduit` != "").
  std::string Node(const std::string& name, const std::string& kind,
                   const std::string& conduit = "") {
    std::string key = SourceKey(kind == "anonymous" ? conduit : name, lexicon_);
    if (key.empty()) key = util::FoldCase(name);
    for (size_t i = 0; i < keys_.size(); ++i) {
      const SourceNode& n = graph_.nodes[i];
      if ((n.kind == "anonymous") != (kind == "anonymous")) continue;
      if (!SameSource(keys_[i], key)) continue;
      if (name.size() < n.name.size() && kind != "anonymous")
        graph_.nodes[i].name = name;
      return n.id;
    }
    keys_.push_back(key);
    const std::string id = "n" + std::to_string(graph_.nodes.size() + 1);
    graph_.nodes.push_back({.id = id, .name = name, .kind = kind});
    return id;
  }

  void Edge(const std::string& from, const std::string& to,
            const std::string& kind, const std::string& article, int sentence) {
    for (const SourceEdge& e : graph_.edges) {
      if (e.from == from && e.to == to && e.kind == kind) return;
    }
    graph_.edges.push_back({from, to, kind, article, sentence});
  }

  SourceGraph Take() { return std::move(graph_); }

 private:
  const ParaphraseLexicon& lexicon_;
  SourceGraph graph_;
  std::vector<std::string> keys_;  // SourceKey per node
};

std::string OutletOf(const Article& article) {
  return article.site.empty() ? article.id : article.site;
}

void AddArticle(const Article& article, GraphBuilder* graph) {
  const std::string outlet = graph->Node(OutletOf(article), "outlet");
  for (const Attribution& a : article.attributions) {
    if (a.sentence < 0 ||
        a.sentence >= static_cast<int>(article.sentences.size()))
      continue;
    const std::string& text = article.sentences[a.sentence].text;
    const bool chain = !a.via.empty() && !a.source.empty();
    const std::string outer = a.source.empty() ? a.via : a.source;
    if (outer.empty()) continue;
    const bool outer_anonymous = a.anonymous && !chain;
    // A party that released images or data is an imagery node (rule 1).
    const bool imagery = !chain && !outer_anonymous &&
                         a.source_kind != SourceKind::kOutlet &&
                         PublishedImagery(article, a.sentence, outer);
    const std::string source = graph->Node(
        outer, imagery ? "imagery" : NodeKind(a.source_kind, outer_anonymous),
        outer_anonymous ? OutletOf(article) : "");
    if (source != outlet)
      graph->Edge(outlet, source, EdgeKind(a, text), article.id, a.sentence);
    if (!chain) continue;
    const std::string via = graph->Node(
        a.via, NodeKind(a.via_kind, a.anonymous), a.anonymous ? outer : "");
    graph->Edge(source, via, a.direct_quote ? "quoted" : "cited", article.id,
                a.sentence);
  }
}

}  // namespace

SourceGraph BuildSourceGraph(const std::vector<Article>& articles,
                             const std::vector<int>& story,
                             const std::vector<Reuse>& reuse,
                             const ParaphraseLexicon& lexicon) {
  GraphBuilder graph(lexicon);
  std::map<std::string, const Article*> by_id;
  for (int a : story) {
    by_id.emplace(articles[a].id, &articles[a]);
    AddArticle(articles[a], &graph);
  }
  for (const Reuse& r : reuse) {
    auto from = by_id.find(r.from), to = by_id.find(r.to);
    if (from == by_id.end() || to == by_id.end()) continue;
    graph.Edge(graph.Node(OutletOf(*to->second), "outlet"),
               graph.Node(OutletOf(*from->second), "outlet"),
               "copied_text_from", r.to, -1);
  }
  return graph.Take();
}

}  // namespace corroborate::corroborate
