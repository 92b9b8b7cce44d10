// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "store/sqlite_store.h"

#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "corroborate/store.h"

#include "store/store_test_helpers.h"
#include "util/analysis_json.h"

namespace corroborate::store {
namespace {

std::unique_ptr<Store> OpenOrDie(const std::string& path) {
  Result<std::unique_ptr<Store>> store = SqliteStore::Open(path);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return store.ok() ? std::move(store).value() : nullptr;
}

class SqliteStoreTest : public ::testing::Test {
 protected:
  TempDir dir_;
  std::string db_ = dir_.File("test.db");
};

TEST_F(SqliteStoreTest, RoundTripsArticleWithAllFields) {
  auto store = OpenOrDie(db_);
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
  EXPECT_EQ(a.encoding, "WINDOWS-1252");
  EXPECT_EQ(a.contributors, original.contributors);
  EXPECT_DOUBLE_EQ(a.quality, 0.8125);
  EXPECT_TRUE(a.low_quality);
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.paragraphs[1].reason, BoilerplateReason::kRelatedLink);
  EXPECT_TRUE(a.paragraphs[0].damaged);
  ASSERT_EQ(a.attributions.size(), 1u);
  EXPECT_EQ(a.attributions[0].via_kind, SourceKind::kAnonymous);
  ASSERT_EQ(a.damaged_lines.size(), 1u);
  EXPECT_EQ(a.damaged_lines[0].excerpt, "from MondayÃ©");
}

TEST_F(SqliteStoreTest, FillsQueryableArticleColumns) {
  auto store = OpenOrDie(db_);
  ASSERT_TRUE(
      store->PutArticle(MakeArticle("ferry_1", "00aa11bb22cc33dd")).ok());
  EXPECT_EQ(RawQueryText(db_, "SELECT title FROM articles"),
            "Night ferry returns to the northern route");
  EXPECT_EQ(RawQueryText(db_, "SELECT date FROM articles"), "2025-03-14");
  EXPECT_EQ(RawQueryText(db_, "SELECT site FROM articles"), "Harbour Courier");
  EXPECT_EQ(RawQuery(db_, "SELECT low_quality FROM articles"), 1);
  EXPECT_FALSE(RawQueryText(db_, "SELECT added_at FROM articles").empty());
}

TEST_F(SqliteStoreTest, StoresSameArticleOnce) {
  auto store = OpenOrDie(db_);
  const Article article = MakeArticle("ferry_1", "00aa11bb22cc33dd");
  ASSERT_TRUE(store->PutArticle(article).value());
  Result<bool> again = store->PutArticle(article);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_FALSE(again.value());
  EXPECT_EQ(store->LoadArticles()->size(), 1u);
}

TEST_F(SqliteStoreTest, KeepsDifferentContentAsTwoRowsInInsertionOrder) {
  auto store = OpenOrDie(db_);
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

TEST_F(SqliteStoreTest, RejectsArticleWithoutContentHash) {
  auto store = OpenOrDie(db_);
  Result<bool> added = store->PutArticle(MakeArticle("no_hash", ""));
  ASSERT_FALSE(added.ok());
  EXPECT_EQ(added.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(added.status().message().find("no_hash"), std::string::npos);
}

TEST_F(SqliteStoreTest, KeepsQuotesAndSqlInTextAsData) {
  auto store = OpenOrDie(db_);
  Article article = MakeArticle("quotes", "1234123412341234");
  article.title = "O'Neill's \"plan\"; DROP TABLE articles; --";
  ASSERT_TRUE(store->PutArticle(article).value());
  Result<std::vector<Article>> loaded = store->LoadArticles();
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  ASSERT_EQ(loaded->size(), 1u);
  EXPECT_EQ(loaded->front().title, article.title);
}

TEST_F(SqliteStoreTest, RoundTripsStoriesAndReuse) {
  auto store = OpenOrDie(db_);
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
  EXPECT_EQ(analysis->stories[0].claims[0].verdict, "single_source");
  EXPECT_TRUE(analysis->stories[0].claims[0].circular);
  ASSERT_EQ(analysis->reuse.size(), 1u);
  EXPECT_EQ(util::ReuseToJson(analysis->reuse[0]), util::ReuseToJson(reuse[0]));
  ASSERT_EQ(analysis->articles.size(), 1u);  // documented: articles are filled
  EXPECT_EQ(analysis->articles[0].id, "a1");
}

TEST_F(SqliteStoreTest, FillsQueryableStoryColumns) {
  auto store = OpenOrDie(db_);
  ASSERT_TRUE(store->PutStories(MakeStories(), MakeReuse()).ok());
  EXPECT_EQ(
      RawQuery(db_,
               "SELECT count(*) FROM story_articles WHERE story_id = 'S1'"),
      2);
  EXPECT_EQ(
      RawQueryText(
          db_, "SELECT story_id FROM story_articles WHERE article_id = 'b1'"),
      "S2");
  EXPECT_EQ(RawQueryText(db_,
                         "SELECT claim_id FROM claims WHERE verdict = "
                         "'single_anonymous_source'"),
            "S2.C1");
  EXPECT_EQ(
      RawQuery(
          db_,
          "SELECT independent_origins FROM claims WHERE claim_id = 'S1.C1'"),
      1);
  EXPECT_EQ(RawQueryText(db_, "SELECT to_id FROM reuse WHERE from_id = 'a1'"),
            "a2");
}

TEST_F(SqliteStoreTest, PutStoriesReplacesPreviousStories) {
  auto store = OpenOrDie(db_);
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
  EXPECT_EQ(RawQuery(db_, "SELECT count(*) FROM claims"), 1);
  EXPECT_EQ(RawQuery(db_, "SELECT count(*) FROM story_articles"), 1);
  EXPECT_EQ(RawQuery(db_, "SELECT count(*) FROM reuse"), 0);
}

TEST_F(SqliteStoreTest, FailedPutStoriesKeepsPreviousStories) {
  auto store = OpenOrDie(db_);
  ASSERT_TRUE(store->PutStories(MakeStories(), MakeReuse()).ok());
  // Two stories with one id violate the key: nothing of the batch may land.
  std::vector<Story> clash = {{.id = "S5", .title = "First"},
                              {.id = "S5", .title = "Second"}};
  Status status = store->PutStories(clash, {});
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.code(), Status::Code::kIoError);
  EXPECT_NE(status.message().find(db_), std::string::npos) << status.ToString();

  Result<Analysis> analysis = store->LoadAnalysis();
  ASSERT_TRUE(analysis.ok());
  ASSERT_EQ(analysis->stories.size(), 2u);
  EXPECT_EQ(analysis->stories[0].id, "S1");
  EXPECT_EQ(analysis->reuse.size(), 1u);
}

TEST_F(SqliteStoreTest, ReopenKeepsData) {
  {
    auto store = OpenOrDie(db_);
    ASSERT_TRUE(
        store->PutArticle(MakeArticle("kept", "abcdefabcdefabcd")).ok());
    ASSERT_TRUE(store->PutStories(MakeStories(), MakeReuse()).ok());
  }
  auto store = OpenOrDie(db_);
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

TEST_F(SqliteStoreTest, RecordsSchemaVersionAndWalMode) {
  { auto store = OpenOrDie(db_); }
  EXPECT_EQ(RawQuery(db_, "PRAGMA user_version"), Store::kSchemaVersion);
  EXPECT_EQ(RawQueryText(db_, "PRAGMA journal_mode"), "wal");
}

TEST_F(SqliteStoreTest, RejectsDatabaseFromTheFuture) {
  RawQuery(db_, "PRAGMA user_version = 99");
  Result<std::unique_ptr<Store>> store = SqliteStore::Open(db_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kNotSupported);
  const std::string& message = store.status().message();
  EXPECT_NE(message.find(db_), std::string::npos) << message;
  EXPECT_NE(message.find("schema version 99"), std::string::npos) << message;
  EXPECT_EQ(RawQuery(db_, "PRAGMA user_version"), 99);  // left untouched
}

TEST_F(SqliteStoreTest, RejectsFileThatIsNotADatabase) {
  {
    std::ofstream out(db_, std::ios::binary);
    for (int i = 0; i < 4096; ++i)
      out.put(static_cast<char>((i * 37 + 11) % 256));
  }
  Result<std::unique_ptr<Store>> store = SqliteStore::Open(db_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kIoError);
  const std::string& message = store.status().message();
  EXPECT_NE(message.find(db_), std::string::npos) << message;
  EXPECT_NE(message.find("not a database"), std::string::npos) << message;
}

TEST_F(SqliteStoreTest, UnwritablePathGivesClearError) {
  const std::string missing_dir = dir_.File("no/such/dir/x.db");
  Result<std::unique_ptr<Store>> store = SqliteStore::Open(missing_dir);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kIoError);
  EXPECT_NE(store.status().message().find(missing_dir), std::string::npos);
  EXPECT_NE(store.status().message().find("unable to open"), std::string::npos)
      << store.status().ToString();

  // A parent that is a regular file: fails even for root.
  { std::ofstream(dir_.File("plain")) << "not a directory"; }
  store = SqliteStore::Open(dir_.File("plain/x.db"));
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kIoError);
}

TEST_F(SqliteStoreTest, CorruptJsonRowNamesTheRow) {
  {
    auto store = OpenOrDie(db_);
    ASSERT_TRUE(
        store->PutArticle(MakeArticle("good", "1111222233334444")).ok());
    ASSERT_TRUE(store->PutArticle(MakeArticle("bad", "5555666677778888")).ok());
  }
  RawQuery(db_,
           "UPDATE articles SET json = '{\"id\": \"bad\", ' WHERE id = 'bad'");
  auto store = OpenOrDie(db_);
  Result<std::vector<Article>> loaded = store->LoadArticles();
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), Status::Code::kCorruption);
  const std::string& message = loaded.status().message();
  EXPECT_NE(message.find(db_), std::string::npos) << message;
  EXPECT_NE(message.find("articles row 2"), std::string::npos) << message;
}

