// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "entities/date_finder.h"

#include <cctype>
#include <chrono>
#include <cstdio>
#include <string>

#include "entities/token_scanner.h"
#include "util/text.h"

namespace corroborate::entities {
namespace {

namespace chr = std::chrono;

// A date written without its year more than this many days after the article
// date is taken to be from the previous year ("December 30" in a January
// article): news reports past events, and a week covers announced plans.
constexpr int kFutureSlackDays = 7;

int MonthNumber(const std::string& w) {
  static const char* const kMonths[][4] = {
      {"january", "jan", "enero", ""},
      {"february", "feb", "febrero", ""},
      {"march", "mar", "marzo", ""},
      {"april", "apr", "abril", ""},
      {"may", "may", "mayo", ""},
      {"june", "jun", "junio", ""},
      {"july", "jul", "julio", ""},
      {"august", "aug", "agosto", ""},
      {"september", "sep", "septiembre", "sept"},
      {"october", "oct", "octubre", ""},
      {"november", "nov", "noviembre", ""},
      {"december", "dec", "diciembre", "setiembre"}};
  for (int m = 0; m < 12; ++m) {
    for (const char* name : kMonths[m]) {
      if (*name && w == name) return m + 1;
    }
  }
  return 0;
}

int Weekday(const std::string& w) {  // 0 = Sunday, as chrono::weekday
  static const char* const kDays[][2] = {
      {"sunday", "domingo"},      {"monday", "lunes"},    {"tuesday", "martes"},
      {"wednesday", "miercoles"}, {"thursday", "jueves"}, {"friday", "viernes"},
      {"saturday", "sabado"}};
  for (int d = 0; d < 7; ++d) {
    if (w == kDays[d][0] || w == kDays[d][1]) return d;
  }
  return -1;
}

int Number(const std::string& w, int lo, int hi) {
  std::string digits = w;
  for (const char* suffix : {"st", "nd", "rd", "th"}) {
    if (digits.size() > 2 && digits.ends_with(suffix)) {
      digits.resize(digits.size() - 2);
    }
  }
  if (digits.empty() || digits.size() > 4) return -1;
  for (char c : digits) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
  }
  int n = std::stoi(digits);
  return n >= lo && n <= hi ? n : -1;
}

std::string Iso(chr::year_month_day d) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

bool ParseIso(const std::string& s, chr::year_month_day* out) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (std::sscanf(s.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) return false;
  *out = chr::year{y} / chr::month{m} / chr::day{d};
  return out->ok();
}

struct Scan {
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<std::string> words;  // folded (no accents), no dots
  std::string Word(size_t i) const {
    return i < words.size() ? words[i] : std::string();
  }
};

Scan MakeScan(std::string_view text) {
  Scan s{text, ScanTokens(text), {}};
  for (const Token& t : s.tokens) {
    std::string_view raw = text.substr(t.begin, t.end - t.begin);
    bool ascii = true;
    for (char c : raw) ascii = ascii && static_cast<unsigned char>(c) < 128;
    // ICU folding only where needed: most words are ASCII, and folding every
    // word through ICU costs more than the rest of the stage.
    std::string w;
    if (ascii) {
      for (char c : raw) {
        if (c != '.') w += static_cast<char>(std::tolower(c));
      }
    } else {
      w = util::FoldAccents(raw);
      std::erase(w, '.');
    }
    s.words.push_back(std::move(w));
  }
  return s;
}

struct Found {
  size_t first = 0, last = 0;  // token range, inclusive
  int year = 0, month = 0, day = 0;
};

// "Month D[, YYYY]", "D Month [YYYY]", "D de month de YYYY" at token i.
bool AbsoluteAt(const Scan& s, size_t i, Found* f) {
  int month = MonthNumber(s.Word(i));
  if (month > 0 && s.tokens[i].capitalized) {
    int day = Number(s.Word(i + 1), 1, 31);
    if (day < 0) return false;
    *f = {i, i + 1, Number(s.Word(i + 2), 1900, 2100), month, day};
    if (f->year > 0) f->last = i + 2;
    return true;
  }
  int day = Number(s.Word(i), 1, 31);
  if (day < 0) return false;
  size_t m = s.Word(i + 1) == "de" ? i + 2 : i + 1;
  month = MonthNumber(s.Word(m));
  if (month == 0) return false;
  size_t y = s.Word(m + 1) == "de" ? m + 2 : m + 1;
  *f = {i, m, Number(s.Word(y), 1900, 2100), month, day};
  if (f->year > 0) f->last = y;
  return true;
}

DateMention Mention(const Scan& s, int paragraph, size_t first, size_t last) {
  DateMention d;
  d.paragraph = paragraph;
  d.begin = s.tokens[first].begin;
  d.text = std::string(s.text.substr(d.begin, s.tokens[last].end - d.begin));
  return d;
}

void Resolve(const Found& f, const chr::year_month_day* anchor,
             DateMention* d) {
  if (f.year > 0) {
    chr::year_month_day ymd{chr::year{f.year},
                            chr::month{static_cast<unsigned>(f.month)},
                            chr::day{static_cast<unsigned>(f.day)}};
    if (ymd.ok()) d->date = Iso(ymd);
    d->anchor = "explicit";
    return;
  }
  d->inferred = true;
  if (!anchor) {
    d->anchor = "no year and no article date";
    return;
  }
  chr::year_month_day ymd{anchor->year(),
                          chr::month{static_cast<unsigned>(f.month)},
                          chr::day{static_cast<unsigned>(f.day)}};
  if (!ymd.ok()) return;
  if (chr::sys_days(ymd) > chr::sys_days(*anchor) + chr::days(kFutureSlackDays))
    ymd = (ymd.year() - chr::years(1)) / ymd.month() / ymd.day();
  d->date = Iso(ymd);
  d->anchor = "year from article date " + Iso(*anchor);
}

// Relative expressions at token i; returns the last token used or -1.
long RelativeAt(const Scan& s, size_t i, const chr::year_month_day* anchor,
                DateMention* d, size_t* first) {
  std::string w = s.Word(i), prev = i > 0 ? s.Word(i - 1) : "";
  *first = i;
  chr::days offset{0};
  long last = static_cast<long>(i);
  int weekday = Weekday(w);
  chr::sys_days base = anchor ? chr::sys_days(*anchor) : chr::sys_days{};
  if (weekday >= 0 && s.tokens[i].capitalized) {
    // The weekday of a full date ("Monday, Oct. 17, 2022") is not relative.
    Found f;
    if (AbsoluteAt(s, i + 1, &f) || AbsoluteAt(s, i + 2, &f)) return -1;
    if (prev == "on" || prev == "last" || prev == "next" || prev == "this" ||
        prev == "el")
      *first = i - 1;
    int today = static_cast<int>(chr::weekday(base).c_encoding());
    int back = (today - weekday + 7) % 7;
    if (prev == "next") back = back - 7 == 0 ? -7 : back - 7;
    if (prev == "last" && back == 0) back = 7;
    offset = chr::days(-back);
  } else if (w == "yesterday" || w == "ayer") {
    offset = chr::days(-1);
  } else if (w == "week" && prev == "last") {
    *first = i - 1;
    offset = chr::days(-7);
  } else if (w == "week" && prev == "this" && i >= 2 &&
             s.Word(i - 2) == "earlier") {
    *first = i - 2;
    offset = -chr::days((chr::weekday(base).iso_encoding() - 1));
  } else {
    return -1;
  }
  d->inferred = true;
  if (anchor) {
    d->date = Iso(chr::year_month_day(base + offset));
    d->anchor = "relative to " + Iso(*anchor);
  } else {
    d->anchor = "relative, no article date";
  }
  return last;
}

void ScanParagraph(const Scan& s, int paragraph, DateKind kind,
                   const chr::year_month_day* anchor,
                   std::vector<DateMention>* out) {
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    Found f;
    if (AbsoluteAt(s, i, &f)) {
      DateMention d = Mention(s, paragraph, f.first, f.last);
      Resolve(f, anchor, &d);
      d.kind = kind;
      out->push_back(std::move(d));
      i = f.last;
      continue;
    }
    DateMention d;
    size_t first = i;
    long last = RelativeAt(s, i, anchor, &d, &first);
    if (last < 0) continue;
    DateMention m = Mention(s, paragraph, first, static_cast<size_t>(last));
    m.date = d.date;
    m.inferred = true;
    m.anchor = d.anchor;
    m.kind = kind;
    out->push_back(std::move(m));
  }
}

