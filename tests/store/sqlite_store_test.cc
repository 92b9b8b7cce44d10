// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "store/sqlite_store.h"

#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corroborate/store.h"

#include "store/sqlite_backend.h"
#include "store/store_contract_tests.h"
#include "store/store_test_helpers.h"

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

TEST_F(SqliteStoreTest, RecordsSchemaVersionAndWalMode) {
  { auto store = OpenOrDie(db_); }
  EXPECT_EQ(RawQuery(db_, "PRAGMA user_version"), Store::kSchemaVersion);
  EXPECT_EQ(RawQueryText(db_, "PRAGMA journal_mode"), "wal");
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

INSTANTIATE_TYPED_TEST_SUITE_P(Sqlite, StoreContractTest, SqliteBackend);

}  // namespace
}  // namespace corroborate::store