TEST_F(SqliteStoreTest, WrongJsonTypeInRowIsCorruption) {
  {
    auto store = OpenOrDie(db_);
    ASSERT_TRUE(store->PutStories(MakeStories(), {}).ok());
  }
  RawQuery(db_, "UPDATE stories SET json = '{\"id\": 7}' WHERE id = 'S2'");
  auto store = OpenOrDie(db_);
  Result<Analysis> analysis = store->LoadAnalysis();
  ASSERT_FALSE(analysis.ok());
  EXPECT_EQ(analysis.status().code(), Status::Code::kCorruption);
  EXPECT_NE(analysis.status().message().find("stories row 2"),
            std::string::npos)
      << analysis.status().ToString();
}

TEST_F(SqliteStoreTest, TwoStoresOnOneFileBothWrite) {
  auto first = OpenOrDie(db_);
  auto second = OpenOrDie(db_);
  ASSERT_TRUE(first && second);
  EXPECT_TRUE(
      first->PutArticle(MakeArticle("one", "0000000000000001")).value());
  EXPECT_TRUE(
      second->PutArticle(MakeArticle("two", "0000000000000002")).value());
  EXPECT_FALSE(
      second->PutArticle(MakeArticle("one", "0000000000000001")).value());
  ASSERT_TRUE(second->PutStories(MakeStories(), {}).ok());
  EXPECT_EQ(first->LoadArticles()->size(), 2u);
  EXPECT_EQ(first->LoadAnalysis()->stories.size(), 2u);
}

// Each thread stands in for a process: its own connection, writing at once.
TEST_F(SqliteStoreTest, ConcurrentWritersDoNotFailWithLocked) {
  constexpr int kWriters = 2;
  constexpr int kArticlesEach = 40;
  std::vector<std::string> errors(kWriters);
  std::vector<std::thread> threads;
  for (int w = 0; w < kWriters; ++w) {
    threads.emplace_back([&, w] {
      Result<std::unique_ptr<Store>> store = SqliteStore::Open(db_);
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
  EXPECT_EQ(RawQuery(db_, "SELECT count(*) FROM articles"),
            kWriters * kArticlesEach);
  EXPECT_EQ(RawQuery(db_, "SELECT count(*) FROM stories"), 2);
}

}  // namespace
}  // namespace corroborate::store