bool IsPhotoParagraph(const Paragraph& para) {
  return para.reason == BoilerplateReason::kPhotoCaption ||
         para.reason == BoilerplateReason::kPhotoCredit;
}

// Publication date: metadata, else the first full date of a short
// paragraph (a dateline) among the first three; a photo's date is when the
// picture was taken ("... on March 7, 2025. Photo: X"), no dateline.
DateMention Publication(const Article& article) {
  DateMention pub;
  pub.paragraph = -1;
  pub.kind = DateKind::kPublication;
  chr::year_month_day ymd;
  if (ParseIso(article.date, &ymd)) {
    pub.text = article.date;
    pub.date = Iso(ymd);
    pub.anchor = "metadata";
    return pub;
  }
  // A dateline is short: 100 bytes holds "Published: Monday, 17 October
  // 2022, 10:42 GMT" and similar with room to spare.
  constexpr size_t kDatelineBytes = 100;
  for (size_t p = 0; p < article.paragraphs.size() && p < 3; ++p) {
    if (article.paragraphs[p].text.size() > kDatelineBytes ||
        IsPhotoParagraph(article.paragraphs[p]))
      continue;
    Scan s = MakeScan(article.paragraphs[p].text);
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      Found f;
      if (!AbsoluteAt(s, i, &f) || f.year == 0) continue;
      DateMention d = Mention(s, static_cast<int>(p), f.first, f.last);
      Resolve(f, nullptr, &d);
      d.kind = DateKind::kPublication;
      d.anchor = "dateline";
      return d;
    }
  }
  return pub;
}

}  // namespace

std::vector<DateMention> FindDates(const Article& article) {
  std::vector<DateMention> dates;
  DateMention pub = Publication(article);
  chr::year_month_day anchor;
  bool anchored = !pub.date.empty() && ParseIso(pub.date, &anchor);
  if (!pub.date.empty()) dates.push_back(pub);
  for (size_t p = 0; p < article.paragraphs.size(); ++p) {
    const Paragraph& para = article.paragraphs[p];
    if (para.reason == BoilerplateReason::kNavigation ||
        para.reason == BoilerplateReason::kStrayMarkup ||
        para.reason == BoilerplateReason::kRelatedLink)
      continue;
    bool photo = IsPhotoParagraph(para);
    if (static_cast<int>(p) == pub.paragraph) continue;
    ScanParagraph(MakeScan(para.text), static_cast<int>(p),
                  photo ? DateKind::kPhotoCaption : DateKind::kEvent,
                  anchored ? &anchor : nullptr, &dates);
  }
  return dates;
}

}  // namespace corroborate::entities
