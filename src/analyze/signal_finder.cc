// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/signal_finder.h"

#include <regex>
#include <string>

namespace corroborate::analyze {
namespace {

struct Pattern {
  const char* kind;
  std::regex regex;
  bool negatable;  // skip a match preceded by "not", "never", "n't", "no"
};

// Patterns over lower-cased text, written from English news style ("could
// not be independently verified", "declined to comment"). The order matters:
// "not_officially_confirmed" is tried before the broader "unconfirmed".
const std::vector<Pattern>& Patterns() {
  static const auto* patterns = [] {
    auto flags = std::regex::ECMAScript | std::regex::optimize;
    auto* list = new std::vector<Pattern>{
        {"not_officially_confirmed",
         std::regex(
             R"(\b(has|have|had|did|does|do)( not|n't)( yet)? officially confirm(ed)?\b|)"
             R"(\bno official confirmation\b|\bnot (yet )?been officially confirmed\b)",
             flags),
         false},
        {"unconfirmed",
         std::regex(
             R"(\bno (\w+ )?(sources?|one|officials?|party|government) (has|have|had) )"
             R"((yet |independently |publicly )?confirmed\b|)"
             R"(\b(could|can|cannot|can't|couldn't) (not )?(be )?(independently )?)"
             R"((verif|confirm)\w*|\b(has|have|had)( not|n't)( yet)? been )"
             R"((independently )?(confirmed|verified)\b|\bunable to (independently )?)"
             R"((verify|confirm)\b|\b(was|were|is|are)( not|n't) (immediately )?)"
             R"((confirmed|verified)\b|\b(has|have|had|did|does)( not|n't)( yet)? )"
             R"((publicly |independently )?confirm(ed)?\b)",
             flags),
         false},
        {"no_comment",
         std::regex(
             R"(\b(did|does|do|has|have|had|would)( not|n't) (immediately )?)"
             R"((comment|respond|reply)\w*|\bneither\b.{1,80}\bnor\b.{1,80}\bcommented\b|)"
             R"(\b(declined|refused) to comment\b|\bno comment\b|)"
             R"(\bcould not be reached for comment\b|\bnot available for comment\b|)"
             R"(\bno immediate comment\b)",
             flags),
         false},
        {"denied",
         std::regex(
             R"(\b(denied|denies|deny|denying)\b|\b(rejected|rejects|dismissed|dismisses)\b)"
             R"( (the |these |such |those |this |that |all )?((\w+ ){0,2})?)"
             R"((reports?|claims?|allegations?|accusations?|charges?|assertions?)\b)",
             flags),
         true},
        {"hedged",
         std::regex(
             R"(\b(allegedly|reportedly|purportedly|unverified|unconfirmed)\b|)"
             R"(\baccording to (media |unconfirmed |some |local )?reports\b)",
             flags),
         false},
    };
    return list;
  }();
  return *patterns;
}

std::string Lower(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 3, "\xE2\x80\x99") == 0) {  // typographic apostrophe
      out += '\'';
      i += 2;
      continue;
    }
    char c = text[i];
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

// True iff a negation ends within the two words before `position`.
bool Negated(const std::string& text, size_t position) {
  static const std::regex kNegation(R"(\b(not|never|no|n't|nor)\s+(\w+\s+)?$)");
  size_t start = position > 40 ? position - 40 : 0;
  std::string before = text.substr(start, position - start);
  return std::regex_search(before, kNegation);
}

}  // namespace

std::vector<Signal> FindSignals(const std::vector<Sentence>& sentences) {
  std::vector<Signal> signals;
  for (size_t s = 0; s < sentences.size(); ++s) {
    std::string lower = Lower(sentences[s].text);
    for (const Pattern& pattern : Patterns()) {
      for (auto it =
               std::sregex_iterator(lower.begin(), lower.end(), pattern.regex);
           it != std::sregex_iterator(); ++it) {
        size_t position = static_cast<size_t>(it->position());
        if (it->length() == 0 ||
            (pattern.negatable && Negated(lower, position)))
          continue;
        bool official = pattern.kind == std::string_view("unconfirmed") &&
                        !signals.empty() &&
                        signals.back().sentence == static_cast<int>(s) &&
                        signals.back().kind == "not_officially_confirmed";
        if (official) break;
        signals.push_back({pattern.kind, static_cast<int>(s), it->str()});
        break;
      }
    }
  }
  return signals;
}

}  // namespace corroborate::analyze
