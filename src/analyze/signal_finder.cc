// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/signal_finder.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>

#include <re2/re2.h>

namespace corroborate::analyze {
namespace {

struct Pattern {
  const char* kind;
  std::unique_ptr<RE2> regex;
  bool negatable;  // skip a match preceded by "not", "never", "n't", "no"
};

// RE2 (linear time, compiled once) rather than std::regex, whose
// backtracking matcher looked up the "w" character class on every \b test
// and took over half of Analyze's time. Latin-1 mode keeps std::regex's byte
// semantics: \w and \b are ASCII, "." is any byte but a newline, and the
// leftmost-first alternation picks the same match.
std::unique_ptr<RE2> Compile(const char* pattern) {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingLatin1);
  options.set_log_errors(false);
  auto regex = std::make_unique<RE2>(pattern, options);
  if (!regex->ok()) std::abort();  // a typo in a constant pattern below
  return regex;
}

// Patterns over lower-cased text, written from English news style ("could
// not be independently verified", "declined to comment"). The order matters:
// "not_officially_confirmed" is tried before the broader "unconfirmed".
const std::vector<Pattern>& Patterns() {
  static const auto* patterns = [] {
    auto* list = new std::vector<Pattern>;
    list->push_back(
        {"not_officially_confirmed",
         Compile(
             R"(\b(has|have|had|did|does|do)( not|n't)( yet)? officially confirm(ed)?\b|)"
             R"(\bno official confirmation\b|\bnot (yet )?been officially confirmed\b|)"
             R"(\bneither\b.{1,80}\bnor\b.{1,80}\b(has|have|had)( yet)? officially )"
             R"(confirmed\b|\bnot (yet )?been officially announced\b|)"
             R"(\b(has|have|had)( not|n't)( yet)? officially announced\b|)"
             R"(\bno official announcement\b)"),
         false});
    list->push_back(
        {"unconfirmed",
         Compile(
             R"(\bno (\w+ )?(sources?|one|officials?|party|government) (has|have|had) )"
             R"((yet |independently |publicly )?confirmed\b|)"
             R"(\b(could|can|cannot|can't|couldn't) (not )?(be )?(independently )?)"
             R"((verif|confirm)\w*|\b(has|have|had)( not|n't)( yet)? been )"
             R"((independently )?(confirmed|verified)\b|\bunable to (independently )?)"
             R"((verify|confirm)\b|\b(was|were|is|are)( not|n't) (immediately )?)"
             R"((confirmed|verified)\b|\b(has|have|had|did|does)( not|n't)( yet)? )"
             R"((publicly |independently )?confirm(ed)?\b|)"
             R"(\bneither\b.{1,80}\bnor\b.{1,80}\b(has|have|had)( yet)? )"
             R"((publicly |independently )?confirmed\b)"),
         false});
    list->push_back(
        {"no_comment",
         Compile(
             R"(\b(did|does|do|has|have|had|would)( not|n't) (immediately )?)"
             R"((comment|respond|reply)\w*|\bneither\b.{1,80}\bnor\b.{1,80}\bcommented\b|)"
             R"(\b(declined|refused) to (comment|respond)\b|\bno comment\b|)"
             R"(\bwould not discuss\b|)"
             R"(\bcould not be reached for comment\b|\bnot available for comment\b|)"
             R"(\bno immediate comment\b)"),
         false});
    list->push_back(
        {"denied",
         Compile(
             // A quote may close after the verb ("it \"firmly rejects\" Liu's
             // account").
             R"(\b(denied|denies|deny|denying|rejected|rejects|dismissed|dismisses)\b)"
             R"(("|\xe2\x80\x9d)? (the |these |such |those |this |that |all )?)"
             R"(((\w+('s)? ){0,2})?(reports?|claims?|allegations?|accusations?|)"
             R"(charges?|assertions?|accounts?|version|suggestions?|findings)\b|)"
             // Without a report noun "deny" denies only what it governs: a
             // clause, "it", "any involvement", or nothing ("X denied.");
             // "deny them permits", "deny the right" refuse something.
             R"((\bto )?\b(denied|denies|deny|denying)( (that|it|this|any|all|)"
             R"(wrongdoing|involvement|responsibility|knowledge|having|being|)"
             R"(ever|there|by|rumou?rs?|stories|story)\b|\s*([.,;:!?"']|)"
             R"(\xe2\x80\x9d)|\s*$))"),
         true});
    list->push_back(
        {"hedged",
         Compile(
             R"(\b(allegedly|reportedly|purportedly|unverified|unconfirmed)\b|)"
             R"(\baccording to (media |unconfirmed |some |local )?reports\b)"),
         false});
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
  static const RE2* const kNegation =
      Compile(R"(\b(not|never|no|n't|nor)\s+(\w+\s+)?$)").release();
  size_t start = position > 40 ? position - 40 : 0;
  std::string before = text.substr(start, position - start);
  return RE2::PartialMatch(before, *kNegation);
}

// True iff the match is the short "deny" form after "to" (the pattern
// takes the "to" in): "led them to deny it", "refused to deny it" deny
// nothing the article reports ("was quick to deny the reports" matches the
// form with a report noun, which starts at "deny").
bool BareInfinitive(re2::StringPiece match) { return match.starts_with("to "); }

}  // namespace

std::vector<Signal> FindSignals(const std::vector<Sentence>& sentences) {
  std::vector<Signal> signals;
  for (size_t s = 0; s < sentences.size(); ++s) {
    std::string lower = Lower(sentences[s].text);
    for (const Pattern& pattern : Patterns()) {
      re2::StringPiece match;
      for (size_t from = 0; from <= lower.size() &&
                            pattern.regex->Match(lower, from, lower.size(),
                                                 RE2::UNANCHORED, &match, 1);) {
        size_t position = static_cast<size_t>(match.data() - lower.data());
        from = position + std::max<size_t>(match.size(), 1);
        if (match.empty() || (pattern.negatable && Negated(lower, position)))
          continue;
        if (pattern.kind == std::string_view("denied") && BareInfinitive(match))
          continue;
        bool official = pattern.kind == std::string_view("unconfirmed") &&
                        !signals.empty() &&
                        signals.back().sentence == static_cast<int>(s) &&
                        signals.back().kind == "not_officially_confirmed";
        if (official) break;
        signals.push_back(
            {pattern.kind, static_cast<int>(s), std::string(match)});
        break;
      }
    }
  }
  return signals;
}

}  // namespace corroborate::analyze
