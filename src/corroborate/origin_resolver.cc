// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/origin_resolver.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>

#include "corroborate/party_rules.h"
#include "corroborate/source_key.h"

#include "util/text.h"
#include "util/word_set.h"

namespace corroborate::corroborate {
namespace {

// Rule 4: "if the report is accurate ..." asserts nothing.
bool IsConditional(const std::string& folded) {
  return util::ContainsAny(
      folded, {"if the report", "if the reports", "if true", "if confirmed",
               "if accurate", "if it is true", "if that is true",
               "if this is true", "if the claim", "if the allegation"});
}

// Rule 4: people reacting to the news learned it from the news.
bool IsReaction(const std::string& folded) {
  return util::ContainsAny(
      folded, {"responding to the report", "reacting to the report",
               "in response to the report", "asked about the report",
               "commenting on the report", "in reaction to the report"});
}

bool IsNegatedDenial(const std::string& folded) {
  return util::ContainsAny(
      folded,
      {"not deny", "n't deny", "not denied", "n't denied", "no denial",
       "neither confirm", "nor deny", "refused to deny", "declined to deny"});
}

bool IsDenialCue(const std::string& cue) {
  const std::string c = util::FoldAccents(cue);
  return util::ContainsAny(
      c, {"deni", "deny", "reject", "refut", "dismiss", "disput", "rebut"});
}

std::string Lower(const std::string& text) { return util::FoldAccents(text); }

}  // namespace

// One independent root while it is being collected.
struct OriginResolver::Root {
  std::string
      key;  // SourceKey of the root party, or of the conduit if anonymous
  bool anonymous = false;
  bool outlet_only = false;  // an outlet cited without its own source
  bool vague =
      false;  // a description, not a name ("an Arabic news site", "reports")
  // A definite description of a person or body ("The Republican
  // incumbent"): the same party as a named root it shares a sentence with.
  bool described = false;
  Origin origin;
  struct Evidence {
    SentenceRef carrier;  // the sentence that carries the claim
    const Attribution* attribution;
    bool copied;  // carrier copies the text that names the root
  };
  std::vector<Evidence> evidence;
  bool confirms = false;  // the root's own cue is a confirmation
  void Absorb(Root&& other) {
    auto& ids = origin.articles;
    for (const std::string& id : other.origin.articles) {
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
    for (const Evidence& e : other.evidence) evidence.push_back(e);
    confirms = confirms || other.confirms;
  }
};

OriginResolver::OriginResolver(const std::vector<Article>& articles,
                               const std::vector<Reuse>& reuse,
                               ParaphraseLexicon* lexicon)
    : articles_(articles), lexicon_(lexicon) {
  std::unordered_map<std::string, int> index;
  for (size_t i = 0; i < articles.size(); ++i)
    index.emplace(articles[i].id, static_cast<int>(i));
  for (const Reuse& r : reuse) {
    auto from = index.find(r.from), to = index.find(r.to);
    if (from == index.end() || to == index.end()) continue;
    for (const Passage& p : r.passages) {
      copied_from_[{to->second, p.to_sentence}] = {from->second,
                                                   p.from_sentence};
    }
  }
}

std::vector<const Attribution*> OriginResolver::AttributionsOf(
    const SentenceRef& ref) const {
  std::vector<const Attribution*> out;
  for (const Attribution& a : articles_[ref.first].attributions) {
    if (a.sentence == ref.second) out.push_back(&a);
  }
  return out;
}

bool OriginResolver::IsDenial(const SentenceRef& ref) const {
  const Article& article = articles_[ref.first];
  if (ref.second < 0 ||
      ref.second >= static_cast<int>(article.sentences.size()))
    return false;
  if (IsNegatedDenial(Lower(article.sentences[ref.second].text))) return false;
  for (const Signal& s : article.signals) {
    if (s.sentence == ref.second && s.kind == "denied") return true;
  }
  for (const Attribution* a : AttributionsOf(ref)) {
    if (IsDenialCue(a->cue)) return true;
  }
  return false;
}

void OriginResolver::UnnamedRoot(const Article& article, int sentence,
                                 const Attribution& a, Root* r) const {
  const std::string site = article.site.empty() ? article.id : article.site;
  const std::string description = a.source + a.via;
  const Attribution* chain = IsAnaphoric(description)
                                 ? NearestChain(article, sentence, *lexicon_)
                                 : nullptr;
  if (chain != nullptr && !RefersTo(description, chain->via)) chain = nullptr;
  const std::string conduit = chain != nullptr ? chain->source : site;
  r->key = SourceKey(conduit, *lexicon_);
  // A group the article introduces itself ("a member of the cabinet") is
  // its own root, told apart from the article's other unnamed groups.
  if (chain == nullptr) r->key += "|" + SourceKey(description, *lexicon_);
  if (chain != nullptr) {
    r->origin = MakeOrigin(conduit, chain->via, true);
  } else if (!article.site.empty()) {
    r->origin = MakeOrigin(conduit, description, true);
  } else {
    // No outlet is known: the group speaks for itself.
    r->origin = MakeOrigin(description, "", true);
  }
}

bool OriginResolver::OutletChainRoot(const Article& article, int sentence,
                                     const Attribution& a, Root* r) const {
  if (a.source_kind != SourceKind::kOutlet) return false;
  const Attribution* chain = NearestChain(article, sentence, *lexicon_,
                                          SourceKey(a.source, *lexicon_));
  if (chain == nullptr) return false;
  r->anonymous = chain->anonymous;
  r->key = SourceKey(chain->anonymous ? chain->source : chain->via, *lexicon_);
  r->origin = MakeOrigin(chain->source, chain->via, chain->anonymous);
  r->origin.kind = KindOf(*chain);
  return true;
}

int OriginResolver::AddRoot(const SentenceRef& carrier, const SentenceRef& said,
                            const Attribution& a,
                            std::vector<Root>* roots) const {
  const Article& article = articles_[said.first];
  Root r;
  // "two senior executives told ..." is unnamed whether or not the
  // attribution says so.
  const bool unnamed = !a.anonymous && a.via.empty() && LooksUnnamed(a.source);
  r.anonymous = a.anonymous || unnamed;
  if (!a.via.empty() && !a.source.empty()) {
    // "Outlet reported, citing X": the root is X; an unnamed X is keyed by
    // the outlet that reached it.
    r.key = SourceKey(a.anonymous ? a.source : a.via, *lexicon_);
    r.origin = MakeOrigin(a.source, a.via, a.anonymous);
  } else if (r.anonymous) {
    UnnamedRoot(article, said.second, a, &r);
    r.origin.kind = "anonymous";
  } else if (OutletChainRoot(article, said.second, a, &r)) {
    // Rule 1: "the NYT report added that ..." is the chain the article
    // reports through that outlet ("the NYT, citing officials").
  } else {
    const std::string& party = a.source.empty() ? a.via : a.source;
    r.key = SourceKey(party, *lexicon_);
    r.origin = MakeOrigin(party, "", false);
    r.outlet_only = a.source_kind == SourceKind::kOutlet;
    r.vague = IsVague(party);
    // Documents and imagery so described ("the FBI summary") are no
    // appositions (MergeAppositions).
    r.described = (a.source_kind == SourceKind::kPerson ||
                   a.source_kind == SourceKind::kOrganization ||
                   a.source_kind == SourceKind::kUnknown) &&
                  IsDefiniteDescription(party);
    r.confirms = IsConfirmCue(a.cue);
    if (a.source_kind != SourceKind::kOutlet &&
        PublishedImagery(article, said.second, party))
      r.origin.kind = "imagery";
  }
  if (r.key.empty()) return -1;
  if (r.origin.kind.empty()) r.origin.kind = KindOf(a);
  r.origin.articles.push_back(articles_[carrier.first].id);
  r.evidence.push_back({carrier, &a, carrier != said});
  for (Root& existing : *roots) {
    if (existing.anonymous == r.anonymous && SameRoot(existing.key, r.key)) {
      // Name the root by its shortest spelling ("Courrier Atlantique", not
      // "the Paris-based Courrier Atlantique"); an unnamed group keeps the
      // words its first carrier cited it with. A named party is named by
      // itself rather than through an outlet ("X", not "Outlet citing X",
      // once X is quoted directly), its spellings compared on X.
      if (r.anonymous) {
        if (r.origin.source.size() < existing.origin.source.size())
          existing.origin.source = r.origin.source;
      } else {
        auto named = [](const Origin& o) -> const std::string& {
          return o.via.empty() ? o.source : o.via;
        };
        const bool r_direct = r.origin.via.empty();
        const bool rename =
            r_direct != existing.origin.via.empty()
                ? r_direct
                : named(r.origin).size() < named(existing.origin).size();
        if (rename) {
          existing.origin.source = r.origin.source;
          existing.origin.via = r.origin.via;
        }
      }
      existing.Absorb(std::move(r));
      return static_cast<int>(&existing - roots->data());
    }
  }
  roots->push_back(std::move(r));
  return static_cast<int>(roots->size()) - 1;
}

bool OriginResolver::AddDenial(const SentenceRef& ref,
                               const std::vector<std::string>& claim_terms,
                               Provenance* out) const {
  std::string denier;
  for (const Attribution* a : AttributionsOf(ref)) {
    if (denier.empty() || IsDenialCue(a->cue))
      denier = a->source.empty() ? a->via : a->source;
  }
  // The party concerned is one the claim is about: its terms (a country, a
  // company name) appear in the claim. An unnamed denier is taken to be it.
  bool concerned = denier.empty();
  for (const std::string& t : lexicon_->Terms(denier)) {
    if (std::find(claim_terms.begin(), claim_terms.end(), t) !=
        claim_terms.end())
      concerned = true;
  }
  (concerned ? out->denied : out->contested) = true;
  if (out->denier.empty() || concerned) out->denier = denier;
  return concerned;
}

// A vaguely described party cannot be told apart from the named ones: when
// the claim has exactly one named root it is taken to be that root (the
// "Arabic news site" of a headline is the paper named in the body); when it
// has several it adds nothing; alone, it stays the claim's only root.
void OriginResolver::MergeAppositions(std::vector<Root>* roots) {
  // "Joe Maloy, the Republican incumbent, said ...; the incumbent added":
  // a described root whose sentences also name exactly one other root, a
  // named one, is that root in other words. Across sentences a description
  // may be anyone ("the deputy head of China's delegation" beside "Ash
  // Carter"), so it stays a root of its own.
  auto shares_sentence = [](const Root& a, const Root& b) {
    for (const Root::Evidence& x : a.evidence) {
      for (const Root::Evidence& y : b.evidence)
        if (x.carrier == y.carrier) return true;
    }
    return false;
  };
  std::vector<bool> gone(roots->size(), false);
  for (size_t i = 0; i < roots->size(); ++i) {
    if (!(*roots)[i].described) continue;
    int target = -1, named = 0;
    for (size_t j = 0; j < roots->size(); ++j) {
      const Root& other = (*roots)[j];
      if (j == i || gone[j] || other.described || other.vague ||
          other.anonymous || !shares_sentence((*roots)[i], other))
        continue;
      target = static_cast<int>(j);
      ++named;
    }
    if (named != 1) continue;
    (*roots)[static_cast<size_t>(target)].Absorb(std::move((*roots)[i]));
    gone[i] = true;
  }
  std::vector<Root> kept;
  for (size_t i = 0; i < roots->size(); ++i) {
    if (!gone[i]) kept.push_back(std::move((*roots)[i]));
  }
  *roots = std::move(kept);
}

void OriginResolver::MergeVague(std::vector<Root>* roots, Provenance* out) {
  std::vector<size_t> named;
  for (size_t i = 0; i < roots->size(); ++i) {
    if (!(*roots)[i].vague) named.push_back(i);
  }
  if (named.empty()) return;
  std::vector<Root> kept;
  for (size_t i = 0; i < roots->size(); ++i) {
    Root& r = (*roots)[i];
    if (!r.vague) continue;
    if (named.size() == 1) {
      (*roots)[named[0]].Absorb(std::move(r));
      continue;
    }
    for (const Root::Evidence& e : r.evidence)
      out->roles.push_back({e.carrier, e.attribution, "vague", -1});
  }
  for (Root& r : *roots) {
    if (!r.vague) kept.push_back(std::move(r));
  }
  *roots = std::move(kept);
}

bool OriginResolver::Concerns(
    const std::string& party,
    const std::vector<std::string>& claim_terms) const {
  for (const std::string& t : lexicon_->Terms(party)) {
    if (std::find(claim_terms.begin(), claim_terms.end(), t) !=
        claim_terms.end())
      return true;
  }
  return false;
}

// True iff one of the articles carrying `origin` is published by the
// outlet keyed `outlet`.
bool OriginResolver::PublishedBy(const Origin& origin,
                                 const std::string& outlet) const {
  for (const Article& a : articles_) {
    if (a.site.empty() ||
        std::find(origin.articles.begin(), origin.articles.end(), a.id) ==
            origin.articles.end())
      continue;
    if (SameSource(SourceKey(a.site, *lexicon_), outlet)) return true;
  }
  return false;
}

// Rule 1: an outlet named without its source is a conduit for the one
// chain of the claim that runs through it (cited through it, or carried by
// its own articles), when there is exactly one.
void OriginResolver::MergeOutletOnly(std::vector<Root>* roots) const {
  for (size_t i = 0; i < roots->size(); ++i) {
    if (!(*roots)[i].outlet_only) continue;
    int chains = 0;
    size_t target = 0;
    for (size_t j = 0; j < roots->size(); ++j) {
      const std::string conduit =
          SourceKey((*roots)[j].origin.source, *lexicon_);
      if (j == i || (*roots)[j].outlet_only) continue;
      // "the Manila newspaper" (key "manila") for "The Manila Courier".
      const std::string& key = (*roots)[i].key;
      const bool first_word =
          key.find(' ') == std::string::npos && conduit.starts_with(key + " ");
      if (SameSource(conduit, key) || first_word ||
          PublishedBy((*roots)[j].origin, key))
        ++chains, target = j;
    }
    if (chains != 1) continue;
    (*roots)[target].Absorb(std::move((*roots)[i]));
    roots->erase(roots->begin() + static_cast<long>(i--));
  }
}

namespace {

// The words of an unnamed party's description, without counts: "three
// people familiar with the matter" -> {people, familiar, with, the, matter}.
std::set<std::string> DescriptionWords(const std::string& description) {
  static const util::WordSet kCounts = {"two", "three", "four",    "five",
                                        "six", "seven", "several", "some",
                                        "a",   "an",    "one"};
  std::set<std::string> out;
  for (const std::string& w : util::FoldedWords(description)) {
    if (!kCounts.count(w)) out.insert(w);
  }
  return out;
}

// Words a description needs before two articles' wordings can be taken
// for one group: "people familiar with the matter", not "officials".
constexpr size_t kMinSharedDescriptionWords = 4;

}  // namespace

// Rule 2, across articles: an unnamed group an article of unknown outlet
// introduces itself ("according to three people familiar with the matter")
// is the group another article reaches through an outlet in the same words
// ("Handelsbrief reported, citing three people familiar with the matter"):
// the first article is, most likely, that outlet's own report. Merged only
// when exactly one outlet's group matches.
void OriginResolver::MergeOwnReports(std::vector<Root>* roots) const {
  for (size_t i = 0; i < roots->size(); ++i) {
    const Root& own = (*roots)[i];
    if (!own.anonymous || !own.origin.via.empty()) continue;
    const std::set<std::string> words = DescriptionWords(own.origin.source);
    if (words.size() < kMinSharedDescriptionWords) continue;
    int matches = 0;
    size_t target = 0;
    for (size_t j = 0; j < roots->size(); ++j) {
      const Root& cited = (*roots)[j];
      if (j == i || !cited.anonymous || cited.origin.via.empty()) continue;
      const std::set<std::string> other = DescriptionWords(cited.origin.via);
      const auto& [small, large] = words.size() <= other.size()
                                       ? std::tie(words, other)
                                       : std::tie(other, words);
      if (small.size() >= kMinSharedDescriptionWords &&
          std::includes(large.begin(), large.end(), small.begin(), small.end()))
        ++matches, target = j;
    }
    if (matches != 1) continue;
    (*roots)[target].Absorb(std::move((*roots)[i]));
    roots->erase(roots->begin() + static_cast<long>(i));
    i = static_cast<size_t>(-1);  // indices moved: look again from the start
  }
}

// A non-confirmation concerns the claim when it is said in the claim's
// sentence or right next to it ("... reported. No official source has
// confirmed the report."), or anywhere in a carrying article when its
// sentence names at least two of the claim's terms ("<the party> has not
// officially confirmed any operation in <the place>"; two, because one
// shared actor alone is any sentence of the story).
constexpr size_t kUnconfirmedSharedTerms = 2;

void OriginResolver::NoteUnconfirmed(
    const SentenceRef& ref, const std::vector<std::string>& claim_terms,
    Provenance* out) const {
  const Article& article = articles_[ref.first];
  for (const Signal& s : article.signals) {
    if (s.kind != "unconfirmed" && s.kind != "not_officially_confirmed")
      continue;
    if (s.sentence < 0 ||
        s.sentence >= static_cast<int>(article.sentences.size()))
      continue;
    const std::string& text = article.sentences[s.sentence].text;
    bool near = s.sentence >= ref.second - 1 && s.sentence <= ref.second + 1;
    if (!near) {
      std::vector<std::string> terms = lexicon_->Terms(text);
      std::sort(terms.begin(), terms.end());
      terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
      size_t shared = 0;
      for (const std::string& t : terms) {
        if (std::find(claim_terms.begin(), claim_terms.end(), t) !=
            claim_terms.end())
          ++shared;
      }
      near = shared >= kUnconfirmedSharedTerms;
    }
    if (!near) continue;
    out->unconfirmed = true;
    if (out->unconfirmed_text.empty()) out->unconfirmed_text = text;
  }
}

// "X has sued Y, a court spokeswoman said, days after X announced a
// recall": a sentence's attributions may carry different contents; only
// those whose content states the claim (at least half as many of its terms
// as the best one) are its roots. Attributions of one chain share their
// content, so the rule never splits a chain.
void OriginResolver::KeepThoseAboutTheClaim(
    const std::vector<std::string>& claim_terms,
    std::vector<const Attribution*>* attributions) const {
  if (attributions->size() < 2) return;
  const std::set<std::string> wanted(claim_terms.begin(), claim_terms.end());
  std::vector<size_t> shared;
  size_t best = 0;
  for (const Attribution* a : *attributions) {
    std::set<std::string> terms;
    for (const std::string& t : lexicon_->Terms(a->content))
      if (wanted.count(t)) terms.insert(t);
    shared.push_back(terms.size());
    best = std::max(best, terms.size());
  }
  if (best == 0) return;
  std::vector<const Attribution*> kept;
  for (size_t i = 0; i < attributions->size(); ++i) {
    // "... a project that Handelsbrief reported on Monday, citing people
    // familiar with the matter": a content that is only the cited party
    // tells nothing of what was reported, so nothing against it either.
    const bool only_cited = (*attributions)[i]->content.starts_with("citing ");
    if (2 * shared[i] >= best || only_cited) kept.push_back((*attributions)[i]);
  }
  *attributions = std::move(kept);
}

void OriginResolver::AddSentenceRoots(
    const SentenceRef& carrier, const SentenceRef& said,
    const std::vector<const Attribution*>& attributions,
    std::vector<Root>* roots) const {
  // One sentence is one chain: an attribution that joins another's chain
  // (ChainOf) is evidence for that root, not a root of its own.
  const std::vector<size_t> joins = ChainOf(attributions);
  std::vector<int> root_of(attributions.size(), -1);
  for (size_t i = 0; i < attributions.size(); ++i) {
    if (joins[i] == i)
      root_of[i] = AddRoot(carrier, said, *attributions[i], roots);
  }
  for (size_t i = 0; i < attributions.size(); ++i) {
    const int root = root_of[joins[i]];
    if (joins[i] != i && root >= 0)
      (*roots)[root].evidence.push_back(
          {carrier, attributions[i], carrier != said});
  }
}

Provenance OriginResolver::Resolve(
    const std::vector<SentenceRef>& members,
    const std::vector<std::string>& claim_terms) const {
  Provenance out;
  std::vector<Root> roots;
  for (const SentenceRef& m : members) {
    const std::string folded =
        Lower(articles_[m.first].sentences[m.second].text);
    NoteUnconfirmed(m, claim_terms, &out);
    if (IsDenial(m)) {
      const bool concerned = AddDenial(m, claim_terms, &out);
      out.roles.push_back({m, nullptr, concerned ? "denial" : "dispute", -1});
      continue;
    }
    // Rule 4, and "did not deny" is no confirmation either.
    const char* skipped = IsConditional(folded)     ? "conditional"
                          : IsReaction(folded)      ? "reaction"
                          : IsNegatedDenial(folded) ? "not_denial"
                                                    : nullptr;
    if (skipped != nullptr) {
      out.roles.push_back({m, nullptr, skipped, -1});
      continue;
    }
    SentenceRef said = m;
    std::vector<const Attribution*> attributions = AttributionsOf(m);
    if (attributions.empty()) {
      // Rule 4: copied text inherits the root of the text it copies.
      if (auto it = copied_from_.find(m); it != copied_from_.end()) {
        said = it->second;
        attributions = AttributionsOf(said);
      }
    }
    if (attributions.empty()) out.roles.push_back({m, nullptr, "repeat", -1});
    KeepThoseAboutTheClaim(claim_terms, &attributions);
    AddSentenceRoots(m, said, attributions, &roots);
  }
  MergeOutletOnly(&roots);
  MergeOwnReports(&roots);
  MergeAppositions(&roots);
  MergeVague(&roots, &out);
  Finish(&roots, claim_terms, &out);
  return out;
}

// Moves the roots into `out` with their roles, kinds and the reason each
// counts apart from the roots before it.
void OriginResolver::Finish(std::vector<Root>* roots,
                            const std::vector<std::string>& claim_terms,
                            Provenance* out) const {
  for (size_t i = 0; i < roots->size(); ++i) {
    Root& r = (*roots)[i];
    for (const Root::Evidence& e : r.evidence) {
      out->roles.push_back({e.carrier, e.copied ? nullptr : e.attribution,
                            e.copied ? "copy" : "root", static_cast<int>(i)});
    }
    if (r.confirms && !r.anonymous && out->confirmer.empty() &&
        Concerns(r.origin.source, claim_terms))
      out->confirmer = r.origin.source;
    if (i > 0) {
      r.origin.independence = Independence(r.origin, r.anonymous);
    }
    out->origins.push_back(std::move(r.origin));
  }
}

}  // namespace corroborate::corroborate
