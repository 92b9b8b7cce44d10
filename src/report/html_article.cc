// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "report/html_article.h"

#include <algorithm>
#include <cstdio>

#include "report/html_escape.h"

namespace corroborate::report {
namespace {

// Bytes of the UTF-8 code point starting at text[i] (1 for a stray byte).
size_t CodePointLength(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return std::min(n, text.size() - i);
}

// Length of a damaged sequence at text[i], 0 if none: U+FFFD, or "Ã"/"Â"
// or "â€" (what UTF-8 lead bytes become when read as Windows-1252) followed
// by another non-ASCII code point.
size_t DamageAt(std::string_view text, size_t i) {
  std::string_view rest = text.substr(i);
  if (rest.starts_with("\xEF\xBF\xBD")) return 3;
  size_t lead = 0;
  if (rest.starts_with("\xC3\xA2\xE2\x82\xAC")) {
    lead = 5;  // "â€"
  } else if (rest.starts_with("\xC3\x83") || rest.starts_with("\xC3\x82")) {
    lead = 2;  // "Ã", "Â"
  }
  if (lead == 0 || lead >= rest.size()) return 0;
  if (static_cast<unsigned char>(rest[lead]) < 0x80) return 0;
  return lead + CodePointLength(rest, lead);
}

void AddFound(std::string_view paragraph, const Sentence& s,
              const std::string& needle, const char* css_class,
              std::vector<Highlight>* out) {
  if (needle.empty() || s.end > paragraph.size() || s.begin >= s.end) return;
  std::string_view sentence = paragraph.substr(s.begin, s.end - s.begin);
  size_t at = sentence.find(needle);
  if (at == std::string_view::npos) return;
  out->push_back({s.begin + at, s.begin + at + needle.size(), css_class});
}

void AddSpans(const std::vector<TextSpan>& spans, int paragraph, size_t size,
              const char* css_class, std::vector<Highlight>* out) {
  for (const TextSpan& span : spans) {
    if (span.paragraph != paragraph || span.begin >= span.end ||
        span.end > size) {
      continue;
    }
    out->push_back({span.begin, span.end, css_class});
  }
}

std::string QualityText(const Article& a) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", a.quality);
  std::string out = std::string("quality ") + buf;
  if (a.low_quality) {
    out += " <span class=\"badge low\">low quality</span>";
    for (const std::string& r : a.quality_reasons) {
      out += " <span class=\"reason\">" + HtmlEscape(r) + "</span>";
    }
  }
  return out;
}

std::string MetaHtml(const Article& a) {
  std::string out = "<p class=\"meta\">";
  if (!a.site.empty()) out += "<span>" + HtmlEscape(a.site) + "</span> ";
  out += "<span>" + HtmlEscape(a.date.empty() ? "undated" : a.date) +
         "</span> <span>language: " +
         HtmlEscape(a.language.empty() ? "unknown" : a.language) +
         "</span> <span>" + QualityText(a) + "</span>";
  if (!a.encoding.empty()) {
    out += " <span>encoding: " + HtmlEscape(a.encoding) + "</span>";
  }
  out += " <span class=\"id\">id: " + HtmlEscape(a.id) + "</span>";
  if (!a.byline.empty()) out += " <span>" + HtmlEscape(a.byline) + "</span>";
  return out + "</p>";
}

std::string DamageHtml(const Article& a) {
  if (a.damaged_lines.empty()) return "";
  std::string out = "<ul class=\"damaged-lines\">";
  for (const DamagedLine& d : a.damaged_lines) {
    out += "<li>line " + std::to_string(d.line) + ": " + HtmlEscape(d.problem) +
           " &mdash; " + EscapeMarkingDamage(d.excerpt) + "</li>";
  }
  return out + "</ul>";
}

std::string BodyParagraphHtml(const Article& a, int index) {
  const std::string& text = a.paragraphs[index].text;
  std::string out;
  size_t at = 0;
  for (const Highlight& h : FindHighlights(a, index)) {
    out += EscapeMarkingDamage(std::string_view(text).substr(at, h.begin - at));
    out += "<span class=\"" + h.css_class + "\">" +
           EscapeMarkingDamage(
               std::string_view(text).substr(h.begin, h.end - h.begin)) +
           "</span>";
    at = h.end;
  }
  out += EscapeMarkingDamage(std::string_view(text).substr(at));
  return out;
}

std::string ParagraphHtml(const Article& a, int index) {
  const Paragraph& p = a.paragraphs[index];
  std::string cls = p.boilerplate ? "bp" : "body";
  if (p.damaged) cls += " damaged";
  if (p.boilerplate) {
    std::string reason(ToString(p.reason));
    return "<p class=\"" + cls + "\" title=\"boilerplate: " + reason +
           "\"><span class=\"reason\">" + reason + "</span> " +
           EscapeMarkingDamage(p.text) + "</p>";
  }
  return "<p class=\"" + cls + "\">" + BodyParagraphHtml(a, index) + "</p>";
}

}  // namespace

std::vector<Highlight> FindHighlights(const Article& article, int paragraph) {
  std::vector<Highlight> found;
  const std::string& text = article.paragraphs[paragraph].text;
  for (const Attribution& a : article.attributions) {
    if (a.sentence < 0 ||
        a.sentence >= static_cast<int>(article.sentences.size())) {
      continue;
    }
    if (!a.source_spans.empty() || !a.cue_spans.empty() ||
        !a.content_spans.empty()) {  // analyze said where they are
      AddSpans(a.content_spans, paragraph, text.size(), "content", &found);
      AddSpans(a.cue_spans, paragraph, text.size(), "cue", &found);
      AddSpans(a.source_spans, paragraph, text.size(), "src", &found);
      continue;
    }
    const Sentence& s = article.sentences[a.sentence];
    if (s.paragraph != paragraph) continue;
    AddFound(text, s, a.content, "content", &found);
    AddFound(text, s, a.cue, "cue", &found);
    AddFound(text, s, a.source, "src", &found);
    if (!a.via.empty()) AddFound(text, s, a.via, "src", &found);
  }
  std::sort(found.begin(), found.end(), [](auto& x, auto& y) {
    return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
  });
  std::vector<Highlight> kept;
  for (Highlight& h : found) {
    if (!kept.empty() && h.begin < kept.back().end) continue;
    kept.push_back(std::move(h));
  }
  return kept;
}

std::string EscapeMarkingDamage(std::string_view text) {
  std::string out;
  size_t plain = 0;
  for (size_t i = 0; i < text.size();) {
    size_t n = DamageAt(text, i);
    if (n == 0) {
      i += CodePointLength(text, i);
      continue;
    }
    out += HtmlEscape(text.substr(plain, i - plain));
    out += "<mark class=\"dmg\" title=\"damaged character\">" +
           HtmlEscape(text.substr(i, n)) + "</mark>";
    i += n;
    plain = i;
  }
  return out + HtmlEscape(text.substr(plain));
}

std::string ArticleHtml(const Article& a) {
  std::string out = "<article class=\"article\" id=\"article-" +
                    HtmlEscape(a.id) + "\" data-article=\"" + HtmlEscape(a.id) +
                    "\"><h3>" + HtmlEscape(a.title.empty() ? a.id : a.title) +
                    "</h3>";
  out += MetaHtml(a) + DamageHtml(a);
  for (size_t i = 0; i < a.paragraphs.size(); ++i) {
    out += ParagraphHtml(a, static_cast<int>(i));
  }
  return out + "</article>";
}

}  // namespace corroborate::report
