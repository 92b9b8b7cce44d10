// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Corroborate: per story, candidate claim sentences -> ClaimMatcher groups
// -> OriginResolver roots -> verdict. Claims carried by two or more
// articles are reported, and so are single-article claims with an
// attribution; unattributed single-article sentences are not claims.

#include "corroborate/corroborate.h"

#include <algorithm>
#include <string>

#include "corroborate/claim_matcher.h"
#include "corroborate/origin_resolver.h"
#include "corroborate/paraphrase_lexicon.h"
#include "corroborate/source_graph.h"
#include "corroborate/story_entities.h"
#include "corroborate/timeline.h"
#include "corroborate/verdict.h"

#include "util/text.h"

namespace corroborate {
namespace {

using corroborate::ClaimMatcher;
using corroborate::OriginResolver;
using corroborate::ParaphraseLexicon;
using corroborate::SentenceRef;

// Sentences of fewer words are fragments ("He denied it.", datelines) that
// match anything; six words is the shortest complete news claim in the seed
// and PolNeAR texts ("Israel struck a depot near Balad" has six).
constexpr size_t kMinClaimWords = 6;

bool IsCandidate(const std::string& text) {
  const std::string trimmed = util::Trim(text);
  if (trimmed.empty()) return false;
  // A question asks, it does not assert; allow a closing quote after "?".
  const size_t q = trimmed.find_last_of('?');
  if (q != std::string::npos && q + 4 >= trimmed.size()) return false;
  return util::Words(trimmed).size() >= kMinClaimWords;
}

// What a sentence asserts, without who said it: the longest attributed
// content of the sentence ("X reported, citing Y, that <content>"), else
// the sentence. Matching on content keeps the names of sources and conduits
// out of claim similarity; they are compared as origins instead.
std::string AssertedText(const Article& article, int sentence) {
  const std::string* best = nullptr;
  for (const Attribution& a : article.attributions) {
    if (a.sentence != sentence || a.content.empty()) continue;
    if (best == nullptr || a.content.size() > best->size()) best = &a.content;
  }
  if (best != nullptr && util::Words(*best).size() >= kMinClaimWords / 2)
    return *best;
  return article.sentences[sentence].text;
}

struct Candidates {
  std::vector<std::string> texts;    // the sentences
  std::vector<std::string> content;  // what they assert (AssertedText)
  std::vector<SentenceRef> refs;
  std::vector<int> group;  // article index, for the matcher
};

// Claim matching compares candidate sentences pairwise (O(n^2) time and
// memory), so input must not decide n alone: an article gives at most its
// first kMaxCandidatesPerArticle candidates (long-form news runs to about
// 300 sentences; a 1 MB one-paragraph "article" split into 6,000 and took
// gigabytes), and a story at most kMaxCandidatesPerStory (the similarity
// matrix is then at most 3,000^2 doubles = 72 MB).
constexpr size_t kMaxCandidatesPerArticle = 500;
constexpr size_t kMaxCandidatesPerStory = 3000;

Candidates CollectCandidates(const std::vector<Article>& articles,
                             const std::vector<int>& story) {
  Candidates c;
  for (int a : story) {
    const auto& sentences = articles[a].sentences;
    size_t taken = 0;
    for (size_t j = 0; j < sentences.size(); ++j) {
      if (taken == kMaxCandidatesPerArticle ||
          c.texts.size() == kMaxCandidatesPerStory) {
        break;
      }
      if (!IsCandidate(sentences[j].text)) continue;
      ++taken;
      c.texts.push_back(sentences[j].text);
      c.content.push_back(AssertedText(articles[a], static_cast<int>(j)));
      c.refs.emplace_back(a, static_cast<int>(j));
      c.group.push_back(a);
    }
  }
  return c;
}

// The role that Resolve gave to one carrying sentence and attribution.
void SetRole(const corroborate::Provenance& provenance, const SentenceRef& ref,
             const Attribution* attribution, ClaimAttribution* out) {
  for (const corroborate::SentenceRole& r : provenance.roles) {
    if (r.ref != ref) continue;
    // A denial, repeat or copy is recorded for the sentence as a whole.
    if (r.attribution != nullptr && r.attribution != attribution) continue;
    out->role = r.role;
    out->origin = r.origin;
    if (r.attribution == attribution) return;
  }
}

std::vector<ClaimAttribution> AttributionsOf(
    const std::vector<Article>& articles, const OriginResolver& resolver,
    const corroborate::Provenance& provenance,
    const std::vector<SentenceRef>& members) {
  std::vector<ClaimAttribution> out;
  for (const SentenceRef& m : members) {
    const Article& article = articles[m.first];
    ClaimAttribution base;
    base.article = article.id;
    base.sentence = m.second;
    base.text = article.sentences[m.second].text;
    const auto attributions = resolver.AttributionsOf(m);
    if (attributions.empty()) {
      SetRole(provenance, m, nullptr, &base);
      out.push_back(base);
    }
    for (const Attribution* a : attributions) {
      ClaimAttribution ca = base;
      SetRole(provenance, m, a, &ca);
      ca.source = a->source;
      ca.source_role = a->source_role;
      ca.via = a->via;
      ca.anonymous = a->anonymous;
      ca.cue = a->cue;
      out.push_back(std::move(ca));
    }
  }
  return out;
}

// Builds the claim of one sentence group; returns false if it is not
// reported (one article and no attribution).
bool BuildClaim(const std::vector<Article>& articles,
                const std::vector<int>& story, const Candidates& c,
                const ClaimMatcher& matcher, const OriginResolver& resolver,
                const ClaimMatcher::Group& group, Claim* claim) {
  std::vector<SentenceRef> members;
  for (int i : group.members) members.push_back(c.refs[i]);
  for (int a : story) {
    if (std::any_of(members.begin(), members.end(),
                    [&](const SentenceRef& m) { return m.first == a; })) {
      claim->articles.push_back(articles[a].id);
    }
  }
  const int central = matcher.Central(group.core);
  // The claim's terms: what any of its sentences asserts (a later "it
  // confirmed that it will ..." names the party only in an earlier one).
  std::vector<std::string> terms;
  for (int i : group.members) {
    const auto& t = matcher.terms(i);
    terms.insert(terms.end(), t.begin(), t.end());
  }
  const corroborate::Provenance provenance = resolver.Resolve(members, terms);
  const bool attributed =
      !provenance.origins.empty() || provenance.denied || provenance.contested;
  if (claim->articles.size() < 2 && !attributed) return false;
  claim->text = c.texts[central];
  claim->attributions = AttributionsOf(articles, resolver, provenance, members);
  claim->origins = provenance.origins;
  claim->independent_origins = static_cast<int>(provenance.origins.size());
  claim->verdict = corroborate::Verdict(provenance);
  claim->reasons = corroborate::Reasons(provenance);
  const int carried = static_cast<int>(claim->articles.size());
  claim->explanation = corroborate::Explain(carried, provenance);
  // Circular: several articles attribute it, and all lead back to one root
  // (an article that merely repeats it unattributed shows no chain).
  claim->circular = claim->independent_origins == 1 &&
                    claim->origins.front().articles.size() >= 2;
  if (claim->circular) claim->reasons.push_back("circular reporting");
  claim->timeline = corroborate::BuildTimeline(*claim, articles, story);
  return true;
}

std::vector<Claim> StoryClaims(const std::vector<Article>& articles,
                               const std::vector<int>& story,
                               const std::string& story_id,
                               const OriginResolver& resolver,
                               ParaphraseLexicon* lexicon,
                               const CorroborateOptions& options) {
  const Candidates c = CollectCandidates(articles, story);
  std::vector<Claim> claims;
  if (c.texts.empty()) return claims;
  const ClaimMatcher matcher(c.content, c.group, lexicon);
  std::vector<int>
      first;  // position of each claim's first sentence, for stable order
  for (const ClaimMatcher::Group& group :
       matcher.Cluster(options.claim_similarity)) {
    Claim claim;
    if (!BuildClaim(articles, story, c, matcher, resolver, group, &claim))
      continue;
    claims.push_back(std::move(claim));
    first.push_back(group.core.front());
  }
  std::vector<size_t> order(claims.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (claims[a].articles.size() != claims[b].articles.size()) {
      return claims[a].articles.size() > claims[b].articles.size();
    }
    return first[a] < first[b];
  });
  std::vector<Claim> sorted;
  for (size_t i : order) {
    sorted.push_back(std::move(claims[i]));
    sorted.back().id = story_id + ".C" + std::to_string(sorted.size());
  }
  return sorted;
}

}  // namespace

std::vector<Story> Corroborate(const std::vector<Article>& articles,
                               const std::vector<std::vector<int>>& clusters,
                               const std::vector<Reuse>& reuse,
                               const CorroborateOptions& options) {
  ParaphraseLexicon lexicon;
  const OriginResolver resolver(articles, reuse, &lexicon);
  std::vector<Story> stories;
  for (const std::vector<int>& cluster : clusters) {
    if (cluster.empty()) continue;
    Story story;
    story.id = "S" + std::to_string(stories.size() + 1);
    story.title = articles[cluster.front()].title;
    for (int a : cluster) story.articles.push_back(articles[a].id);
    story.claims =
        StoryClaims(articles, cluster, story.id, resolver, &lexicon, options);
    story.graph =
        corroborate::BuildSourceGraph(articles, cluster, reuse, lexicon);
    story.entities = corroborate::StoryEntities(articles, cluster);
    stories.push_back(std::move(story));
  }
  return stories;
}

}  // namespace corroborate
