// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/sentence_opening.h"

#include <algorithm>

#include "analyze/cue_lexicon.h"
#include "analyze/cue_verb_classes.h"
#include "util/word_set.h"

namespace corroborate::analyze {

bool IsLeadIn(const Token& t) {
  static const util::WordSet kWords = {
      "when",    "while", "after",   "before", "in",       "on",       "during",
      "earlier", "later", "as",      "at",     "speaking", "asked",    "last",
      "this",    "since", "however", "but",    "and",      "meanwhile"};
  return kWords.count(t.lower) > 0;
}

bool OpensAdverbial(const Token& t) {
  static const util::WordSet kWords = {
      "despite", "besides", "like",  "unlike",   "along",     "ever",
      "with",    "without", "for",   "although", "though",    "because",
      "if",      "once",    "until", "amid",     "following", "under",
      "among",   "now",     "nor",   "plus",     "instead",   "having",
      "given",   "by",      "from",  "unless",   "even",      "not",
      "first",   "then",    "still", "so",       "within",    "throughout"};
  // A participle ("Appearing", "Speaking"); a name in -ing ("Sterling")
  // rarely opens a sentence before a comma.
  bool participle =
      t.IsCapitalized() && t.lower.ends_with("ing") && t.lower.size() > 5;
  return kWords.count(t.lower) > 0 || participle;
}

bool IsTimeOrNumber(const Token& t) {
  static const util::WordSet kWords = {
      "week",    "weeks", "day",   "days",    "month",   "months", "year",
      "years",   "night", "time",  "later",   "earlier", "ago",    "last",
      "next",    "this",  "that",  "the",     "a",       "an",     "one",
      "weekend", "hour",  "hours", "minutes", "decade",  "century"};
  bool number = !t.text.empty() && t.text[0] >= '0' && t.text[0] <= '9';
  return number || IsTimeWord(t) || kWords.count(t.lower) > 0;
}

namespace {

// Words an opening time span may hold ("A month later", "A few minutes
// later", "Two days ago").
constexpr size_t kMaxTimeSpanWords = 5;

// The first token after an opening time span ("A month later, he ...",
// "A few minutes later they ..."): words of time and number ending in
// "later", "earlier" or "ago", and a comma after them; 0 if none.
size_t TimeSpanEnd(const std::vector<Token>& tokens, size_t limit) {
  static const util::WordSet kCounts = {"few",     "several", "two",  "three",
                                        "four",    "five",    "ten",  "moments",
                                        "seconds", "shortly", "soon", "not"};
  for (size_t i = 0; i < limit && i <= kMaxTimeSpanWords; ++i) {
    const Token& t = tokens[i];
    bool ends = t.Is("later") || t.Is("earlier") || t.Is("ago");
    if (ends && i > 0) {
      return i + 1 < limit && tokens[i + 1].text == "," ? i + 2 : i + 1;
    }
    if (!t.IsWord() || !(IsTimeOrNumber(t) || kCounts.count(t.lower))) return 0;
  }
  return 0;
}

// Tokens of a dateline before its dash ("WASHINGTON (AP) —", "ATLANTIC
// CITY, N.J. —"): PolNeAR train datelines have at most 8.
constexpr size_t kMaxDatelineTokens = 8;

// The first token after an opening dateline: upper-case words (with
// commas, parentheses and abbreviations) and a dash; 0 if none.
size_t DatelineEnd(const std::vector<Token>& tokens, size_t limit) {
  bool caps = false;
  for (size_t i = 0; i < limit && i <= kMaxDatelineTokens; ++i) {
    std::string_view text = tokens[i].text;
    if (text == "\xE2\x80\x94" || text == "\xE2\x80\x93" || text == "-" ||
        text == "--")
      return caps ? i + 1 : 0;
    if (text == "," || text == "(" || text == ")") continue;
    bool upper = !text.empty();
    for (char ch : text) upper = upper && !(ch >= 'a' && ch <= 'z');
    // "N.J." and "AP" pass; any lower-case letter ends it.
    if (!upper && !(tokens[i].IsNameLike() && text.ends_with("."))) return 0;
    caps = caps || (upper && text.size() > 1);
  }
  return 0;
}

// The token after the comma at `comma` and after a closing quote mark
// right behind it: American style puts the comma inside the quotation
// ("Citing “obligations in Tennessee,” the spokeswoman said").
size_t AfterComma(const std::vector<Token>& tokens, size_t comma,
                  size_t limit) {
  size_t next = comma + 1;
  if (next < limit && tokens[next].kind == TokenKind::kCloseQuote) ++next;
  return std::min(next, limit);
}

// Tokens of a place that goes on an opening adverbial after its comma
// ("Iowa," in "At an event in Ames, Iowa, on Sunday, ..."; "South
// Carolina,").
constexpr size_t kMaxAdverbialTailTokens = 2;

// The first token after the parts that continue an opening adverbial from
// `begin`: a short place ("Iowa,", "D.C.,"), a time ("on Sunday,") or
// another adverbial ("after winning Ohio,"), each ending in a comma.
size_t AdverbialGoesOn(const std::vector<Token>& tokens, size_t begin,
                       size_t limit) {
  while (begin < limit) {
    size_t comma = begin;
    while (comma < limit && tokens[comma].text != ",") ++comma;
    if (comma >= limit) break;
    const Token& first = tokens[begin];
    // A place only right after a place name ("in Ames, Iowa,"): after any
    // other word a name is the subject ("At the rally, Rui Ito, the mayor").
    bool place = comma - begin <= kMaxAdverbialTailTokens && begin >= 2 &&
                 tokens[begin - 2].IsNameLike();
    for (size_t i = begin; i < comma && place; ++i)
      place = tokens[i].IsNameLike();
    bool time = (first.Is("on") || first.Is("last")) && comma - begin <= 3;
    bool adverbial = IsLeadIn(first) && !first.Is("and") && !first.Is("but");
    if (!place && !time && !adverbial) break;
    begin = AfterComma(tokens, comma, limit);
  }
  return begin;
}

// "Criticizing police tactics, she ...", "Conceding that ..., he": a
// present participle of a verb opens the sentence with its object or
// clause after it. Not a name in -ing ("Beijing said", "Manning, 31,"):
// the word must be a verb form (cue_verb_classes.h) and the next one a
// lower-case word that is no verb of its own ("Manning said").
bool OpensWithPresentParticiple(const std::vector<Token>& tokens) {
  if (tokens.size() < 3) return false;
  const Token& first = tokens[0];
  const Token& next = tokens[1];
  if (!first.IsCapitalized() || first.lower.size() < 6 ||
      !first.lower.ends_with("ing") ||
      VerbClasses::Default().Find(first.lower) == nullptr)
    return false;
  if (next.kind == TokenKind::kOpenQuote) return true;
  return next.IsWord() && !next.IsCapitalized() &&
         !next.lower.ends_with("ed") && !next.Is("said") && !next.Is("says") &&
         !next.Is("told");
}

}  // namespace

size_t OpeningEnd(const std::vector<Token>& tokens, size_t limit) {
  limit = std::min(limit, tokens.size());
  if (limit == 0) return 0;
  if (size_t dateline = DatelineEnd(tokens, limit); dateline > 0)
    return dateline;
  if (size_t span = TimeSpanEnd(tokens, limit); span > 0) return span;
  // ("Tuesday at the rally, X said", "Shortly after the vote, X ...")
  // "Reached by phone, X said", "Dressed in white, Y told": a past
  // participle and its preposition (not "Husted said", "Retired Army Col.").
  static const util::WordSet kPrepositions = {"by", "in",   "with", "for",
                                              "at", "from", "as",   "about"};
  const bool participle =
      tokens[0].IsCapitalized() && tokens[0].lower.ends_with("ed") &&
      tokens.size() > 1 && kPrepositions.count(tokens[1].lower) > 0;
  const bool adverbial = participle || IsLeadIn(tokens[0]) ||
                         OpensAdverbial(tokens[0]) ||
                         (IsTimeWord(tokens[0]) && !IsNamePart(tokens, 0)) ||
                         (tokens[0].lower.ends_with("ly") &&
                          tokens.size() > 1 && IsLeadIn(tokens[1]));
  if (!adverbial && !OpensWithPresentParticiple(tokens)) return 0;
  size_t comma = 0;
  while (comma < limit && tokens[comma].text != ",") ++comma;
  // "Holding signs calling X “a loser,” the protesters", "Remarking upon
  // his “empathy,” Starr said": past the quote mark after a comma inside
  // the quotation too.
  size_t after = AfterComma(tokens, comma, limit);
  return adverbial ? AdverbialGoesOn(tokens, after, limit) : after;
}

}  // namespace corroborate::analyze
