// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The store contract: what every Store backend must do, as one typed test
// suite. Each backend's test file instantiates it with its backend
// (sqlite_backend.h, postgres_backend.h):
//   INSTANTIATE_TYPED_TEST_SUITE_P(Sqlite, StoreContractTest, SqliteBackend);

#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "corroborate/store.h"

#include "store/store_test_helpers.h"
#include "util/analysis_json.h"

namespace corroborate::store {

template <typename Backend>
class StoreContractTest : public ::testing::Test {
 protected:
  std::unique_ptr<Store> OpenOrDie() {
    Result<std::unique_ptr<Store>> store = Store::Open({.url = url_});
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(store).value() : nullptr;
  }

  Backend backend_;
  std::string url_ = backend_.NewUrl();
};

TYPED_TEST_SUITE_P(StoreContractTest);

TYPED_TEST_P(StoreContractTest, RoundTripsArticleWithAllFields) {
  auto store = this->OpenOrDie();
  ASSERT_TRUE(store);
  const Article original = MakeArticle("ferry_1", "00aa11bb22cc33dd");
  Result<bool> added = store->PutArticle(original);
  ASSERT_TRUE(added.ok()) << added.status().ToString();
  EXPECT_TRUE(added.value());
  Result<std::vector<Article>> loaded = store->LoadArticles();
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  ASSERT_EQ(loaded->size(), 1u);
  const Article& a = loaded->front();
  EXPECT_EQ(util::ArticleToJson(a), util::ArticleToJson(original));
  // Spot checks that do not depend on the codec writing every field.
  EXPECT_EQ(a.url, original.url);
  EXPECT_EQ(a.contributors, original.contributors);
  EXPECT_DOUBLE_EQ(a.quality, 0.8125);
  EXPECT_TRUE(a.low_quality);
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.paragraphs[1].reason, BoilerplateReason::kRelatedLink);
  ASSERT_EQ(a.damaged_lines.size(), 1u);
  EXPECT_EQ(a.damaged_lines[0].excerpt, "from MondayÃ©");
}

TYPED_TEST_P(StoreContractTest, FillsQueryableArticleColumns) {
  auto store = this->OpenOrDie();
  ASSERT_TRUE(store);
  ASSERT_TRUE(
      store->PutArticle(MakeArticle("ferry_1", "00aa11bb22cc33dd")).ok());
  auto& db = this->backend_;
  EXPECT_EQ(db.QueryText("SELECT title FROM articles"),
            "Night ferry returns to the northern route");
  EXPECT_EQ(db.QueryText("SELECT date FROM articles"), "2025-03-14");
  EXPECT_EQ(db.QueryText("SELECT site FROM articles"), "Harbour Courier");
  EXPECT_EQ(db.Query("SELECT low_quality FROM articles"), 1);
  EXPECT_FALSE(db.QueryText("SELECT added_at FROM articles").empty());
}

TYPED_TEST_P(StoreContractTest, StoresSameArticleOnce) {
  auto store = this->OpenOrDie();
  ASSERT_TRUE(store);
  const Article article = MakeArticle("ferry_1", "00aa11bb22cc33dd");
  ASSERT_TRUE(store->PutArticle(article).value());
  Result<bool> again = store->PutArticle(article);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_FALSE(again.value());
  EXPECT_EQ(store->LoadArticles()->size(), 1u);
}

TYPED_TEST_P(StoreContractTest, KeepsDifferentContentInInsertionOrder) {
  auto store = this->OpenOrDie();
  ASSERT_TRUE(store);
  // Same id, different content: an edited article is a new row.
  ASSERT_TRUE(
      store->PutArticle(MakeArticle("zeta", "ffff000000000001")).value());
  ASSERT_TRUE(
      store->PutArticle(MakeArticle("alpha", "0000000000000002")).value());
  ASSERT_TRUE(
      store->PutArticle(MakeArticle("zeta", "8888000000000003")).value());
  Result<std::vector<Article>> loaded = store->LoadArticles();
  ASSERT_TRUE(loaded.ok());
  ASSERT_EQ(loaded->size(), 3u);
  EXPECT_EQ(loaded.value()[0].content_hash, "ffff000000000001");
  EXPECT_EQ(loaded.value()[1].content_hash, "0000000000000002");
  EXPECT_EQ(loaded.value()[2].content_hash, "8888000000000003");
}

