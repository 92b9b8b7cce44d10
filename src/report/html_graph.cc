// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "report/html_graph.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "report/html_escape.h"
#include "report/source_label.h"
#include "util/text.h"

namespace corroborate::report {
namespace {

// Geometry in SVG user units, chosen so a 25-character label fits a box at
// the 12px font of html_style.css, and three columns fit an 800px page.
constexpr double kNodeWidth = 190;
constexpr double kNodeHeight = 26;
constexpr double kColumnGap = 90;
constexpr double kRowGap = 12;
constexpr double kMarginTop = 30;   // room for the column headings
constexpr double kMarginLeft = 40;  // room for copy arcs left of outlets
constexpr size_t kMaxLabelChars = 25;

// Cuts `text` to at most `max_chars` code points, adding an ellipsis.
std::string Shorten(const std::string& text, size_t max_chars) {
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (++chars > max_chars) return text.substr(0, i) + "\u2026";
  }
  return text;
}

class GraphBuilder {
 public:
  int Node(int layer, const std::string& key, const std::string& label,
           const std::string& tooltip, bool anonymous) {
    auto [it, added] = index_.emplace(key, graph_.nodes.size());
    if (added) {
      // An anonymous node's label is drawn after a "? " marker.
      size_t room = anonymous ? kMaxLabelChars - 2 : kMaxLabelChars;
      graph_.nodes.push_back(
          {layer, key, Shorten(label, room), tooltip, anonymous});
    }
    return static_cast<int>(it->second);
  }
  int Find(const std::string& key) const {
    auto it = index_.find(key);
    return it == index_.end() ? -1 : static_cast<int>(it->second);
  }
  void Edge(int from, int to, bool copy) {
    if (from < 0 || to < 0 || from == to) return;
    if (edge_set_.insert({from, to}).second) {
      graph_.edges.push_back({from, to, copy});
    }
  }
  SourceGraph& graph() { return graph_; }

