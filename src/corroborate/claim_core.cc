// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/claim_core.h"

#include <algorithm>

#include "util/text.h"

namespace corroborate::corroborate {
namespace {

// Two shared arguments, as the claim definition of docs/provenance.md asks
// (who did it and to whom, where or when). With one, sentences naming the
// same country and event type joined on the seeds ("an attack blamed on a
// drone" ~ "a strike carried out by a drone of <country>").
constexpr size_t kMinSharedArguments = 2;

// Shared plain stems that count as one argument (see SameCore); two, so a
// single shared incidental word ("first", "said") is not enough.
constexpr size_t kPlainPerArgument = 2;

// Concept groups of ParaphraseLexicon that name an event or act: the
// predicate of a claim. The other groups name things (arguments).
bool IsEventConcept(std::string_view group) {
  static const char* const kEvents[] = {
      "#permit",  "#agree",  "#attack", "#explode", "#confirm", "#deny",
      "#warn",    "#inform", "#kill",   "#injure",  "#arrest",  "#resign",
      "#acquire", "#merge",  "#begin",  "#build",   "#plan",    "#talks",
      "#elect",   "#sue",    "#fire"};
  return std::find(std::begin(kEvents), std::end(kEvents), group) !=
         std::end(kEvents);
}

// Concepts that are neither event nor argument (degree words).
bool IsModifierConcept(std::string_view group) { return group == "#imminent"; }

bool ContainsWord(const std::vector<std::string>& words, size_t from, size_t to,
                  std::initializer_list<std::string_view> set) {
  for (size_t k = from; k < to && k < words.size(); ++k) {
    for (std::string_view w : set)
      if (words[k] == w) return true;
  }
  return false;
}

// "not clear", "did not know", "no one knows": a negator at most two words
// before a word of knowing.
bool NegatedKnowing(const std::vector<std::string>& words, size_t i) {
  static const std::initializer_list<std::string_view> kKnow = {
      "clear", "known", "know", "knew", "sure", "certain"};
  if (!ContainsWord(words, i, i + 1, kKnow)) return false;
  const size_t from = i >= 2 ? i - 2 : 0;
  return ContainsWord(words, from, i, {"not", "no", "never", "n't"}) ||
         (i > 0 && words[i - 1].ends_with("n't"));
}

}  // namespace

Modality ModalityOf(std::string_view text) {
  const std::vector<std::string> raw = util::Words(text);
  std::vector<std::string> words;
  for (const std::string& w : raw) words.push_back(util::FoldCase(w));
  bool hedge = false;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "unclear" || w == "uncertain" || w == "unknown" ||
        w == "whether" || NegatedKnowing(words, i)) {
      return Modality::kUnknown;
    }
    // Lower-case "may" only: "May" may be the month.
    const bool may = w == "may" && raw[i] == "may";
    // "could be", "could have": epistemic; "could conduct" is permission.
    const bool could = w == "could" && ContainsWord(words, i + 1, i + 2,
                                                    {"be", "have", "also"});
    if (may || could || w == "might" || w == "perhaps" || w == "possibly" ||
        w == "probably" || w == "likely" || w.starts_with("suggest") ||
        w.starts_with("speculat")) {
      hedge = true;
    }
  }
  return hedge ? Modality::kHedge : Modality::kAssertion;
}

std::set<std::string> NameStems(const std::vector<std::string>& texts,
                                ParaphraseLexicon* lexicon) {
  std::vector<std::vector<LexToken>> sentences;
  for (const std::string& text : texts)
    sentences.push_back(lexicon->Tokens(text));
  return NameStems(sentences);
}

std::set<std::string> NameStems(
    const std::vector<std::vector<LexToken>>& sentences) {
  std::set<std::string> names;
  for (const std::vector<LexToken>& tokens : sentences) {
    for (const LexToken& t : tokens)
      if (t.proper && !t.term.empty()) names.insert(t.term);
  }
  return names;
}

ClaimCore CoreOf(std::string_view text, const std::set<std::string>& names,
                 ParaphraseLexicon* lexicon) {
  return CoreOf(text, lexicon->Tokens(text), names);
}