TYPED_TEST_P(StoreContractTest, RejectsArticleWithoutContentHash) {
  auto store = this->OpenOrDie();
  ASSERT_TRUE(store);
  Result<bool> added = store->PutArticle(MakeArticle("no_hash", ""));
  ASSERT_FALSE(added.ok());
  EXPECT_EQ(added.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(added.status().message().find("no_hash"), std::string::npos);
}

// Quotes, SQL, and the characters COPY's text format escapes (tab, newline,
// backslash) must come back as written.
TYPED_TEST_P(StoreContractTest, KeepsQuotesSqlAndControlCharsAsData) {
  auto store = this->OpenOrDie();
  ASSERT_TRUE(store);
  const std::string tricky =
      "O'Neill's \"plan\"; DROP TABLE articles; --\ttab\nline\\N \\. end";
  Article article = MakeArticle("quotes", "1234123412341234");
  article.title = tricky;
  ASSERT_TRUE(store->PutArticle(article).value());
  std::vector<Story> stories = MakeStories();
  stories[0].title = tricky;
  stories[0].claims[0].text = tricky;
  ASSERT_TRUE(store->PutStories(stories, MakeReuse()).ok());
  Result<Analysis> loaded = store->LoadAnalysis();
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  ASSERT_EQ(loaded->articles.size(), 1u);
  EXPECT_EQ(loaded->articles.front().title, tricky);
  EXPECT_EQ(loaded->stories[0].title, tricky);
  EXPECT_EQ(loaded->stories[0].claims[0].text, tricky);
  EXPECT_EQ(this->backend_.QueryText("SELECT text FROM claims WHERE "
                                     "claim_id = 'S1.C1'"),
            tricky);
}

TYPED_TEST_P(StoreContractTest, RoundTripsStoriesAndReuse) {
  auto store = this->OpenOrDie();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->PutArticle(MakeArticle("a1", "1111111111111111")).ok());
  const std::vector<Story> stories = MakeStories();
  const std::vector<Reuse> reuse = MakeReuse();
  Status status = store->PutStories(stories, reuse);
  ASSERT_TRUE(status.ok()) << status.ToString();
  Result<Analysis> analysis = store->LoadAnalysis();
  ASSERT_TRUE(analysis.ok()) << analysis.status().ToString();
  ASSERT_EQ(analysis->stories.size(), 2u);
  for (size_t i = 0; i < stories.size(); ++i) {
    EXPECT_EQ(util::StoryToJson(analysis->stories[i]),
              util::StoryToJson(stories[i]));
  }
  EXPECT_TRUE(analysis->stories[0].claims[0].circular);
  ASSERT_EQ(analysis->reuse.size(), 1u);
  EXPECT_EQ(util::ReuseToJson(analysis->reuse[0]), util::ReuseToJson(reuse[0]));
  ASSERT_EQ(analysis->articles.size(), 1u);  // documented: articles are filled
  EXPECT_EQ(analysis->articles[0].id, "a1");
}

TYPED_TEST_P(StoreContractTest, FillsQueryableStoryColumns) {
  auto store = this->OpenOrDie();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->PutStories(MakeStories(), MakeReuse()).ok());
  auto& db = this->backend_;
  EXPECT_EQ(
      db.Query("SELECT count(*) FROM story_articles WHERE story_id = 'S1'"), 2);
  EXPECT_EQ(db.QueryText(
                "SELECT story_id FROM story_articles WHERE article_id = 'b1'"),
            "S2");
  EXPECT_EQ(db.QueryText("SELECT claim_id FROM claims WHERE verdict = "
                         "'single_anonymous_source'"),
            "S2.C1");
  EXPECT_EQ(db.Query("SELECT independent_origins FROM claims WHERE claim_id "
                     "= 'S1.C1'"),
            1);
  EXPECT_EQ(db.Query("SELECT circular FROM claims WHERE claim_id = 'S1.C1'"),
            1);
  EXPECT_EQ(db.QueryText("SELECT to_id FROM reuse WHERE from_id = 'a1'"), "a2");
}

