// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The whole pipeline on the sample articles, checked against the hand-made
// expected analysis in ../shared/corpus/seeds/gold.json. Expectations are read
// from gold.json, never written here.

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "corroborate/pipeline.h"

#include "util/text.h"

namespace corroborate {
namespace {

const std::string kSeeds =
    std::string(CORROBORATE_SHARED_DIR) + "/corpus/seeds";

class SeedGoldTest : public ::testing::Test {
 protected:
  // Runs the pipeline once for the whole suite. A failure to run fails
  // every test (rather than skipping them, as a failed SetUpTestSuite would).
  void SetUp() override {
    static std::string error;
    if (analysis_ == nullptr && error.empty()) error = LoadOnce();
    ASSERT_TRUE(error.empty()) << error;
  }

  static std::string LoadOnce() {
    std::ifstream in(kSeeds + "/gold.json");
    if (!in) return "cannot read " + kSeeds + "/gold.json";
    gold_ = new nlohmann::json(nlohmann::json::parse(in));
    PipelineOptions options;
    options.store.url = "";
    std::vector<std::string> errors;
    Result<PipelineRun> run =
        RunPipeline({kSeeds}, options,
                    [&](const Status& s) { errors.push_back(s.ToString()); });
    if (!run.ok()) return run.status().ToString();
    if (!errors.empty()) return errors.front();
    analysis_ = new Analysis(std::move(run->analysis));
    return "";
  }

  // Gold names articles by the number before the first '_' of the file stem.
  static std::string GoldId(const std::string& article_id) {
    return article_id.substr(0, article_id.find('_'));
  }
  static const Article& ArticleFor(const std::string& gold_id) {
    for (const Article& a : analysis_->articles) {
      if (GoldId(a.id) == gold_id) return a;
    }
    ADD_FAILURE() << "no article " << gold_id;
    return analysis_->articles.front();
  }
  static std::set<std::string> GoldIds(const std::vector<std::string>& ids) {
    std::set<std::string> out;
    for (const std::string& id : ids) out.insert(GoldId(id));
    return out;
  }

  // The claim of `story` whose text shares the most content words with `text`,
  // among claims carried by at least `min_articles` of `articles`.
  // Gold claims are distinct, so a claim already matched to one gold claim
  // (`taken`) cannot stand for another.
  static const Claim* BestClaim(const std::string& text,
                                const std::set<std::string>& articles,
                                size_t min_articles,
                                const Claim* taken = nullptr) {
    std::set<std::string> want = ContentWords(text);
    const Claim* best = nullptr;
    double best_score = 0;
    for (const Story& story : analysis_->stories) {
      for (const Claim& claim : story.claims) {
        std::set<std::string> carried = GoldIds(claim.articles);
        size_t shared = std::count_if(
            articles.begin(), articles.end(),
            [&](const std::string& id) { return carried.count(id); });
        if (shared < min_articles || &claim == taken) continue;
        double score = Overlap(want, claim);
        if (score > best_score) best_score = score, best = &claim;
      }
    }
    return best;
  }
  // Best overlap of `want` with any sentence carrying the claim.
  static double Overlap(const std::set<std::string>& want, const Claim& claim) {
    double best = 0;
    std::vector<std::string> texts{claim.text};
    for (const ClaimAttribution& a : claim.attributions)
      texts.push_back(a.text);
    for (const std::string& t : texts) {
      std::set<std::string> got = ContentWords(t);
      size_t shared =
          std::count_if(want.begin(), want.end(),
                        [&](const std::string& w) { return got.count(w); });
      best = std::max(best, static_cast<double>(shared) / want.size());
    }
    return best;
  }
  static std::set<std::string> ContentWords(const std::string& text) {
    static const std::set<std::string> kStop = {"the",  "a",   "an",  "to",
                                                "in",   "on",  "of",  "and",
                                                "that", "let", "are", "is"};
    std::set<std::string> out;
    for (std::string w : util::FoldedWords(text)) {
      if (w.size() > 5) w = w.substr(0, 5);  // a crude stem, enough to compare
      if (!kStop.count(w)) out.insert(w);
    }
    return out;
  }

