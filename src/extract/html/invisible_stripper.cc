// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// A linear scan rather than a parser on purpose: it runs before gumbo to
// spare gumbo the work, so it must be much cheaper than parsing. It only
// needs to find the start tags of three elements and their end tags, which
// the HTML tokenizer itself recognises the same simple way in raw-text
// state ("</script" ends a script whatever comes before it).

#include "extract/html/invisible_stripper.h"

#include <array>

#include "ingest/html_tag.h"

namespace corroborate::extract_html {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

// True iff `text` at `pos` starts with `word` (ASCII, ignoring case).
bool MatchesAt(std::string_view text, size_t pos, std::string_view word) {
  if (pos + word.size() > text.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (Lower(text[pos + i]) != word[i]) return false;
  }
  return true;
}

// Position of the first case-insensitive `word` at or after `from`.
size_t FindIgnoreCase(std::string_view text, std::string_view word,
                      size_t from) {
  for (size_t pos = text.find('<', from); pos != std::string_view::npos;
       pos = text.find('<', pos + 1)) {
    if (MatchesAt(text, pos, word)) return pos;
  }
  return std::string_view::npos;
}

// The element whose start tag begins at `pos` ("script", ...), or "".
std::string_view InvisibleElementAt(std::string_view html, size_t pos) {
  static constexpr std::array<std::string_view, 3> kNames = {"script", "style",
                                                             "svg"};
  for (std::string_view name : kNames) {
    if (!MatchesAt(html, pos + 1, name)) continue;
    size_t after = pos + 1 + name.size();
    if (after >= html.size()) return {};
    char c = html[after];
    if (c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' ||
        c == '\r' || c == '\f') {
      return name;
    }
  }
  return {};
}

bool IsJsonLd(std::string_view start_tag) {
  for (size_t i = 0; i + 7 <= start_tag.size(); ++i) {
    if (MatchesAt(start_tag, i, "ld+json")) return true;
  }
  return false;
}

}  // namespace

std::string StripInvisibleContent(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  size_t copied = 0;
  for (size_t pos = html.find('<'); pos != std::string_view::npos;
       pos = html.find('<', pos + 1)) {
    std::string_view name = InvisibleElementAt(html, pos);
    if (name.empty()) continue;
    const size_t close = ingest::FindTagClose(html, pos);
    if (close == std::string_view::npos) break;
    const size_t content = close + 1;  // just after the start tag
    if (name == "script" && IsJsonLd(html.substr(pos, content - pos))) {
      pos = close;
      continue;
    }
    std::string closing = "</" + std::string(name);
    size_t end = FindIgnoreCase(html, closing, content);
    if (end == std::string_view::npos) break;
    out.append(html.substr(copied, content - copied));
    copied = end;
    pos = end;
  }
  out.append(html.substr(copied));
  return out;
}

}  // namespace corroborate::extract_html
