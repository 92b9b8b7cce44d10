// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The source graph of one claim, laid out in three columns and drawn as SVG:
//
//   outlets (articles carrying the claim) -> sources they attribute it to
//   -> roots (the claim's independent origins)
//
// Copy edges (Analysis::reuse between two of the claim's articles) are drawn
// dashed between outlets; anonymous sources and roots are marked. The layout
// is computed here so the page needs no script to show it.

#pragma once

#include <string>
#include <vector>

#include "corroborate/article.h"

#include "report/html_index.h"

namespace corroborate::report {

struct GraphNode {
  int layer = 0;           // 0 outlet, 1 source, 2 root
  std::string key;         // unique within the graph
  std::string label;       // as shown (not escaped)
  std::string tooltip;     // longer text (not escaped)
  bool anonymous = false;  // an unnamed party
  double x = 0, y = 0;     // top-left corner, SVG user units
};

struct GraphEdge {
  int from = 0;  // index into SourceGraph::nodes
  int to = 0;
  bool copy = false;  // text reuse between two outlets (drawn dashed)
};

struct SourceGraph {
  std::vector<GraphNode> nodes;
  std::vector<GraphEdge> edges;
  double width = 0, height = 0;
};

// Builds and lays out the graph of `claim`; articles and reuse come from
// `index`, and those the claim does not name are ignored.
SourceGraph BuildSourceGraph(const Claim& claim, const AnalysisIndex& index);

// Draws `graph` as an inline <svg> element; every label is escaped.
std::string SourceGraphSvg(const SourceGraph& graph);

}  // namespace corroborate::report
