// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "attribution_scorer.h"

#include <algorithm>
#include <cstdio>

namespace corroborate::bench {
namespace {

using Unit = std::vector<Span>;

bool Overlaps(const Unit& a, const Unit& b) {
  for (const Span& x : a) {
    for (const Span& y : b) {
      if (x.begin < y.end && y.begin < x.end) return true;
    }
  }
  return false;
}

bool Matches(const Unit& a, const Unit& b, bool exact) {
  return exact ? a == b : Overlaps(a, b);
}

// The distinct non-empty units of one role.
std::vector<Unit> Units(const std::vector<SpanAttribution>& attributions,
                        Unit SpanAttribution::*role) {
  std::vector<Unit> units;
  for (const SpanAttribution& a : attributions) {
    Unit unit = a.*role;
    if (unit.empty()) continue;
    std::sort(unit.begin(), unit.end(), [](const Span& x, const Span& y) {
      return x.begin < y.begin || (x.begin == y.begin && x.end < y.end);
    });
    if (std::find(units.begin(), units.end(), unit) == units.end())
      units.push_back(std::move(unit));
  }
  return units;
}

// Counts `from` units that match some unit of `to`.
int Hits(const std::vector<Unit>& from, const std::vector<Unit>& to,
         bool exact) {
  int hits = 0;
  for (const Unit& f : from) {
    hits += std::any_of(to.begin(), to.end(),
                        [&](const Unit& t) { return Matches(f, t, exact); })
                ? 1
                : 0;
  }
  return hits;
}

Counts RoleCounts(const std::vector<SpanAttribution>& gold,
                  const std::vector<SpanAttribution>& predicted,
                  Unit SpanAttribution::*role, bool exact) {
  std::vector<Unit> g = Units(gold, role), p = Units(predicted, role);
  Counts c;
  c.gold = static_cast<int>(g.size());
  c.predicted = static_cast<int>(p.size());
  c.gold_hits = Hits(g, p, exact);
  c.predicted_hits = Hits(p, g, exact);
  return c;
}

// Source and content both match; an empty gold source wants an empty one.
bool SameAttribution(const SpanAttribution& a, const SpanAttribution& b,
                     bool exact) {
  bool source = a.source.empty() || b.source.empty()
                    ? a.source.empty() && b.source.empty()
                    : Matches(a.source, b.source, exact);
  return source && Matches(a.content, b.content, exact);
}

Counts AttributionCounts(const std::vector<SpanAttribution>& gold,
                         const std::vector<SpanAttribution>& predicted,
                         bool exact) {
  Counts c;
  c.gold = static_cast<int>(gold.size());
  c.predicted = static_cast<int>(predicted.size());
  for (const SpanAttribution& g : gold) {
    c.gold_hits += std::any_of(predicted.begin(), predicted.end(),
                               [&](const SpanAttribution& p) {
                                 return SameAttribution(g, p, exact);
                               })
                       ? 1
                       : 0;
  }
  for (const SpanAttribution& p : predicted) {
    c.predicted_hits += std::any_of(gold.begin(), gold.end(),
                                    [&](const SpanAttribution& g) {
                                      return SameAttribution(g, p, exact);
                                    })
                            ? 1
                            : 0;
  }
  return c;
}

std::vector<Span> ParseSpans(const nlohmann::json& object, const char* key) {
  std::vector<Span> spans;
  auto it = object.find(key);
  if (it == object.end() || !it->is_array()) return spans;
  for (const nlohmann::json& pair : *it) {
    if (!pair.is_array() || pair.size() != 2 || !pair[0].is_number_unsigned() ||
        !pair[1].is_number_unsigned())
      continue;
    Span span{pair[0].get<size_t>(), pair[1].get<size_t>()};
    if (span.begin < span.end) spans.push_back(span);
  }
  return spans;
}

void AppendRow(const char* role, const char* match, const Counts& c,
               std::string* out) {
  char line[128];
  std::snprintf(line, sizeof line, "%-12s %-8s %6.3f %6.3f %6.3f %6d %6d\n",
                role, match, c.Precision(), c.Recall(), c.F1(), c.predicted,
                c.gold);
  *out += line;
}

}  // namespace

void Counts::Add(const Counts& other) {
  predicted += other.predicted;
  predicted_hits += other.predicted_hits;
  gold += other.gold;
  gold_hits += other.gold_hits;
}

double Counts::Precision() const {
  return predicted == 0 ? 0 : static_cast<double>(predicted_hits) / predicted;
}

double Counts::Recall() const {
  return gold == 0 ? 0 : static_cast<double>(gold_hits) / gold;
}

double Counts::F1() const {
  double p = Precision(), r = Recall();
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

void Scores::Add(const Scores& other) {
  for (auto [mine, theirs] :
       {std::pair{&source, &other.source}, std::pair{&cue, &other.cue},
        std::pair{&content, &other.content},
        std::pair{&attribution, &other.attribution}}) {
    mine->exact.Add(theirs->exact);
    mine->partial.Add(theirs->partial);
  }
}

Scores ScoreDocument(const std::vector<SpanAttribution>& gold,
                     const std::vector<SpanAttribution>& predicted) {
  Scores s;
  for (bool exact : {true, false}) {
    auto pick = [exact](MatchCounts* m) {
      return exact ? &m->exact : &m->partial;
    };
    *pick(&s.source) =
        RoleCounts(gold, predicted, &SpanAttribution::source, exact);
    *pick(&s.cue) = RoleCounts(gold, predicted, &SpanAttribution::cue, exact);
    *pick(&s.content) =
        RoleCounts(gold, predicted, &SpanAttribution::content, exact);
    *pick(&s.attribution) = AttributionCounts(gold, predicted, exact);
  }
  return s;
}

std::vector<SpanAttribution> ParseAttributions(const nlohmann::json& array) {
  std::vector<SpanAttribution> out;
  if (!array.is_array()) return out;
  for (const nlohmann::json& a : array) {
    if (!a.is_object()) continue;
    out.push_back({ParseSpans(a, "source"), ParseSpans(a, "cue"),
                   ParseSpans(a, "content")});
  }
  return out;
}

std::string FormatTable(const Scores& s) {
  std::string out = "role         match        P      R     F1   pred   gold\n";
  for (auto [name, m] :
       {std::pair{"source", &s.source}, std::pair{"cue", &s.cue},
        std::pair{"content", &s.content},
        std::pair{"attribution", &s.attribution}}) {
    AppendRow(name, "exact", m->exact, &out);
    AppendRow(name, "partial", m->partial, &out);
  }
  return out;
}

}  // namespace corroborate::bench