  static nlohmann::json* gold_;
  static Analysis* analysis_;
};

nlohmann::json* SeedGoldTest::gold_ = nullptr;
Analysis* SeedGoldTest::analysis_ = nullptr;

TEST_F(SeedGoldTest, GroupsArticlesIntoTheGoldStories) {
  std::set<std::set<std::string>> got, want;
  for (const Story& s : analysis_->stories) got.insert(GoldIds(s.articles));
  for (const auto& s : (*gold_)["stories"])
    want.insert(s.get<std::set<std::string>>());
  EXPECT_EQ(got, want);
}

TEST_F(SeedGoldTest, FlagsEveryBoilerplateLineAndNoOther) {
  for (const auto& [id, lines] : (*gold_)["boilerplate_lines"].items()) {
    std::set<int> got;
    for (const Paragraph& p : ArticleFor(id).paragraphs) {
      for (int line = p.first_line; p.boilerplate && line <= p.last_line;
           ++line)
        got.insert(line);
    }
    EXPECT_EQ(got, lines.get<std::set<int>>()) << "article " << id;
  }
}

TEST_F(SeedGoldTest, KeepsBylineAndContributors) {
  for (const auto& [id, byline] : (*gold_)["bylines"].items()) {
    EXPECT_EQ(ArticleFor(id).byline, byline.get<std::string>());
  }
  for (const auto& [id, names] : (*gold_)["contributors"].items()) {
    EXPECT_EQ(ArticleFor(id).contributors,
              names.get<std::vector<std::string>>());
  }
}

TEST_F(SeedGoldTest, FindsNonConfirmationSignals) {
  for (const auto& [id, kinds] : (*gold_)["signals"].items()) {
    std::set<std::string> got;
    for (const Signal& s : ArticleFor(id).signals) {
      if (s.kind != "hedged") got.insert(s.kind);
    }
    EXPECT_EQ(got, kinds.get<std::set<std::string>>()) << "article " << id;
  }
}

TEST_F(SeedGoldTest, FlagsOnlyTheSpunArticleAsLowQuality) {
  for (const auto& [id, label] : (*gold_)["quality"].items()) {
    EXPECT_EQ(ArticleFor(id).low_quality, label.get<std::string>() != "ok")
        << "article " << id;
  }
}

TEST_F(SeedGoldTest, DetectsParagraphLanguages) {
  for (const auto& [id, lines] : (*gold_)["languages"].items()) {
    for (const auto& [line, language] : lines.items()) {
      const Paragraph* found = nullptr;
      for (const Paragraph& p : ArticleFor(id).paragraphs) {
        if (p.first_line <= std::stoi(line) && std::stoi(line) <= p.last_line)
          found = &p;
      }
      ASSERT_NE(found, nullptr) << id << " line " << line;
      EXPECT_EQ(found->language, language.get<std::string>())
          << id << " line " << line;
    }
  }
}

TEST_F(SeedGoldTest, FlagsTheDamagedLines) {
  for (const auto& [id, lines] : (*gold_)["encoding_damage"].items()) {
    std::set<int> got;
    for (const DamagedLine& d : ArticleFor(id).damaged_lines)
      got.insert(d.line);
    EXPECT_EQ(got, lines.get<std::set<int>>()) << "article " << id;
  }
}

const nlohmann::json& GoldClaim(const nlohmann::json& gold,
                                const std::string& id) {
  for (const auto& claim : gold["claims"]) {
    if (claim["id"] == id) return claim;
  }
  static const nlohmann::json kNone;
  return kNone;
}

TEST_F(SeedGoldTest, CircularReportIsOneAnonymousOrigin) {
  const nlohmann::json& k1 = GoldClaim(*gold_, "K1");
  std::set<std::string> articles = k1["articles"].get<std::set<std::string>>();
  const Claim* claim = BestClaim(k1["text"], articles, articles.size());
  ASSERT_NE(claim, nullptr) << "no claim carried by all of " << k1["articles"];
  EXPECT_EQ(claim->independent_origins, k1["independent_origins"].get<int>())
      << claim->text;
  ASSERT_EQ(claim->origins.size(), 1u);
  const Origin& origin = claim->origins.front();
  EXPECT_EQ(util::FoldCase(origin.source),
            util::FoldCase(k1["origin"]["source"].get<std::string>()));
  EXPECT_NE(util::FoldCase(origin.via)
                .find(util::FoldCase(k1["origin"]["via"].get<std::string>())),
            std::string::npos)
      << origin.via;
  EXPECT_EQ(origin.anonymous, k1["origin"]["anonymous"].get<bool>());
  EXPECT_EQ(claim->verdict, "single_anonymous_source");
  EXPECT_TRUE(claim->circular);
}

TEST_F(SeedGoldTest, IndependentlyConfirmedClaimHasSeveralOrigins) {
  const nlohmann::json& k1 = GoldClaim(*gold_, "K1");
  const nlohmann::json& k2 = GoldClaim(*gold_, "K2");
  std::set<std::string> articles = k2["articles"].get<std::set<std::string>>();
  const Claim* k1_claim = BestClaim(k1["text"], articles, articles.size());
  const Claim* claim = BestClaim(k2["text"], articles, 2, k1_claim);
  ASSERT_NE(claim, nullptr) << "no claim but K1's carries K2";
  // The match must be real, not the least bad of unrelated claims.
  EXPECT_GE(Overlap(ContentWords(k2["text"]), *claim), 0.5) << claim->text;
  EXPECT_GE(claim->independent_origins,
            k2["independent_origins_min"].get<int>())
      << claim->text;
}

// Each origin gold names for K2 ("New York Times (anonymous US
// officials)") is a distinct root of the claim: a name word of it (before
// the parenthesis) is a word of that root's source or via.
TEST_F(SeedGoldTest, IndependentlyConfirmedClaimHasTheGoldOrigins) {
  const nlohmann::json& k1 = GoldClaim(*gold_, "K1");
  const nlohmann::json& k2 = GoldClaim(*gold_, "K2");
  if (!k2.contains("origins")) GTEST_SKIP() << "gold names no K2 origins";
  std::set<std::string> articles = k2["articles"].get<std::set<std::string>>();
  const Claim* k1_claim = BestClaim(k1["text"], articles, articles.size());
  const Claim* claim = BestClaim(k2["text"], articles, 2, k1_claim);
  ASSERT_NE(claim, nullptr);
  auto name_words = [](const std::string& text) {
    std::set<std::string> out;
    for (const std::string& w : util::FoldedWords(text))
      if (w.size() >= 3 && w != "the" && w != "and") out.insert(w);
    return out;
  };
  std::vector<bool> used(claim->origins.size(), false);
  for (const auto& gold : k2["origins"]) {
    std::string name = gold.get<std::string>();
    name = name.substr(0, name.find(" ("));
    const std::set<std::string> want = name_words(name);
    bool found = false;
    for (size_t i = 0; i < claim->origins.size() && !found; ++i) {
      const Origin& o = claim->origins[i];
      const std::set<std::string> have = name_words(o.source + " " + o.via);
      found = !used[i] &&
              std::any_of(want.begin(), want.end(), [&](const std::string& w) {
                return have.count(w) > 0;
              });
      if (found) used[i] = true;
    }
    EXPECT_TRUE(found) << name << " is not a root of " << claim->text;
  }
}

TEST_F(SeedGoldTest, NamedOutletClaimHasOneNamedOrigin) {
  const nlohmann::json& k5 = GoldClaim(*gold_, "K5");
  std::set<std::string> articles = k5["articles"].get<std::set<std::string>>();
  const Claim* claim = BestClaim(k5["text"], articles, 1);
  ASSERT_NE(claim, nullptr);
  EXPECT_EQ(claim->independent_origins, k5["independent_origins"].get<int>())
      << claim->text;
  ASSERT_FALSE(claim->origins.empty());
  EXPECT_EQ(claim->origins.front().source,
            k5["origin"]["source"].get<std::string>());
  EXPECT_EQ(claim->origins.front().anonymous,
            k5["origin"]["anonymous"].get<bool>());
}

}  // namespace
}  // namespace corroborate
