// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/event_frame.h"

#include <algorithm>
#include <initializer_list>

namespace corroborate::corroborate {
namespace {

using Tokens = std::vector<LexToken>;

// An argument: a country, or a run of name words, at tokens [begin, end).
struct Arg {
  size_t begin = 0;
  size_t end = 0;
  bool country = false;
  std::set<std::string> terms;
};

bool In(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

// A word before a noun phrase that makes it a place or object, not a
// subject: "in Syria hit", "against Israel".
bool IsPreposition(std::string_view w) {
  return In(w, {"in",      "on",      "at",     "near",    "from",
                "into",    "against", "over",   "across",  "of",
                "for",     "with",    "to",     "by",      "toward",
                "towards", "inside",  "within", "outside", "around",
                "off",     "onto",    "upon",   "via",     "than"});
}

// Words between a subject and its verb that keep the act stated as done.
// Modals and "to" are deliberately absent: "A could strike", "A to strike".
bool IsAuxiliary(std::string_view w) {
  return In(w, {"has",       "have", "had",        "was",      "were",
                "is",        "are",  "been",       "already",  "reportedly",
                "allegedly", "also", "repeatedly", "recently", "previously",
                "itself",    "now",  "again",      "just",     "twice",
                "once"});
}

// Verbs whose object is the act ("carried out strikes", "launched raids").
bool IsLightVerb(std::string_view w) {
  return In(w, {"carried",  "carry",      "carries",    "carrying", "conducted",
                "conduct",  "conducts",   "conducting", "launched", "launch",
                "launches", "launching",  "staged",     "stage",    "stages",
                "staging",  "mounted",    "mount",      "mounts",   "mounting",
                "executed", "perpetrated"});
}

// Words that make what follows not (yet) done: "would be carried out by",
// "to strike", "did not strike".
bool IsIrrealis(std::string_view w) {
  return In(w, {"will", "would", "could", "can", "may", "might", "should",
                "must", "shall", "to", "not", "never", "cannot", "n't"});
}

// An act word: "strike", "raid", "attacked", "targeting". Not the noun
// "target(s)", which is the thing attacked ("Iranian targets").
bool IsAct(const LexToken& t) {
  return t.term == "#attack" && t.word != "target" && t.word != "targets";
}

// An act word written as a verb ("struck", "bombed", "attacks").
bool IsActVerb(const LexToken& t, bool after_auxiliary) {
  if (!IsAct(t)) return false;
  const std::string& w = t.word;
  if (w.ends_with("ed") || In(w, {"struck", "hit", "hits", "strikes", "attacks",
                                  "bombs", "raids", "shells"}))
    return true;
  return after_auxiliary && w.ends_with("ing");
}

std::vector<Arg> ArgumentsOf(const Tokens& tokens) {
  std::vector<Arg> args;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const bool country = tokens[i].term.starts_with("#c:");
    if (!country && !tokens[i].proper) continue;
    if (!country && !args.empty() && args.back().end == i &&
        !args.back().country) {
      args.back().end = i + 1;
    } else {
      args.push_back(Arg{i, i + 1, country, {}});
    }
    args.back().terms.insert(tokens[i].term);
  }
  return args;
}

const Arg* ArgAt(const std::vector<Arg>& args, size_t i) {
  for (const Arg& a : args) {
    if (a.begin == i) return &a;
  }
  return nullptr;
}

bool AnyIrrealis(const Tokens& t, size_t from, size_t to) {
  for (size_t k = from; k < to && k < t.size(); ++k) {
    if (IsIrrealis(t[k].word)) return true;
  }
  return false;
}

// "strikes by A are imminent", "strikes A plans": not done yet.
bool FutureAfter(const Tokens& t, size_t act) {
  for (size_t k = act + 1; k <= act + 4 && k < t.size(); ++k) {
    if (In(t[k].term, {"#imminent", "#plan", "#warn"})) return true;
  }
  return false;
}

// An act within `reach` tokens from `from`, with no argument or irrealis
// word before it ("carried out several strikes"); returns its index or npos.
size_t ActWithin(const Tokens& t, const std::vector<Arg>& args, size_t from,
                 size_t reach) {
  for (size_t k = from; k < from + reach && k < t.size(); ++k) {
    if (IsAct(t[k])) return k;
    if (IsIrrealis(t[k].word) || ArgAt(args, k) != nullptr) break;
  }
  return std::string::npos;
}

// Determiner and adjective slots between a verb and its noun ("carried out
// three precision strikes"), and between "by" and the agent ("by an
// Israeli drone").
constexpr size_t kSlotReach = 3;

// Active: AGENT [aux]* (VERB | LIGHT [out] ... ACT | behind ... ACT).
size_t ActiveAct(const Tokens& t, const std::vector<Arg>& args,
                 const Arg& agent) {
  if (agent.begin > 0 && IsPreposition(t[agent.begin - 1].word))
    return std::string::npos;
  // "let A strike", "allowed A to": the act is permitted, not done.
  for (size_t k = agent.begin >= 2 ? agent.begin - 2 : 0; k < agent.begin; ++k)
    if (In(t[k].term, {"#permit", "#plan", "#warn"})) return std::string::npos;
  size_t k = agent.end;
  while (k < t.size() && k < agent.end + 4 && IsAuxiliary(t[k].word)) ++k;
  if (k >= t.size()) return std::string::npos;
  const bool aux = k > agent.end;
  if (IsActVerb(t[k], aux) && !FutureAfter(t, k)) return k;
  size_t act = std::string::npos;
  if (IsLightVerb(t[k].word)) {
    ++k;
    if (k < t.size() && t[k].word == "out") ++k;
    act = ActWithin(t, args, k, kSlotReach + 1);
  } else if (aux && t[k].word == "behind") {
    act = ActWithin(t, args, k + 1, kSlotReach + 1);
  }
  return act != std::string::npos && !FutureAfter(t, act) ? act
                                                          : std::string::npos;
}

// The argument right after "by", "on" or "to" at `k`, past up to
// kSlotReach determiners and adjectives; nullptr if none.
const Arg* AgentAfter(const Tokens& t, const std::vector<Arg>& args, size_t k) {
  for (size_t j = k + 1; j <= k + kSlotReach && j < t.size(); ++j) {
    if (const Arg* a = ArgAt(args, j)) return a;
    if (IsAct(t[j])) return nullptr;  // "caused by an airstrike"
  }
  return nullptr;
}

// Passive: (ACT-ed | carried out | conducted ...) by AGENT, or blamed on /
// attributed to AGENT, after an act of the sentence.
const Arg* PassiveAgent(const Tokens& t, const std::vector<Arg>& args) {
  bool act_seen = false;
  for (size_t k = 0; k < t.size(); ++k) {
    const std::string& w = t[k].word;
    const bool participle =
        (IsAct(t[k]) && (w.ends_with("ed") || In(w, {"struck", "hit"}))) ||
        (act_seen && (IsLightVerb(w) || In(w, {"caused", "ordered"})));
    const bool blame = act_seen && In(w, {"blamed", "attributed"});
    act_seen = act_seen || IsAct(t[k]);
    if (!participle && !blame) continue;
    size_t next = k + 1;
    if (next < t.size() && t[next].word == "out") ++next;
    if (next >= t.size()) break;
    const bool linked =
        blame ? In(t[next].word, {"on", "to"}) : t[next].word == "by";
    if (!linked || AnyIrrealis(t, k >= 3 ? k - 3 : 0, k)) continue;
    if (const Arg* a = AgentAfter(t, args, next)) return a;
  }
  return nullptr;
}

// Adjective: a country written before the act noun ("an Israeli airstrike",
// "Israeli drone strikes").
const Arg* AdjectiveAgent(const Tokens& t, const std::vector<Arg>& args) {
  for (const Arg& a : args) {
    if (!a.country) continue;
    if (a.begin > 0 && IsPreposition(t[a.begin - 1].word)) continue;
    size_t act = std::string::npos;
    for (size_t k = a.end; k < a.end + 2 && k < t.size(); ++k) {
      if (IsAct(t[k])) act = k;
      // One content word may stand between ("Israeli drone strikes"), not
      // a function word ("Israel to attack").
      if (act != std::string::npos || ArgAt(args, k) != nullptr ||
          t[k].term.empty() || IsIrrealis(t[k].word))
        break;
    }
    if (act == std::string::npos || FutureAfter(t, act)) continue;
    if (AnyIrrealis(t, a.begin >= 3 ? a.begin - 3 : 0, a.begin)) continue;
    return &a;
  }
  return nullptr;
}

// Words from an explosion to the act it was: "was caused by", "was the
// result of", "came from". Six covers "the blast at the depot was caused
// by"; a longer gap is usually another clause.
constexpr size_t kCauseReach = 6;

// "<explosion> ... caused by | result of | due to ... <act>".
bool StatesCause(const Tokens& t) {
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].term != "#explode") continue;
    for (size_t j = k + 1; j <= k + kCauseReach && j + 1 < t.size(); ++j) {
      if (IsIrrealis(t[j].word)) break;
      const bool link = (t[j].word == "caused" && t[j + 1].word == "by") ||
                        (t[j].word == "result" && t[j + 1].word == "of") ||
                        (t[j].word == "due" && t[j + 1].word == "to");
      if (!link) continue;
      for (size_t a = j + 2; a <= j + 1 + kSlotReach && a < t.size(); ++a) {
        if (IsAct(t[a])) return true;
      }
    }
  }
  return false;
}

}  // namespace

