// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "link/event_days.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <string>

#include "link/event_terms.h"
#include "util/text.h"

namespace corroborate::link {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

// Weekday names in the order of std::chrono::weekday::c_encoding().
constexpr std::array<std::string_view, 7> kWeekdays = {
    "sunday",   "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday"};

// Month names and their usual news abbreviations, January first.
constexpr std::array<std::array<std::string_view, 3>, 12> kMonths = {{
    {"january", "jan", ""},
    {"february", "feb", ""},
    {"march", "mar", ""},
    {"april", "apr", ""},
    {"may", "", ""},
    {"june", "jun", ""},
    {"july", "jul", ""},
    {"august", "aug", ""},
    {"september", "sept", "sep"},
    {"october", "oct", ""},
    {"november", "nov", ""},
    {"december", "dec", ""},
}};

// "tuesday's" -> "tuesday".
std::string_view Bare(std::string_view word) {
  if (word.size() > 2 && word.substr(word.size() - 2) == "'s")
    word.remove_suffix(2);
  return word;
}

int WeekdayOf(std::string_view word) {
  for (size_t i = 0; i < kWeekdays.size(); ++i)
    if (word == kWeekdays[i]) return static_cast<int>(i);
  return -1;
}

int MonthOf(std::string_view word) {
  for (size_t i = 0; i < kMonths.size(); ++i) {
    for (std::string_view name : kMonths[i])
      if (!name.empty() && word == name) return static_cast<int>(i) + 1;
  }
  return 0;
}

// The day of month `word` names (1-31), else 0.
unsigned DayOfMonth(std::string_view word) {
  if (word.empty() || word.size() > 2 ||
      !std::all_of(word.begin(), word.end(),
                   [](char c) { return c >= '0' && c <= '9'; })) {
    return 0;
  }
  const int d = std::atoi(std::string(word).c_str());
  return d >= 1 && d <= 31 ? static_cast<unsigned>(d) : 0;
}

// The day words[i] (with its neighbours) names, or -1.
long DayAt(const std::vector<std::string>& words, size_t i, sys_days pub) {
  const std::string_view w = Bare(words[i]);
  // Both arms are string_views: with `words[i + 1] : ""` the conditional
  // would copy into a temporary std::string that dies at the semicolon.
  const std::string_view next = i + 1 < words.size()
                                    ? std::string_view(words[i + 1])
                                    : std::string_view();
  const long today = pub.time_since_epoch().count();
  if (w == "yesterday" || (w == "last" && next == "night")) return today - 1;
  if (w == "today" || w == "tonight" || (w == "this" && next == "morning"))
    return today;
  if (const int wd = WeekdayOf(w); wd >= 0) {
    const unsigned pub_wd = std::chrono::weekday{pub}.c_encoding();
    return today -
           static_cast<long>((pub_wd + 7 - static_cast<unsigned>(wd)) % 7);
  }
  if (const int month = MonthOf(w); month > 0) {
    const unsigned d = DayOfMonth(next);
    if (d == 0) return -1;
    const std::chrono::year_month_day ymd{
        std::chrono::year_month_day{pub}.year(),
        std::chrono::month{static_cast<unsigned>(month)}, std::chrono::day{d}};
    return ymd.ok() ? sys_days{ymd}.time_since_epoch().count() : -1;
  }
  return -1;
}

bool RepeatsTitle(const std::string& paragraph, const std::string& title) {
  auto key = [](const std::string& text) {
    std::string joined;
    for (const std::string& w : util::FoldedWords(text)) joined += w + " ";
    return joined;
  };
  return key(paragraph) == key(title);
}

}  // namespace

std::vector<long> ReferencedDays(std::string_view text, long publication_day) {
  std::vector<long> out;
  if (publication_day < 0) return out;
  const sys_days pub{days{publication_day}};
  const std::vector<std::string> words = util::FoldedWords(text);
  for (size_t i = 0; i < words.size(); ++i) {
    const long day = DayAt(words, i, pub);
    if (day >= 0 && std::find(out.begin(), out.end(), day) == out.end())
      out.push_back(day);
  }
  return out;
}

std::vector<long> LeadEventDays(const Article& article) {
  const long pub = DayNumber(article.date);
  std::vector<long> out = ReferencedDays(article.title, pub);
  if (pub < 0) return out;
  size_t taken = 0;
  for (const Paragraph& p : article.paragraphs) {
    if (taken == kEventDayParagraphs) break;
    if (p.boilerplate || RepeatsTitle(p.text, article.title)) continue;
    for (long d : ReferencedDays(p.text, pub)) out.push_back(d);
    ++taken;
  }
  // Not split into paragraphs: the first sentences stand in.
  for (size_t i = 0; article.paragraphs.empty() &&
                     i < article.sentences.size() && i < kEventDayParagraphs;
       ++i) {
    for (long d : ReferencedDays(article.sentences[i].text, pub))
      out.push_back(d);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace corroborate::link
