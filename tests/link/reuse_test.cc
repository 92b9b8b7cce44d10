// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corroborate/link.h"

#include "link/article_builder.h"
#include "link/lsh_index.h"
#include "link/minhash.h"
#include "link/passage_aligner.h"
#include "link/shingler.h"

namespace corroborate {
namespace {

using testing::ArticleBuilder;

TEST(ShinglerTest, SentenceShinglesAreWordTrigramsIgnoringCaseAndPunctuation) {
  const auto a = link::SentenceShingles("The ferry left Oslo at noon.", 3);
  const auto b = link::SentenceShingles("the FERRY left oslo, at noon", 3);
  EXPECT_EQ(a.size(), 4u);
  EXPECT_EQ(a, b);
  EXPECT_EQ(link::SentenceShingles("Two words", 3).size(), 1u);
  EXPECT_TRUE(link::SentenceShingles("", 3).empty());
}

TEST(ShinglerTest, JaccardOfSets) {
  const auto a =
      link::SentenceShingles("one two three four five", 3);  // 3 shingles
  const auto b = link::SentenceShingles("two three four five six",
                                        3);  // 3 shingles, 2 shared
  EXPECT_DOUBLE_EQ(link::Jaccard(a, b), 2.0 / 4.0);
  EXPECT_DOUBLE_EQ(link::Jaccard(a, a), 1.0);
  EXPECT_DOUBLE_EQ(link::Jaccard({}, {}), 0.0);
}

// Random documents over a vocabulary; variants keep a chosen share of words.
std::vector<std::string> MakeDocuments(std::mt19937* rng) {
  std::uniform_int_distribution<int> word(0, 5000);
  std::vector<std::string> base;
  for (int d = 0; d < 12; ++d) {
    std::string text;
    for (int w = 0; w < 120; ++w)
      text += "w" + std::to_string(word(*rng)) + " ";
    base.push_back(text);
  }
  std::vector<std::string> docs = base;
  std::uniform_real_distribution<double> coin(0, 1);
  for (int d = 0; d < 12; ++d) {
    for (double keep : {0.98, 0.9, 0.6}) {
      std::string text;
      std::string current;
      for (char c : base[d]) {
        if (c != ' ') {
          current.push_back(c);
          continue;
        }
        text +=
            (coin(*rng) < keep ? current : "x" + std::to_string(word(*rng))) +
            " ";
        current.clear();
      }
      docs.push_back(text);
    }
  }
  return docs;
}

// re2-style agreement test: the fast path (MinHash + LSH) must agree with
// the exact computation (shingle Jaccard) on a small set.
TEST(LshAgreementTest, CandidatesAgreeWithExactJaccard) {
  std::mt19937 rng(20260127);
  const std::vector<std::string> docs = MakeDocuments(&rng);
  const link::MinHasher hasher(128);
  link::LshIndex index(32, 4);
  std::vector<link::ShingleSet> sets;
  std::vector<link::Signature> signatures;
  for (size_t i = 0; i < docs.size(); ++i) {
    sets.push_back(link::SentenceShingles(docs[i], 3));
    signatures.push_back(hasher.Sign(sets.back()));
    index.Add(static_cast<int>(i), signatures.back());
  }
  const auto candidates = index.CandidatePairs();
  auto is_candidate = [&](int a, int b) {
    return std::binary_search(candidates.begin(), candidates.end(),
                              std::make_pair(a, b));
  };
  int similar = 0, dissimilar = 0, false_candidates = 0;
  for (int a = 0; a < static_cast<int>(docs.size()); ++a) {
    for (int b = a + 1; b < static_cast<int>(docs.size()); ++b) {
      const double exact = link::Jaccard(sets[a], sets[b]);
      const double estimate =
          link::MinHasher::EstimateJaccard(signatures[a], signatures[b]);
      EXPECT_NEAR(estimate, exact, 0.15) << a << " " << b;
      if (exact >= 0.7) {
        ++similar;
        EXPECT_TRUE(is_candidate(a, b)) << a << " " << b << " J=" << exact;
      } else if (exact <= 0.1) {
        ++dissimilar;
        if (is_candidate(a, b)) ++false_candidates;
      }
    }
  }
  EXPECT_GE(similar, 12);  // each base and its 0.98 variant (J about 0.89)
  EXPECT_GT(dissimilar, 500);
  EXPECT_LE(false_candidates, dissimilar / 100);
}

TEST(PassageAlignerTest, MatchesOneToOneBestFirst) {
  std::vector<link::ShingleSet> from = {
      link::SentenceShingles(
          "The bridge over the river closed for repairs on Monday", 3),
      link::SentenceShingles(
          "Engineers found cracks in two of its steel cables", 3)};
  std::vector<link::ShingleSet> to = {
      link::SentenceShingles(
          "Traffic was diverted through the old town centre all day", 3),
      link::SentenceShingles(
          "Engineers found cracks in two of its steel cables last week", 3),
      link::SentenceShingles(
          "The bridge over the river closed for repairs on Monday", 3)};
  const auto passages = link::AlignPassages(from, to, 0.5);
  ASSERT_EQ(passages.size(), 2u);
  EXPECT_EQ(passages[0].from_sentence, 0);
  EXPECT_EQ(passages[0].to_sentence, 2);
  EXPECT_DOUBLE_EQ(passages[0].overlap, 1.0);
  EXPECT_EQ(passages[1].from_sentence, 1);
  EXPECT_EQ(passages[1].to_sentence, 1);
  EXPECT_LT(passages[1].overlap, 1.0);
}

Article Original() {
  return ArticleBuilder("wire", "Port strike halts container traffic")
      .Date("2025-03-02")
      .Say(
          "Dock workers at the northern port walked out on Sunday over a pay "
          "dispute.")
      .Say(
          "The union said the strike would last until the operator raised its "
          "offer.")
      .Say(
          "Hundreds of containers were stranded on the quays as cranes stood "
          "idle.")
      .Say(
          "The operator called the walkout illegal and said it would seek a "
          "court order.")
      .Build();
}

TEST(FindReuseTest, LaterArticleCopyingSentencesIsTheCopy) {
  Article copy =
      ArticleBuilder("blog", "Dockers walk out")
          .Date("2025-03-03")
          .Say(
              "Hundreds of containers were stranded on the quays as cranes "
              "stood idle.")
          .Say("Local shops expect shortages of fresh fruit within days.")
          .Say(
              "The union said the strike would last until the operator raised "
              "its offer.")
          .Build();
  const auto reuse = FindReuse({copy, Original()}, LinkOptions{});
  ASSERT_EQ(reuse.size(), 1u);
  EXPECT_EQ(reuse[0].from, "wire");
  EXPECT_EQ(reuse[0].to, "blog");
  EXPECT_GT(reuse[0].similarity, 0.2);
  ASSERT_EQ(reuse[0].passages.size(), 2u);
  EXPECT_EQ(reuse[0].passages[0].from_sentence, 1);
  EXPECT_EQ(reuse[0].passages[0].to_sentence, 2);
  EXPECT_EQ(reuse[0].passages[1].from_sentence, 2);
  EXPECT_EQ(reuse[0].passages[1].to_sentence, 0);
}

TEST(FindReuseTest, UndatedOriginalIsTheOneWithMoreOwnText) {
  Article original = Original();
  original.date.clear();
  Article copy = ArticleBuilder("aaa", "Strike")
                     .Say(
                         "Dock workers at the northern port walked out on "
                         "Sunday over a pay dispute.")
                     .Build();
  const auto reuse = FindReuse({copy, original}, LinkOptions{});
  ASSERT_EQ(reuse.size(), 1u);
  EXPECT_EQ(reuse[0].from, "wire");  // despite "aaa" < "wire"
  EXPECT_EQ(reuse[0].to, "aaa");
}

TEST(FindReuseTest, IndependentReportsOfOneEventAreNotReuse) {
  Article other = ArticleBuilder("paper", "Northern port paralysed by walkout")
                      .Date("2025-03-02")
                      .Say(
                          "Cranes fell silent on Sunday when dockers downed "
                          "tools in a row over wages.")
                      .Say(
                          "The operator said the action broke the law and it "
                          "would go to court.")
                      .Say("The union said the strike would go on.")
                      .Build();
  EXPECT_TRUE(FindReuse({Original(), other}, LinkOptions{}).empty());
}

TEST(FindReuseTest, ShortStockPhrasesAreNotPassages) {
  Article a =
      ArticleBuilder("a", "Election results").Say("He said on Monday.").Build();
  Article b =
      ArticleBuilder("b", "Football results").Say("He said on Monday.").Build();
  a.sentences.push_back(Original().sentences[0]);
  b.sentences.push_back(Original().sentences[3]);
  EXPECT_TRUE(FindReuse({a, b}, LinkOptions{}).empty());
}

}  // namespace
}  // namespace corroborate