TYPED_TEST_P(StoreContractTest, PutStoriesReplacesPreviousStories) {
  auto store = this->OpenOrDie();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->PutStories(MakeStories(), MakeReuse()).ok());
  Story only{.id = "S9",
             .title = "Bridge closed for repairs",
             .articles = {"c1"},
             .claims = {{.id = "S9.C1",
                         .text = "The bridge shuts for a week.",
                         .verdict = "denied"}}};
  ASSERT_TRUE(store->PutStories({only}, {}).ok());
  Result<Analysis> analysis = store->LoadAnalysis();
  ASSERT_TRUE(analysis.ok());
  ASSERT_EQ(analysis->stories.size(), 1u);
  EXPECT_EQ(analysis->stories[0].id, "S9");
  EXPECT_TRUE(analysis->reuse.empty());
  auto& db = this->backend_;
  EXPECT_EQ(db.Query("SELECT count(*) FROM claims"), 1);
  EXPECT_EQ(db.Query("SELECT count(*) FROM story_articles"), 1);
  EXPECT_EQ(db.Query("SELECT count(*) FROM reuse"), 0);
}

TYPED_TEST_P(StoreContractTest, FailedPutStoriesKeepsPreviousStories) {
  auto store = this->OpenOrDie();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->PutStories(MakeStories(), MakeReuse()).ok());
  // Two stories with one id violate the key: nothing of the batch may land.
  std::vector<Story> clash = {{.id = "S5", .title = "First"},
                              {.id = "S5", .title = "Second"}};
  Status status = store->PutStories(clash, {});
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.code(), Status::Code::kIoError);
  Result<Analysis> analysis = store->LoadAnalysis();
  ASSERT_TRUE(analysis.ok());
  ASSERT_EQ(analysis->stories.size(), 2u);
  EXPECT_EQ(analysis->stories[0].id, "S1");
  EXPECT_EQ(analysis->reuse.size(), 1u);
}

TYPED_TEST_P(StoreContractTest, PutStoryChangesWritesOnlyTheChange) {
  auto store = this->OpenOrDie();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->PutStories(MakeStories(), MakeReuse()).ok());
  std::vector<Story> now = MakeStories();
  now[0].articles.push_back("a3");  // S1 gains an article, loses a claim
  now[0].claims.pop_back();
  now[1].title = "Not saved";  // changed in memory, not listed as changed
  now.push_back({.id = "S3",
                 .title = "Market moves to the quay",
                 .articles = {"d1", "d2"},
                 .claims = {{.id = "S3.C1",
                             .text = "The market opens on Sundays.",
                             .verdict = "single_source"}}});
  std::vector<Reuse> reuse = MakeReuse();
  reuse.push_back({.from = "d1", .to = "d2", .similarity = 0.5});
  Status status = store->PutStoryChanges(now, {0, 2}, reuse, 1);
  ASSERT_TRUE(status.ok()) << status.ToString();

  Result<Analysis> analysis = store->LoadAnalysis();
  ASSERT_TRUE(analysis.ok()) << analysis.status().ToString();
  ASSERT_EQ(analysis->stories.size(), 3u);
  EXPECT_EQ(util::StoryToJson(analysis->stories[0]), util::StoryToJson(now[0]));
  EXPECT_EQ(util::StoryToJson(analysis->stories[1]),
            util::StoryToJson(MakeStories()[1]));
  EXPECT_EQ(util::StoryToJson(analysis->stories[2]), util::StoryToJson(now[2]));
  ASSERT_EQ(analysis->reuse.size(), 2u);
  EXPECT_EQ(util::ReuseToJson(analysis->reuse[0]), util::ReuseToJson(reuse[0]));
  EXPECT_EQ(util::ReuseToJson(analysis->reuse[1]), util::ReuseToJson(reuse[1]));
  // The dropped claim and the old article list are gone from the tables.
  auto& db = this->backend_;
  EXPECT_EQ(db.Query("SELECT count(*) FROM claims WHERE claim_id = 'S1.C2'"),
            0);
  EXPECT_EQ(db.Query("SELECT count(*) FROM claims"), 3);
  EXPECT_EQ(
      db.Query("SELECT count(*) FROM story_articles WHERE story_id = 'S1'"), 3);
  EXPECT_EQ(db.Query("SELECT count(*) FROM story_articles"), 6);
}