EventFrame FrameOf(std::string_view text, ParaphraseLexicon* lexicon) {
  return FrameOf(lexicon->Tokens(text));
}

EventFrame FrameOf(const Tokens& tokens) {
  EventFrame frame;
  const std::vector<Arg> args = ArgumentsOf(tokens);
  const Arg* agent = nullptr;
  for (const Arg& a : args) {
    if (ActiveAct(tokens, args, a) != std::string::npos) {
      agent = &a;
      break;
    }
  }
  if (agent == nullptr) agent = PassiveAgent(tokens, args);
  if (agent == nullptr) agent = AdjectiveAgent(tokens, args);
  if (agent == nullptr) {
    frame.cause = StatesCause(tokens);
    return frame;
  }
  frame.predicate = "#attack";
  frame.agent = agent->terms;
  for (const Arg& a : args) {
    const bool same = std::any_of(
        a.terms.begin(), a.terms.end(),
        [&](const std::string& x) { return frame.agent.count(x) > 0; });
    if (!same) frame.others.push_back(a.terms);
  }
  return frame;
}

bool SameEvent(const EventFrame& a, const EventFrame& b) {
  if (a.predicate.empty() || a.predicate != b.predicate) return false;
  auto intersect = [](const std::set<std::string>& x,
                      const std::set<std::string>& y) {
    return std::any_of(x.begin(), x.end(),
                       [&](const std::string& s) { return y.count(s) > 0; });
  };
  if (!intersect(a.agent, b.agent)) return false;
  for (const auto& x : a.others) {
    for (const auto& y : b.others) {
      if (intersect(x, y)) return true;
    }
  }
  return false;
}

}  // namespace corroborate::corroborate
