// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/origin_resolver.h"

#include <algorithm>
#include <unordered_map>

#include "corroborate/source_key.h"

#include "util/text.h"

namespace corroborate::corroborate {
namespace {

bool Contains(const std::string& text,
              std::initializer_list<const char*> needles) {
  return std::any_of(needles.begin(), needles.end(), [&](const char* n) {
    return text.find(n) != std::string::npos;
  });
}

// Rule 4: "if the report is accurate ..." asserts nothing.
bool IsConditional(const std::string& folded) {
  return Contains(folded,
                  {"if the report", "if the reports", "if true", "if confirmed",
                   "if accurate", "if it is true", "if that is true",
                   "if this is true", "if the claim", "if the allegation"});
}

// Rule 4: people reacting to the news learned it from the news.
bool IsReaction(const std::string& folded) {
  return Contains(folded,
                  {"responding to the report", "reacting to the report",
                   "in response to the report", "asked about the report",
                   "commenting on the report", "in reaction to the report"});
}

bool IsNegatedDenial(const std::string& folded) {
  return Contains(folded, {"not deny", "n't deny", "not denied", "n't denied",
                           "no denial", "neither confirm", "nor deny",
                           "refused to deny", "declined to deny"});
}

bool IsDenialCue(const std::string& cue) {
  const std::string c = util::FoldAccents(cue);
  return Contains(
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
  Origin origin;
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

namespace {

// Rule 2 within one article: an unnamed party cited without a conduit
// ("the sources said") is the anonymous group the article has already
// introduced through a named outlet, if any: the nearest such chain before
// the sentence, else the first after it.
const Attribution* NearestChain(const Article& article, int sentence) {
  const Attribution* before = nullptr;
  const Attribution* after = nullptr;
  for (const Attribution& a : article.attributions) {
    if (!a.anonymous || a.via.empty() || a.source.empty()) continue;
    if (a.sentence <= sentence) {
      if (before == nullptr || a.sentence >= before->sentence) before = &a;
    } else if (after == nullptr) {
      after = &a;
    }
  }
  return before != nullptr ? before : after;
}

// A party named by description, not by name: "an Arabic news site",
// "a newspaper", "reports", "local media" (no capital letter).
bool IsVague(const std::string& party) {
  const std::string folded = util::FoldAccents(party);
  if (folded.starts_with("a ") || folded.starts_with("an ")) return true;
  return std::none_of(party.begin(), party.end(),
                      [](char c) { return c >= 'A' && c <= 'Z'; });
}

Origin MakeOrigin(const std::string& source, const std::string& via,
                  bool anonymous) {
  Origin o;
  o.source = source;
  o.via = via;
  o.anonymous = anonymous;
  return o;
}

}  // namespace

void OriginResolver::AddRoot(const SentenceRef& carrier,
                             const SentenceRef& said, const Attribution& a,
                             std::vector<Root>* roots) const {
  const Article& article = articles_[said.first];
  const std::string site = article.site.empty() ? article.id : article.site;
  Root r;
  r.anonymous = a.anonymous;
  if (!a.via.empty() && !a.source.empty()) {
    // "Outlet reported, citing X": the root is X; an unnamed X is keyed by
    // the outlet that reached it.
    r.key = SourceKey(a.anonymous ? a.source : a.via, *lexicon_);
    r.origin = MakeOrigin(a.source, a.via, a.anonymous);
  } else if (a.anonymous) {
    const Attribution* chain = NearestChain(article, said.second);
    const std::string conduit = chain != nullptr ? chain->source : site;
    r.key = SourceKey(conduit, *lexicon_);
    r.origin = MakeOrigin(
        conduit, chain != nullptr ? chain->via : a.source + a.via, true);
  } else {
    const std::string& party = a.source.empty() ? a.via : a.source;
    r.key = SourceKey(party, *lexicon_);
    r.origin = MakeOrigin(party, "", false);
    r.outlet_only = a.source_kind == SourceKind::kOutlet;
    r.vague = IsVague(party);
  }
  if (r.key.empty()) return;
  const std::string& carrier_id = articles_[carrier.first].id;
  for (Root& existing : *roots) {
    if (existing.anonymous == r.anonymous && SameSource(existing.key, r.key)) {
      // Name the root by its shortest spelling ("Courrier Atlantique", not
      // "the Paris-based Courrier Atlantique").
      if (r.origin.source.size() < existing.origin.source.size()) {
        existing.origin.source = r.origin.source;
      }
      auto& ids = existing.origin.articles;
      if (std::find(ids.begin(), ids.end(), carrier_id) == ids.end())
        ids.push_back(carrier_id);
      return;
    }
  }
  r.origin.articles.push_back(carrier_id);
  roots->push_back(std::move(r));
}

void OriginResolver::AddDenial(const SentenceRef& ref,
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
}

// A vaguely described party cannot be told apart from the named ones: when
// the claim has exactly one named root it is taken to be that root (the
// "Arabic news site" of a headline is the paper named in the body); when it
// has several it adds nothing; alone, it stays the claim's only root.
void OriginResolver::MergeVague(std::vector<Root>* roots) {
  std::vector<size_t> named;
  for (size_t i = 0; i < roots->size(); ++i) {
    if (!(*roots)[i].vague) named.push_back(i);
  }
  if (named.empty()) return;
  std::vector<Root> kept;
  for (size_t i = 0; i < roots->size(); ++i) {
    Root& r = (*roots)[i];
    if (!r.vague) continue;
    if (named.size() != 1) continue;
    auto& ids = (*roots)[named[0]].origin.articles;
    for (const std::string& id : r.origin.articles) {
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
  }
  for (Root& r : *roots) {
    if (!r.vague) kept.push_back(std::move(r));
  }
  *roots = std::move(kept);
}

Provenance OriginResolver::Resolve(
    const std::vector<SentenceRef>& members,
    const std::vector<std::string>& claim_terms) const {
  Provenance out;
  std::vector<Root> roots;
  for (const SentenceRef& m : members) {
    const std::string folded =
        Lower(articles_[m.first].sentences[m.second].text);
    if (IsDenial(m)) {
      AddDenial(m, claim_terms, &out);
      continue;
    }
    // Rule 4, and "did not deny" is no confirmation either.
    if (IsConditional(folded) || IsReaction(folded) || IsNegatedDenial(folded))
      continue;
    SentenceRef said = m;
    std::vector<const Attribution*> attributions = AttributionsOf(m);
    if (attributions.empty()) {
      // Rule 4: copied text inherits the root of the text it copies.
      if (auto it = copied_from_.find(m); it != copied_from_.end()) {
        said = it->second;
        attributions = AttributionsOf(said);
      }
    }
    for (const Attribution* a : attributions) AddRoot(m, said, *a, &roots);
    // A non-confirmation concerns the claim when it is said in the claim's
    // sentence or right next to it ("... reported. No official source has
    // confirmed the report.").
    for (const Signal& s : articles_[m.first].signals) {
      const bool near =
          s.sentence >= m.second - 1 && s.sentence <= m.second + 1;
      if (near &&
          (s.kind == "unconfirmed" || s.kind == "not_officially_confirmed")) {
        out.unconfirmed = true;
      }
    }
  }
  // Rule 1: an outlet named without its source is a conduit for the one
  // chain of the claim that runs through it, when there is exactly one.
  for (size_t i = 0; i < roots.size(); ++i) {
    if (!roots[i].outlet_only) continue;
    int chains = 0;
    size_t target = 0;
    for (size_t j = 0; j < roots.size(); ++j) {
      const std::string conduit = SourceKey(roots[j].origin.source, *lexicon_);
      if (j != i && !roots[j].outlet_only && SameSource(conduit, roots[i].key))
        ++chains, target = j;
    }
    if (chains != 1) continue;
    for (const std::string& id : roots[i].origin.articles) {
      auto& ids = roots[target].origin.articles;
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
    roots.erase(roots.begin() + static_cast<long>(i--));
  }
  MergeVague(&roots);
  for (Root& r : roots) out.origins.push_back(std::move(r.origin));
  return out;
}

}  // namespace corroborate::corroborate