ClaimCore CoreOf(std::string_view text, const std::vector<LexToken>& tokens,
                 const std::set<std::string>& names) {
  ClaimCore core;
  core.modality = ModalityOf(text);
  // The non-empty terms, as ParaphraseLexicon::Terms gives them.
  std::vector<std::string> terms;
  std::vector<bool> proper;
  for (const LexToken& t : tokens) {
    if (t.term.empty()) continue;
    terms.push_back(t.term);
    proper.push_back(t.proper);
  }
  // "Neither X nor Y <verb>ed" denies the event for every party, however
  // far the verb is from "neither".
  const std::vector<std::string> words = util::FoldedWords(text);
  const bool neither =
      std::find(words.begin(), words.end(), "neither") != words.end();
  bool in_name = false;  // the previous term was a name word
  for (size_t k = 0; k < terms.size(); ++k) {
    const std::string& t = terms[k];
    const std::string group = t.starts_with("!") ? t.substr(1) : t;
    if (proper[k] || (k == 0 && names.count(t) > 0)) {
      if (!in_name) core.arguments.emplace_back();
      core.arguments.back().insert(t);
      in_name = true;
      continue;
    }
    in_name = false;
    if (IsEventConcept(group)) {
      core.predicates.insert(neither ? "!" + group : t);
    } else if (group.starts_with("#")) {
      if (!IsModifierConcept(group)) core.arguments.push_back({group});
    } else {
      core.plain.insert(t);
    }
  }
  // "Israel ... Israel" is one argument.
  std::sort(core.arguments.begin(), core.arguments.end());
  core.arguments.erase(
      std::unique(core.arguments.begin(), core.arguments.end()),
      core.arguments.end());
  return core;
}

namespace {

bool Intersect(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::any_of(a.begin(), a.end(),
                     [&](const std::string& x) { return b.count(x) > 0; });
}

// The predicate as compared: an explosion is how a strike is first
// reported ("an explosion hit a depot" ~ "the attack on the depot"), so
// the two groups compare as one; a hedge or "not clear if" still keeps
// "the blast was an attack" apart from the assertion (modality).
std::set<std::string> PredicateFamilies(const std::set<std::string>& p) {
  std::set<std::string> out;
  for (const std::string& t : p) {
    if (t == "#explode") {
      out.insert("#attack");
    } else if (t == "!#explode") {
      out.insert("!#attack");
    } else {
      out.insert(t);
    }
  }
  return out;
}

size_t SharedCount(const std::set<std::string>& a,
                   const std::set<std::string>& b) {
  return static_cast<size_t>(std::count_if(
      a.begin(), a.end(), [&](const std::string& x) { return b.count(x); }));
}

size_t SharedArguments(const ClaimCore& a, const ClaimCore& b) {
  size_t shared = 0;
  std::vector<bool> used(b.arguments.size(), false);
  for (const auto& arg : a.arguments) {
    for (size_t j = 0; j < b.arguments.size(); ++j) {
      if (used[j] || !Intersect(arg, b.arguments[j])) continue;
      used[j] = true;
      ++shared;
      break;
    }
  }
  return shared;
}

}  // namespace

bool SameCore(const ClaimCore& a, const ClaimCore& b) {
  if (a.modality != b.modality) return false;
  const bool a_events = !a.predicates.empty(), b_events = !b.predicates.empty();
  if (a_events != b_events) return false;
  if (a_events ? !Intersect(PredicateFamilies(a.predicates),
                            PredicateFamilies(b.predicates))
               : !Intersect(a.plain, b.plain)) {
    return false;
  }
  // Common nouns are arguments too ("a passenger ferry near the harbour"),
  // but without a parser a plain stem may be a verb or adjective, so it
  // takes kPlainPerArgument shared plain stems to make one argument.
  const size_t strong = SharedArguments(a, b);
  const size_t plain = SharedCount(a.plain, b.plain);
  return strong * kPlainPerArgument + plain >=
         kMinSharedArguments * kPlainPerArgument;
}

}  // namespace corroborate::corroborate
