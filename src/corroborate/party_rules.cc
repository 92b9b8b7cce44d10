// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/party_rules.h"

#include <algorithm>

#include "corroborate/source_key.h"

#include "util/text.h"
#include "util/word_set.h"

namespace corroborate::corroborate {
// Rule 2 within one article: an unnamed party cited without a conduit
// ("the sources said") is the anonymous group the article has already
// introduced through a named outlet, if any: the nearest such chain before
// the sentence, else the first after it. With `conduit` (a SourceKey), only
// chains through that outlet count (rule 1: "the NYT report added that ..."
// is the NYT's chain of the article).
const Attribution* NearestChain(const Article& article, int sentence,
                                const ParaphraseLexicon& lexicon,
                                const std::string& conduit) {
  const Attribution* before = nullptr;
  const Attribution* after = nullptr;
  for (const Attribution& a : article.attributions) {
    if (a.via.empty() || a.source.empty()) continue;
    if (conduit.empty() ? !a.anonymous
                        : !SameSource(SourceKey(a.source, lexicon), conduit))
      continue;
    if (a.sentence <= sentence) {
      if (before == nullptr || a.sentence >= before->sentence) before = &a;
    } else if (after == nullptr) {
      after = &a;
    }
  }
  return before != nullptr ? before : after;
}

namespace {

// A one-word name that ends a longer one of the same kind: "Al-Fayadh"
// after "Falih al-Fayadh" ("alfayadh" ~ "falih alfayadh"). Four letters at
// least, so that initials and short words do not match surnames.
constexpr size_t kMinSurname = 4;

bool IsSurnameOf(const std::string& shorter, const std::string& longer) {
  return shorter.size() >= kMinSurname &&
         shorter.find(' ') == std::string::npos && !shorter.starts_with("#") &&
         longer.size() > shorter.size() && longer.ends_with(" " + shorter);
}

}  // namespace

// Root keys are "conduit" or, for an anonymous group the article introduces
// itself, "conduit|description". Two roots match when their conduits do
// and, if both are described, their descriptions do too: "an official told
// Outlet A" in A's own article is the group "Outlet A, citing an official"
// of another article.
bool SameRoot(const std::string& a, const std::string& b) {
  if (IsSurnameOf(a, b) || IsSurnameOf(b, a)) return true;
  const size_t pa = a.find('|'), pb = b.find('|');
  if (!SameSource(a.substr(0, pa), b.substr(0, pb))) return false;
  if (pa == std::string::npos || pb == std::string::npos) return true;
  return SameSource(a.substr(pa + 1), b.substr(pb + 1));
}

// An unnamed party that points back to one already introduced ("the
// sources", "those officials", a bare "sources"), rather than introducing
// one ("a member of the cabinet", "two officials").
bool IsAnaphoric(const std::string& description) {
  const std::string folded = util::FoldAccents(description);
  for (const char* lead : {"the ", "these ", "those ", "such ", "said "}) {
    if (folded.starts_with(lead)) return true;
  }
  return util::Words(folded).size() <= 1;
}

// True if the anaphoric `description` can point back to a group described
// as `via`: a generic word for a source ("the sources", "the people") fits
// any group; otherwise the head nouns must agree ("the officials" ~ "US
// officials", but "critics" is not "a ministry official").
bool RefersTo(const std::string& description, const std::string& via) {
  auto head = [](const std::string& w) {
    return w.size() > 3 && w.ends_with("s") ? w.substr(0, w.size() - 1) : w;
  };
  const std::vector<std::string> words = util::FoldedWords(description);
  if (words.empty()) return false;
  const std::string noun = head(words.back());
  if (noun == "source" || noun == "people" || noun == "person" ||
      noun == "insider")
    return true;
  for (const std::string& w : util::FoldedWords(via)) {
    if (head(w) == noun) return true;
  }
  return false;
}

bool LooksUnnamed(const std::string& party) {
  if (std::any_of(party.begin(), party.end(),
                  [](char c) { return c >= 'A' && c <= 'Z'; }))
    return false;
  // Kinds of people who speak to reporters (general news vocabulary).
  static const char* const kPeople[] = {
      "official",      "officials",   "source",       "sources",
      "executive",     "executives",  "people",       "person",
      "diplomat",      "diplomats",   "insider",      "insiders",
      "aide",          "aides",       "officer",      "officers",
      "spokesman",     "spokeswoman", "spokesperson", "analyst",
      "analysts",      "resident",    "residents",    "witness",
      "witnesses",     "member",      "members",      "employee",
      "employees",     "adviser",     "advisers",     "advisor",
      "advisors",      "lawmaker",    "lawmakers",    "investigator",
      "investigators", "negotiator",  "negotiators",  "banker",
      "bankers",       "manager",     "managers",     "worker",
      "workers"};
  for (const std::string& w : util::FoldedWords(party)) {
    if (std::find(std::begin(kPeople), std::end(kPeople), w) !=
        std::end(kPeople))
      return true;
  }
  return false;
}

// A party named by description, not by name: "an Arabic news site",
// "a newspaper", "reports", "local media" (no capital letter).
bool IsVague(const std::string& party) {
  const std::string folded = util::FoldAccents(party);
  if (folded.starts_with("a ") || folded.starts_with("an ")) return true;
  // A pronoun the analysis could not resolve ("She", opening a sentence) is
  // nobody in particular: no root of its own beside a named one.
  static const util::WordSet kPronouns = {"he", "she", "they", "it",
                                          "we", "i",   "you"};
  if (kPronouns.count(folded)) return true;
  return std::none_of(party.begin(), party.end(),
                      [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool IsDefiniteDescription(const std::string& party) {
  const std::vector<std::string> words = util::Words(party);
  if (words.size() < 2 || util::FoldAccents(words.front()) != "the")
    return false;
  // The head: the last word, or the one before an "of" phrase ("the head
  // of the rules committee").
  size_t head = words.size() - 1;
  for (size_t i = 1; i < words.size(); ++i) {
    if (words[i] == "of") {
      head = i - 1;
      break;
    }
  }
  return head > 0 && !util::StartsUpper(words[head]);
}

Origin MakeOrigin(const std::string& source, const std::string& via,
                  bool anonymous) {
  Origin o;
  o.source = source;
  o.via = via;
  o.anonymous = anonymous;
  return o;
}

// Origin::kind of the innermost party of an attribution.
std::string KindOf(const Attribution& a) {
  if (a.anonymous) return "anonymous";
  const SourceKind kind = a.via.empty() ? a.source_kind : a.via_kind;
  if (kind == SourceKind::kOrganization) return "body";
  return std::string(ToString(kind));
}

bool IsConfirmCue(const std::string& cue) {
  const std::string c = util::FoldAccents(cue);
  return util::ContainsAny(c, {"confirm", "acknowledg", "admit", "verif"}) &&
         !util::ContainsAny(c, {"not ", "n't", "declin", "refus"});
}

// Rule 1: imagery or data counts as the body that published it. True if
// `party` published images or data in the sentence or the one before
// ("<Company> released satellite images showing ...", then "The company
// assessed that ...").
bool PublishedImagery(const Article& article, int sentence,
                      const std::string& party) {
  const std::string name = util::FoldAccents(party);
  for (int s = std::max(0, sentence - 1); s <= sentence; ++s) {
    if (s >= static_cast<int>(article.sentences.size())) break;
    const std::string text = util::FoldAccents(article.sentences[s].text);
    if (s != sentence && text.find(name) == std::string::npos) continue;
    if (util::ContainsAny(text, {"satellite", "imagery", "images", "photos",
                                 "footage", "video", "data"}) &&
        util::ContainsAny(text, {"released", "published", "showed", "shared",
                                 "posted", "provided"}))
      return true;
  }
  return false;
}

// Why a root after the first counts apart from the others.
std::string Independence(const Origin& o, bool anonymous) {
  if (!anonymous) {
    return o.source +
           " is a different party, and no carrying sentence cites it through "
           "another root";
  }
  if (o.via.empty()) {
    return o.source +
           " is an unnamed party its article introduces itself, not reached "
           "through any other root's outlet";
  }
  return "an anonymous group reached through " + o.source +
         ", a different conduit from the other roots'";
}

namespace {

bool IsOutletOnly(const Attribution& a) {
  return a.source_kind == SourceKind::kOutlet && a.via.empty() &&
         !a.anonymous && !a.source.empty();
}

bool IsNamedParty(const Attribution& a) {
  return a.source_kind != SourceKind::kOutlet && a.via.empty() &&
         !a.anonymous && !a.source.empty();
}

// A cue that passes a message to someone ("told Iraq", "informed", "asked",
// "warned"): the message is an event the outer party reports, not a
// statement on the record.
bool IsMessageCue(const std::string& cue) {
  const std::string c = util::FoldAccents(cue);
  for (const char* lead : {"told", "tell", "inform", "notif", "ask", "warn",
                           "urg", "assur", "brief"}) {
    if (c.starts_with(lead)) return true;
  }
  return false;
}

}  // namespace

// Rule 1 within one sentence: one sentence is one chain. An outlet named
// without its own source beside a named party ("<P> said ..., the <Outlet>
// added") is the party's conduit; when the party's cue is a message to
// someone ("<P> told <Q> that ..., said <Outlet>"), the message is what the
// outlet reports and the outlet is the root. So is an anonymous source
// reporting a named party's message ("<P> has asked <Q> for ..., according
// to people familiar with the matter"): the request is the event the
// sources tell of, and they are the root. Returns, per attribution, the
// index of the attribution whose root it joins (itself if it names one).
std::vector<size_t> ChainOf(const std::vector<const Attribution*>& all) {
  std::vector<size_t> joins(all.size());
  for (size_t i = 0; i < all.size(); ++i) joins[i] = i;
  size_t outlet = all.size(), party = all.size(), unnamed = all.size();
  for (size_t i = 0; i < all.size(); ++i) {
    if (IsOutletOnly(*all[i]) && outlet == all.size()) outlet = i;
    if (IsNamedParty(*all[i]) && party == all.size()) party = i;
    if (all[i]->anonymous && unnamed == all.size()) unnamed = i;
  }
  if (party == all.size()) return joins;
  if (outlet == all.size()) {
    if (unnamed == all.size() || !IsMessageCue(all[party]->cue)) return joins;
    for (size_t i = 0; i < all.size(); ++i) {
      if (IsNamedParty(*all[i]) && IsMessageCue(all[i]->cue))
        joins[i] = unnamed;
    }
    return joins;
  }
  const bool message = IsMessageCue(all[party]->cue);
  for (size_t i = 0; i < all.size(); ++i) {
    if (message ? IsNamedParty(*all[i]) : i == outlet)
      joins[i] = message ? outlet : party;
  }
  return joins;
}

}  // namespace corroborate::corroborate
