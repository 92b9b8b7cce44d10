// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Hand-written rather than a library: the references are a handful of
// English phrases, and std::chrono does the calendar arithmetic.

#include "corroborate/date_anchor.h"

#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <optional>

#include "util/text.h"

namespace corroborate::corroborate {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::weekday;
using std::chrono::year_month_day;

std::optional<sys_days> ParseIso(std::string_view text) {
  int y = 0;
  unsigned m = 0, d = 0;
  const std::string head(text.substr(0, 10));
  if (head.size() != 10 ||
      std::sscanf(head.c_str(), "%d-%u-%u", &y, &m, &d) != 3)
    return std::nullopt;
  const year_month_day ymd{std::chrono::year{y}, std::chrono::month{m},
                           std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd};
}

std::string FormatIso(sys_days day) {
  const year_month_day ymd{day};
  char buffer[16];
  std::snprintf(
      buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
      static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

constexpr std::array<const char*, 7> kWeekdays = {
    "sunday",   "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday"};

// The most recent `target` weekday strictly before `anchor`: news copy says
// "on Tuesday" for a day of the past week (a report about today says
// "today"). Same-day references are therefore read as a week earlier only
// when written "last Tuesday".
sys_days WeekdayBefore(sys_days anchor, unsigned target) {
  sys_days day = anchor - days{1};
  while (weekday{day}.c_encoding() != target) day -= days{1};
  return day;
}

struct Relative {
  std::string phrase;
  sys_days day;
};

std::optional<Relative> FindRelative(const std::string& folded,
                                     sys_days anchor) {
  auto has = [&](std::string_view phrase) {
    return folded.find(phrase) != std::string::npos;
  };
  if (has("yesterday")) return Relative{"yesterday", anchor - days{1}};
  if (has("today")) return Relative{"today", anchor};
  if (has("last week")) return Relative{"last week", anchor - days{7}};
  if (has("earlier this week"))
    return Relative{"earlier this week", anchor - days{2}};
  for (unsigned w = 0; w < kWeekdays.size(); ++w) {
    const std::string name = kWeekdays[w];
    const auto pos = folded.find(name);
    if (pos == std::string::npos) continue;
    const bool before = pos == 0 || folded[pos - 1] == ' ';
    const size_t end = pos + name.size();
    const bool after = end == folded.size() ||
                       !std::isalpha(static_cast<unsigned char>(folded[end]));
    if (before && after) return Relative{name, WeekdayBefore(anchor, w)};
  }
  return std::nullopt;
}

}  // namespace

AnchoredDate AnchorDate(std::string_view sentence,
                        std::string_view article_date) {
  AnchoredDate out;
  const std::optional<sys_days> anchor = ParseIso(article_date);
  if (!anchor) {
    out.note = "the article has no date";
    return out;
  }
  out.date = FormatIso(*anchor);
  out.note = "article date";
  const std::string folded = util::FoldCase(std::string(sentence));
  if (const auto relative = FindRelative(folded, *anchor)) {
    out.date = FormatIso(relative->day);
    out.inferred = true;
    out.note = "inferred from \"" + relative->phrase +
               "\" and the article date " + FormatIso(*anchor);
  }
  return out;
}

}  // namespace corroborate::corroborate