TYPED_TEST_P(StoreContractTest, FailedPutStoryChangesKeepsPreviousStories) {
  auto store = this->OpenOrDie();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->PutStories(MakeStories(), MakeReuse()).ok());
  // S2 renamed S1 clashes with S1 on the key: nothing of the change may
  // land, not even the reuse link written before the failure.
  std::vector<Story> now = MakeStories();
  now[1].id = "S1";
  std::vector<Reuse> reuse = MakeReuse();
  reuse.push_back({.from = "d1", .to = "d2", .similarity = 0.5});
  Status status = store->PutStoryChanges(now, {0, 1}, reuse, 1);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.code(), Status::Code::kIoError);
  Result<Analysis> analysis = store->LoadAnalysis();
  ASSERT_TRUE(analysis.ok());
  ASSERT_EQ(analysis->stories.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(util::StoryToJson(analysis->stories[i]),
              util::StoryToJson(MakeStories()[i]));
  }
  EXPECT_EQ(analysis->reuse.size(), 1u);
}

TYPED_TEST_P(StoreContractTest, ReopenKeepsDataAndSchemaVersion) {
  {
    auto store = this->OpenOrDie();
    ASSERT_TRUE(store);
    ASSERT_TRUE(
        store->PutArticle(MakeArticle("kept", "abcdefabcdefabcd")).ok());
    ASSERT_TRUE(store->PutStories(MakeStories(), MakeReuse()).ok());
  }
  EXPECT_EQ(this->backend_.SchemaVersion(), Store::kSchemaVersion);
  auto store = this->OpenOrDie();
  ASSERT_TRUE(store);
  Result<Analysis> analysis = store->LoadAnalysis();
  ASSERT_TRUE(analysis.ok()) << analysis.status().ToString();
  ASSERT_EQ(analysis->articles.size(), 1u);
  EXPECT_EQ(analysis->articles[0].id, "kept");
  EXPECT_EQ(analysis->stories.size(), 2u);
  EXPECT_EQ(analysis->reuse.size(), 1u);
  // Re-running on the same input adds nothing.
  EXPECT_FALSE(
      store->PutArticle(MakeArticle("kept", "abcdefabcdefabcd")).value());
}

TYPED_TEST_P(StoreContractTest, RejectsDatabaseFromTheFuture) {
  { ASSERT_TRUE(this->OpenOrDie()); }
  this->backend_.SetSchemaVersion(99);
  Result<std::unique_ptr<Store>> store = Store::Open({.url = this->url_});
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kNotSupported);
  const std::string& message = store.status().message();
  EXPECT_NE(message.find("schema version 99"), std::string::npos) << message;
  EXPECT_EQ(this->backend_.SchemaVersion(), 99);  // left untouched
}

TYPED_TEST_P(StoreContractTest, CorruptJsonRowNamesTheRow) {
  {
    auto store = this->OpenOrDie();
    ASSERT_TRUE(store);
    ASSERT_TRUE(
        store->PutArticle(MakeArticle("good", "1111222233334444")).ok());
    ASSERT_TRUE(store->PutArticle(MakeArticle("bad", "5555666677778888")).ok());
  }
  this->backend_.Exec(
      "UPDATE articles SET json = '{\"id\": \"bad\", ' WHERE id = 'bad'");
  auto store = this->OpenOrDie();
  ASSERT_TRUE(store);
  Result<std::vector<Article>> loaded = store->LoadArticles();
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), Status::Code::kCorruption);
  const std::string& message = loaded.status().message();
  EXPECT_NE(message.find("articles row 2"), std::string::npos) << message;
}