 private:
  SourceGraph graph_;
  std::map<std::string, size_t> index_;
  std::set<std::pair<int, int>> edge_set_;
};

std::string OutletLabel(const Article& article) {
  if (!article.site.empty()) return article.site;
  if (!article.title.empty()) return article.title;
  return article.id;
}

std::string SourceKey(const std::string& name) {
  return "s:" + util::FoldCase(name);
}

bool SameName(const std::string& a, const std::string& b) {
  return !a.empty() && util::FoldCase(a) == util::FoldCase(b);
}

void AddOutletsAndSources(const Claim& claim, const AnalysisIndex& index,
                          GraphBuilder* g) {
  for (const std::string& id : claim.articles) {
    const Article* article = index.Find(id);
    std::string label = article ? OutletLabel(*article) : id;
    std::string tip = article ? id + ": " + article->title : id;
    g->Node(0, "a:" + id, label, tip, false);
  }
  for (const ClaimAttribution& a : claim.attributions) {
    int outlet = g->Node(0, "a:" + a.article, a.article, a.article, false);
    if (a.source.empty()) continue;
    bool anonymous = a.anonymous && a.via.empty();
    // The tooltip: "Benjamin Netanyahu, Prime Minister (said)".
    std::string tip = SourceWithRole(a.source, a.source_role);
    if (!a.cue.empty()) tip += " (" + a.cue + ")";
    int source = g->Node(1, SourceKey(a.source), a.source, tip, anonymous);
    g->Edge(outlet, source, false);
  }
}

// The node an attribution leads from: its source, else (unattributed) its
// outlet.
int FromNode(const ClaimAttribution& a, const GraphBuilder& g) {
  int source = a.source.empty() ? -1 : g.Find(SourceKey(a.source));
  return source >= 0 ? source : g.Find("a:" + a.article);
}

// Joins an origin to the sources (or, for unattributed text, the outlets)
// of the articles carrying it when corroborate did not say which attribution
// leads to which root (ClaimAttribution::origin == -1): by name where a
// source names the root, else from every source of the article.
void GuessRootEdges(const Claim& claim, size_t index, int root,
                    GraphBuilder* g) {
  const Origin& o = claim.origins[index];
  for (const std::string& article : o.articles) {
    bool named = false;
    std::vector<int> from;
    for (const ClaimAttribution& a : claim.attributions) {
      if (a.article != article || a.origin >= 0) continue;
      bool match = SameName(a.source, o.source) || SameName(a.source, o.via) ||
                   SameName(a.via, o.via);
      if (match && !a.source.empty()) {
        g->Edge(FromNode(a, *g), root, false);
        named = true;
      }
      from.push_back(FromNode(a, *g));
    }
    if (named) continue;
    if (from.empty()) from.push_back(g->Find("a:" + article));
    for (int node : from) g->Edge(node, root, false);
  }
}

void AddRoots(const Claim& claim, GraphBuilder* g) {
  bool resolved = false;
  for (const ClaimAttribution& a : claim.attributions) {
    resolved |= a.origin >= 0;
  }
  for (size_t i = 0; i < claim.origins.size(); ++i) {
    const Origin& o = claim.origins[i];
    std::string label = o.via.empty() ? o.source : o.source + " / " + o.via;
    if (label.empty()) label = "(unattributed)";
    std::string tip = o.via.empty() ? label : o.source + " citing " + o.via;
    if (!o.independence.empty()) tip += " \u2014 " + o.independence;
    int root = g->Node(2, "r:" + std::to_string(i), label, tip, o.anonymous);
    if (!resolved) GuessRootEdges(claim, i, root, g);
  }
  for (const ClaimAttribution& a : claim.attributions) {
    if (a.origin < 0 || a.origin >= static_cast<int>(claim.origins.size())) {
      continue;
    }
    g->Edge(FromNode(a, *g), g->Find("r:" + std::to_string(a.origin)), false);
  }
}

// Orders each column by the mean row of the nodes feeding it (the
// barycentre heuristic), which keeps most edges from crossing.
void Layout(SourceGraph* graph) {
  std::vector<double> row(graph->nodes.size(), 0);
  std::vector<int> count_in_layer(3, 0);
  for (int layer = 0; layer < 3; ++layer) {
    std::vector<std::pair<double, int>> order;
    for (size_t i = 0; i < graph->nodes.size(); ++i) {
      if (graph->nodes[i].layer != layer) continue;
      double sum = 0;
      int n = 0;
      for (const GraphEdge& e : graph->edges) {
        if (e.to == static_cast<int>(i) && !e.copy &&
            graph->nodes[e.from].layer < layer) {
          sum += row[e.from];
          ++n;
        }
      }
      order.push_back({n ? sum / n : static_cast<double>(order.size()),
                       static_cast<int>(i)});
    }
    std::stable_sort(order.begin(), order.end(),
                     [](auto& a, auto& b) { return a.first < b.first; });
    for (size_t r = 0; r < order.size(); ++r) {
      GraphNode& node = graph->nodes[order[r].second];
      row[order[r].second] = static_cast<double>(r);
      node.x = kMarginLeft + layer * (kNodeWidth + kColumnGap);
      node.y = kMarginTop + r * (kNodeHeight + kRowGap);
    }
    count_in_layer[layer] = static_cast<int>(order.size());
  }
  int rows = *std::max_element(count_in_layer.begin(), count_in_layer.end());
  graph->width = kMarginLeft + 3 * kNodeWidth + 2 * kColumnGap + 10;
  graph->height = kMarginTop + std::max(rows, 1) * (kNodeHeight + kRowGap);
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string EdgePath(const GraphNode& a, const GraphNode& b, bool copy) {
  double ay = a.y + kNodeHeight / 2, by = b.y + kNodeHeight / 2;
  if (copy) {  // an arc left of the outlet column
    double bend = a.x - 30 - std::abs(by - ay) * 0.1;
    return "M" + Num(a.x) + "," + Num(ay) + " C" + Num(bend) + "," + Num(ay) +
           " " + Num(bend) + "," + Num(by) + " " + Num(b.x) + "," + Num(by);
  }
  double ax = a.x + kNodeWidth, bx = b.x, mid = (ax + bx) / 2;
  return "M" + Num(ax) + "," + Num(ay) + " C" + Num(mid) + "," + Num(ay) + " " +
         Num(mid) + "," + Num(by) + " " + Num(bx) + "," + Num(by);
}

std::string NodeSvg(const GraphNode& n) {
  static const char* kClass[] = {"outlet", "source", "root"};
  std::string cls =
      std::string("node ") + kClass[n.layer] + (n.anonymous ? " anon" : "");
  std::string out = "<g class=\"" + cls + "\"><title>" + HtmlEscape(n.tooltip) +
                    "</title><rect x=\"" + Num(n.x) + "\" y=\"" + Num(n.y) +
                    "\" width=\"" + Num(kNodeWidth) + "\" height=\"" +
                    Num(kNodeHeight) + "\" rx=\"5\"/>";
  out += "<text x=\"" + Num(n.x + 8) + "\" y=\"" + Num(n.y + 17) + "\">" +
         (n.anonymous ? "? " : "") + HtmlEscape(n.label) + "</text></g>";
  return out;
}

}  // namespace

SourceGraph BuildSourceGraph(const Claim& claim, const AnalysisIndex& index) {
  GraphBuilder g;
  AddOutletsAndSources(claim, index, &g);
  AddRoots(claim, &g);
  for (const std::string& from : claim.articles) {
    for (const std::string& to : index.CopiesOf(from)) {
      g.Edge(g.Find("a:" + from), g.Find("a:" + to), true);
    }
  }
  Layout(&g.graph());
  return std::move(g.graph());
}

std::string SourceGraphSvg(const SourceGraph& graph) {
  std::string out =
      "<svg class=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" "
      "width=\"" +
      Num(graph.width) + "\" height=\"" + Num(graph.height) +
      "\" viewBox=\"0 0 " + Num(graph.width) + " " + Num(graph.height) +
      "\" role=\"img\" aria-label=\"source graph\">";
  out +=
      "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" "
      "refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">"
      "<path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>";
  static const char* kHeading[] = {"Outlets", "Sources", "Roots"};
  for (int layer = 0; layer < 3; ++layer) {
    out += "<text class=\"col\" x=\"" +
           Num(kMarginLeft + layer * (kNodeWidth + kColumnGap)) +
           "\" y=\"16\">" + kHeading[layer] + "</text>";
  }
  for (const GraphEdge& e : graph.edges) {
    out += "<path class=\"edge" + std::string(e.copy ? " copy" : "") +
           "\" d=\"" +
           EdgePath(graph.nodes[e.from], graph.nodes[e.to], e.copy) +
           "\" marker-end=\"url(#arrow)\"/>";
  }
  for (const GraphNode& n : graph.nodes) out += NodeSvg(n);
  return out + "</svg>";
}

}  // namespace corroborate::report
