// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "report/html_timeline.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "report/html_escape.h"
#include "report/source_label.h"

namespace corroborate::report {
namespace {

// Axis geometry in SVG units: fits an 800px page with room for end labels.
constexpr double kAxisWidth = 640;
constexpr double kAxisLeft = 60;
constexpr double kAxisHeight = 64;

// The roots (by index) that carry `article`.
std::set<size_t> RootsOf(const Claim& claim, const std::string& article) {
  std::set<size_t> roots;
  for (size_t i = 0; i < claim.origins.size(); ++i) {
    const auto& carried = claim.origins[i].articles;
    if (std::find(carried.begin(), carried.end(), article) != carried.end()) {
      roots.insert(i);
    }
  }
  return roots;
}

std::string SignalKind(const Article& article, int sentence) {
  std::string kind;
  for (const Signal& s : article.signals) {
    if (s.sentence != sentence) continue;
    if (s.kind == "denied") return "denial";
    if (s.kind == "unconfirmed" || s.kind == "not_officially_confirmed" ||
        s.kind == "no_comment") {
      kind = "unconfirmed";
    }
  }
  return kind;
}

// Sets the kind of each event in order: a root new to the timeline is a
// confirmation (the first one the first report), a known one a repeat.
void ClassifyEvents(const Claim& claim, std::vector<TimelineEvent>* events,
                    const std::map<std::string, std::string>& signal_kind) {
  std::set<size_t> seen;
  bool first = true;
  for (TimelineEvent& e : *events) {
    std::set<size_t> roots = RootsOf(claim, e.article);
    bool fresh = roots.empty();
    for (size_t r : roots) fresh |= seen.insert(r).second;
    auto sig = signal_kind.find(e.article);
    if (sig != signal_kind.end() && !sig->second.empty()) {
      e.kind = sig->second;
    } else if (first) {
      e.kind = "first";  // dated events sort first, so undated only if all are
    } else {
      e.kind = fresh ? "confirmation" : "repeat";
    }
    first = false;
  }
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string AxisSvg(const std::vector<TimelineEvent>& dated) {
  std::vector<long> days;
  for (const TimelineEvent& e : dated) {
    long d = 0;
    DaysFromIsoDate(e.date, &d);
    days.push_back(d);
  }
  long lo = *std::min_element(days.begin(), days.end());
  long hi = *std::max_element(days.begin(), days.end());
  std::string out = "<svg class=\"timeline-axis\" width=\"" +
                    Num(kAxisWidth + 2 * kAxisLeft) + "\" height=\"" +
                    Num(kAxisHeight) + "\"><line x1=\"" + Num(kAxisLeft) +
                    "\" y1=\"30\" x2=\"" + Num(kAxisLeft + kAxisWidth) +
                    "\" y2=\"30\"/>";
  std::map<long, int> stacked;  // events already drawn on a day
  for (size_t i = 0; i < dated.size(); ++i) {
    double x = hi == lo ? kAxisLeft + kAxisWidth / 2
                        : kAxisLeft + kAxisWidth * (days[i] - lo) / (hi - lo);
    double y = 30 - 9 * stacked[days[i]]++;
    out += "<circle class=\"ev " + dated[i].kind + "\" cx=\"" + Num(x) +
           "\" cy=\"" + Num(y) + "\" r=\"6\"><title>" +
           HtmlEscape(dated[i].date + " " + dated[i].outlet + ": " +
                      dated[i].kind) +
           "</title></circle>";
  }
  double first_x = hi == lo ? kAxisLeft + kAxisWidth / 2 : kAxisLeft;
  out += "<text x=\"" + Num(first_x) + "\" y=\"54\" text-anchor=\"middle\">" +
         HtmlEscape(dated.front().date) + "</text>";
  if (hi != lo) {
    out += "<text x=\"" + Num(kAxisLeft + kAxisWidth) +
           "\" y=\"54\" text-anchor=\"middle\">" +
           HtmlEscape(dated.back().date) + "</text>";
  }
  return out + "</svg>";
}

std::string EventItem(const TimelineEvent& e) {
  std::string date = e.date.empty() ? "undated" : e.date;
  if (e.date_inferred) date = "~" + date;
  return "<li class=\"ev-" + e.kind + "\"><span class=\"date\" title=\"" +
         HtmlEscape(e.note) + "\">" + HtmlEscape(date) +
         "</span> <span class=\"kind " + e.kind + "\">" + e.kind +
         "</span> <a href=\"#article-" + HtmlEscape(e.article) +
         "\" data-article=\"" + HtmlEscape(e.article) + "\">" +
         HtmlEscape(e.outlet) + "</a>" +
         (e.source.empty() ? "" : " &middot; " + HtmlEscape(e.source)) +
         "</li>";
}

std::string OutletOf(const Article& art) {
  return !art.site.empty() ? art.site : !art.title.empty() ? art.title : art.id;
}

// Events from corroborate's own timeline (Claim::timeline).
std::vector<TimelineEvent> FromClaimTimeline(const Claim& claim,
                                             const AnalysisIndex& index) {
  static const std::map<std::string, std::string> kKinds = {
      {"first_appearance", "first"},
      {"independent_confirmation", "confirmation"},
      {"denial", "denial"},
      {"dispute", "dispute"}};
  std::vector<TimelineEvent> events;
  for (const TimelineEntry& t : claim.timeline) {
    TimelineEvent e{.article = t.article, .outlet = t.article};
    long unused = 0;
    if (DaysFromIsoDate(t.date, &unused)) e.date = t.date.substr(0, 10);
    auto kind = kKinds.find(t.event);
    e.kind = kind == kKinds.end() ? t.event : kind->second;
    e.date_inferred = t.date_inferred;
    e.note = t.date_note;
    if (const Article* art = index.Find(t.article)) e.outlet = OutletOf(*art);
    if (t.origin >= 0 && t.origin < static_cast<int>(claim.origins.size())) {
      e.source = claim.origins[t.origin].source;
    }
    // The attribution of this event's sentence names the source (when the
    // origin does not) and its role.
    for (const ClaimAttribution& a : claim.attributions) {
      if (a.article != t.article || a.sentence != t.sentence) continue;
      if (e.source.empty()) e.source = a.source;
      if (a.source != e.source) continue;
      e.source = SourceWithRole(a.source, a.source_role);
      break;
    }
    events.push_back(std::move(e));
  }
  std::stable_sort(events.begin(), events.end(), [](auto& x, auto& y) {
    return !x.date.empty() && y.date.empty();
  });
  return events;
}

}  // namespace

bool DaysFromIsoDate(const std::string& date, long* days) {
  int y = 0, m = 0, d = 0;
  if (date.size() < 10 ||
      std::sscanf(date.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) {
    return false;
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  // Howard Hinnant's days_from_civil.
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  *days = era * 146097 + doe - 719468;
  return true;
}

std::vector<TimelineEvent> BuildTimeline(const Claim& claim,
                                         const AnalysisIndex& index) {
  if (!claim.timeline.empty()) return FromClaimTimeline(claim, index);
  std::vector<TimelineEvent> events;
  std::map<std::string, std::string> signal_kind;
  for (const ClaimAttribution& a : claim.attributions) {
    if (signal_kind.count(a.article)) continue;  // one event per article
    TimelineEvent e{.article = a.article,
                    .outlet = a.article,
                    .source = SourceWithRole(a.source, a.source_role)};
    signal_kind[a.article] = "";
    if (const Article* found = index.Find(a.article)) {
      const Article& art = *found;
      long unused = 0;
      if (DaysFromIsoDate(art.date, &unused)) e.date = art.date.substr(0, 10);
      e.outlet = !art.site.empty()    ? art.site
                 : !art.title.empty() ? art.title
                                      : art.id;
      signal_kind[a.article] = SignalKind(art, a.sentence);
    }
    events.push_back(std::move(e));
  }
  std::stable_sort(events.begin(), events.end(), [](auto& x, auto& y) {
    if (x.date.empty() != y.date.empty()) return y.date.empty();
    return x.date < y.date;
  });
  ClassifyEvents(claim, &events, signal_kind);
  return events;
}

std::string TimelineHtml(const std::vector<TimelineEvent>& events) {
  std::vector<TimelineEvent> dated;
  std::string undated;
  for (const TimelineEvent& e : events) {
    if (e.date.empty()) {
      undated += EventItem(e);
    } else {
      dated.push_back(e);
    }
  }
  std::string out = "<div class=\"timeline\">";
  if (!dated.empty()) {
    out += AxisSvg(dated) + "<ol class=\"events\">";
    for (const TimelineEvent& e : dated) out += EventItem(e);
    out += "</ol>";
  }
  if (!undated.empty()) {
    out +=
        "<p class=\"undated-head\">Undated</p><ul class=\"events "
        "undated\">" +
        undated + "</ul>";
  }
  return out + "</div>";
}

}  // namespace corroborate::report