TYPED_TEST_P(StoreContractTest, WrongJsonTypeInRowIsCorruption) {
  {
    auto store = this->OpenOrDie();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->PutStories(MakeStories(), {}).ok());
  }
  this->backend_.Exec(
      "UPDATE stories SET json = '{\"id\": 7}' WHERE id = 'S2'");
  auto store = this->OpenOrDie();
  ASSERT_TRUE(store);
  Result<Analysis> analysis = store->LoadAnalysis();
  ASSERT_FALSE(analysis.ok());
  EXPECT_EQ(analysis.status().code(), Status::Code::kCorruption);
  EXPECT_NE(analysis.status().message().find("stories row 2"),
            std::string::npos)
      << analysis.status().ToString();
}

// Each thread stands in for a process: its own connection, writing at once.
TYPED_TEST_P(StoreContractTest, ConcurrentWritersLoseNothing) {
  constexpr int kWriters = 2;
  constexpr int kArticlesEach = 30;
  std::vector<std::string> errors(kWriters);
  std::vector<std::thread> threads;
  for (int w = 0; w < kWriters; ++w) {
    threads.emplace_back([&, w] {
      Result<std::unique_ptr<Store>> store = Store::Open({.url = this->url_});
      if (!store.ok()) {
        errors[w] = store.status().ToString();
        return;
      }
      for (int i = 0; i < kArticlesEach && errors[w].empty(); ++i) {
        char hash[17];
        snprintf(hash, sizeof hash, "%08x%08x", w, i);
        Result<bool> added = store.value()->PutArticle(
            MakeArticle("w" + std::to_string(w), hash));
        if (!added.ok()) errors[w] = added.status().ToString();
        Status status = store.value()->PutStories(MakeStories(), MakeReuse());
        if (!status.ok()) errors[w] = status.ToString();
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& error : errors) EXPECT_EQ(error, "");
  EXPECT_EQ(this->backend_.Query("SELECT count(*) FROM articles"),
            kWriters * kArticlesEach);
  EXPECT_EQ(this->backend_.Query("SELECT count(*) FROM stories"), 2);
}

// ReplaceStories hands `derive` every stored article, in insertion order,
// and stores what it returns.
TYPED_TEST_P(StoreContractTest, ReplaceStoriesDerivesFromEveryArticle) {
  auto first = this->OpenOrDie();
  auto second = this->OpenOrDie();
  ASSERT_TRUE(first && second);
  ASSERT_TRUE(first->PutArticle(MakeArticle("one", "0000000000000001")).ok());
  ASSERT_TRUE(second->PutArticle(MakeArticle("two", "0000000000000002")).ok());
  std::vector<std::string> seen;
  Result<Analysis> derived =
      first->ReplaceStories([&](std::vector<Article> stored) {
        Analysis analysis;
        Story story{.id = "S1", .title = "All of them"};
        for (const Article& a : stored) {
          seen.push_back(a.id);
          story.articles.push_back(a.id);
        }
        analysis.stories = {story};
        return analysis;
      });
  ASSERT_TRUE(derived.ok()) << derived.status().ToString();
  EXPECT_EQ(seen, (std::vector<std::string>{"one", "two"}));
  Result<Analysis> loaded = second->LoadAnalysis();
  ASSERT_TRUE(loaded.ok());
  ASSERT_EQ(loaded->stories.size(), 1u);
  EXPECT_EQ(loaded->stories[0].articles,
            (std::vector<std::string>{"one", "two"}));
}

REGISTER_TYPED_TEST_SUITE_P(
    StoreContractTest, RoundTripsArticleWithAllFields,
    FillsQueryableArticleColumns, StoresSameArticleOnce,
    KeepsDifferentContentInInsertionOrder, RejectsArticleWithoutContentHash,
    KeepsQuotesSqlAndControlCharsAsData, RoundTripsStoriesAndReuse,
    FillsQueryableStoryColumns, PutStoriesReplacesPreviousStories,
    FailedPutStoriesKeepsPreviousStories, PutStoryChangesWritesOnlyTheChange,
    FailedPutStoryChangesKeepsPreviousStories, ReopenKeepsDataAndSchemaVersion,
    RejectsDatabaseFromTheFuture, CorruptJsonRowNamesTheRow,
    WrongJsonTypeInRowIsCorruption, ConcurrentWritersLoseNothing,
    ReplaceStoriesDerivesFromEveryArticle);

}  // namespace corroborate::store
