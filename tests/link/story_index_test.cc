// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "link/story_index.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corroborate/link.h"

#include "link/article_builder.h"
#include "link/cluster_metrics.h"
#include "link/labelled_set.h"
#include "link/pair_model.h"

namespace corroborate::link {
namespace {

using corroborate::testing::ArticleBuilder;

class StoryIndexTest : public ::testing::Test {
 protected:
  int Add(const Article& article) {
    return index_.Add(ProfileArticle(article, &stemmer_, hasher_));
  }
  WordStemmer stemmer_;
  MinHasher hasher_{StoryIndex::kMinHashFunctions};
  StoryIndex index_{LinkOptions().story_similarity};
};

Article Ferry(std::string id, std::string date) {
  return ArticleBuilder(std::move(id), "Ferry Aurelia runs aground off Hydra")
      .Date(std::move(date))
      .Say("The ferry Aurelia ran aground off the island of Hydra on Friday.")
      .Say("The coast guard evacuated all 412 passengers by lifeboat.")
      .Build();
}

Article FerryFollowUp() {
  return ArticleBuilder("f2", "Hydra grounding: Aurelia captain questioned")
      .Date("2023-08-12")
      .Say(
          "Investigators questioned the captain of the Aurelia a day after "
          "the ferry hit rocks near Hydra.")
      .Say("None of the 412 passengers was hurt, the coast guard said.")
      .Build();
}

TEST_F(StoryIndexTest, SameEventJoins) {
  const int first = Add(Ferry("f1", "2023-08-11"));
  EXPECT_EQ(Add(FerryFollowUp()), first);
}

TEST_F(StoryIndexTest, SameWordsOutsideTheDateWindowStartANewStory) {
  const int first = Add(FerryFollowUp());
  // A different grounding a month later, mostly the same vocabulary.
  const Article later =
      ArticleBuilder("g1", "Another ferry hits rocks off Hydra")
          .Date("2023-09-20")
          .Say(
              "The ferry Kallisto hit rocks off Hydra; the coast guard "
              "evacuated its passengers.")
          .Build();
  EXPECT_NE(Add(later), first);
}

TEST_F(StoryIndexTest, UnrelatedEventSameDayStaysApart) {
  const int first = Add(Ferry("f1", "2023-08-11"));
  const Article vote =
      ArticleBuilder("v1", "Athens council approves new tram line")
          .Date("2023-08-11")
          .Say(
              "The Athens city council voted to build a tram line to the "
              "port of Piraeus.")
          .Build();
  EXPECT_NE(Add(vote), first);
}

TEST_F(StoryIndexTest, CopiedTextJoinsWhateverTheDate) {
  const int first = Add(Ferry("f1", "2023-08-11"));
  // A verbatim reprint two months later.
  EXPECT_EQ(Add(Ferry("f1-reprint", "2023-10-15")), first);
}

TEST_F(StoryIndexTest, MemoryGrowsWithArticles) {
  const size_t empty = index_.MemoryBytes();
  Add(Ferry("f1", "2023-08-11"));
  EXPECT_GT(index_.MemoryBytes(), empty);
  EXPECT_EQ(index_.size(), 1);
}

// With the learned score: the follow-up joins, the tram vote of the same
// day does not, and the index keeps each article's lead, title and body
// terms besides the postings.
TEST(StoryIndexLearnedTest, JoinsWithThePairModel) {
  ASSERT_TRUE(DefaultPairModel().loaded);
  WordStemmer stemmer;
  const MinHasher hasher(StoryIndex::kMinHashFunctions);
  StoryIndex learned(LinkOptions().story_similarity, Level::kEvent,
                     StoryIndex::Scoring::kLearned);
  StoryIndex cosine(LinkOptions().story_similarity);
  const std::vector<Article> articles = {
      Ferry("f1", "2023-08-11"), FerryFollowUp(),
      ArticleBuilder("v1", "Athens council approves new tram line")
          .Date("2023-08-11")
          .Say("The Athens city council voted to build a tram line to the "
               "port of Piraeus.")
          .Build()};
  std::vector<int> stories;
  for (const Article& a : articles) {
    const ArticleProfile profile =
        ProfileArticle(a, &stemmer, hasher, IndexScoring::kLearned);
    stories.push_back(learned.Add(profile));
    cosine.Add(profile);
  }
  EXPECT_EQ(stories[1], stories[0]);
  EXPECT_NE(stories[2], stories[0]);
  EXPECT_GT(learned.MemoryBytes(), cosine.MemoryBytes());
}

// Incremental (one article at a time, in date order) against batch
// (ClusterStories over the whole set) on our own event set.
TEST(StoryIndexAgreementTest, IncrementalAgreesWithBatch) {
  const auto set = corroborate::testing::LoadLabelledSet(
      std::string(CORROBORATE_TEST_DATA_DIR) + "/events/events.jsonl");
  ASSERT_GE(set.articles.size(), 60u);
  const int n = static_cast<int>(set.articles.size());
  std::vector<int> order(static_cast<size_t>(n));
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return set.articles[a].date < set.articles[b].date;
  });
  WordStemmer stemmer;
  const MinHasher hasher(StoryIndex::kMinHashFunctions);
  StoryIndex index(LinkOptions().story_similarity);
  std::vector<int> incremental(static_cast<size_t>(n));
  for (int i : order)
    incremental[i] =
        index.Add(ProfileArticle(set.articles[i], &stemmer, hasher));

  const LinkOptions options;
  const auto batch = ClusterIds(
      ClusterStories(set.articles, FindReuse(set.articles, options), options),
      n);
  std::vector<std::string> batch_labels;
  for (int id : batch) batch_labels.push_back(std::to_string(id));
  const ClusterScores agreement = ScoreClustering(incremental, batch_labels);
  const ClusterScores gold = ScoreClustering(incremental, set.labels);
  std::printf("incremental vs batch pair F1 %.3f; vs gold %.3f\n",
              agreement.pair_f1, gold.pair_f1);
  // Measured 0.967 and 0.968 (one event split in both); the floors allow
  // one more split pair.
  EXPECT_GE(agreement.pair_f1, 0.93);
  EXPECT_GE(gold.pair_f1, 0.93);
  EXPECT_EQ(gold.mixed_clusters, 0);
}

}  // namespace
}  // namespace corroborate::link
