// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Store::Open: choosing the backend from the url.

#include "corroborate/store.h"

#include <string>

#include <gtest/gtest.h>

#include "store/postgres_store.h"
#include "store/store_test_helpers.h"

namespace corroborate::store {
namespace {

TEST(StoreOpen, AcceptsPlainFileName) {
  TempDir dir;
  Result<std::unique_ptr<Store>> store =
      Store::Open({.url = dir.File("plain.db")});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  ASSERT_TRUE(
      store.value()->PutArticle(MakeArticle("p", "0102030405060708")).ok());
  EXPECT_EQ(RawQuery(dir.File("plain.db"), "SELECT count(*) FROM articles"), 1);
}

TEST(StoreOpen, AcceptsSqliteSchemeWithFileName) {
  TempDir dir;
  Result<std::unique_ptr<Store>> store =
      Store::Open({.url = "sqlite:" + dir.File("s.db")});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  ASSERT_TRUE(
      store.value()->PutArticle(MakeArticle("s", "0102030405060708")).ok());
  // The file is the path after "sqlite:", not a file named "sqlite:...".
  EXPECT_EQ(RawQuery(dir.File("s.db"), "SELECT count(*) FROM articles"), 1);
}

TEST(StoreOpen, AcceptsSqliteUrlWithAbsolutePath) {
  TempDir dir;
  const std::string path = dir.File("abs.db");
  ASSERT_EQ(path.front(), '/');
  Result<std::unique_ptr<Store>> store =
      Store::Open({.url = "sqlite://" + path});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  ASSERT_TRUE(
      store.value()->PutArticle(MakeArticle("a", "0102030405060708")).ok());
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM articles"), 1);
}

// Port 1 on loopback: nothing listens there, so the connection is refused
// at once; the error names the url but never its password.
TEST(StoreOpen, UnreachablePostgresqlIsIoErrorWithoutPassword) {
  Result<std::unique_ptr<Store>> store = Store::Open(
      {.url = "postgresql://editor:s3cret@127.0.0.1:1/news?connect_timeout=5"});
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kIoError);
  const std::string& message = store.status().message();
  EXPECT_NE(message.find("postgresql://editor:***@127.0.0.1:1/news"),
            std::string::npos)
      << message;
  EXPECT_EQ(message.find("s3cret"), std::string::npos) << message;
}

TEST(RedactUrl, HidesOnlyThePassword) {
  EXPECT_EQ(RedactUrl("postgresql://u:pw@h/db"), "postgresql://u:***@h/db");
  EXPECT_EQ(RedactUrl("postgresql://u@h:5432/db"), "postgresql://u@h:5432/db");
  EXPECT_EQ(RedactUrl("postgresql://h:5432/db?user=a@b"),
            "postgresql://h:5432/db?user=a@b");
  EXPECT_EQ(RedactUrl("news.db"), "news.db");
}

TEST(StoreOpen, RejectsUnknownScheme) {
  Result<std::unique_ptr<Store>> store =
      Store::Open({.url = "mysql://localhost/news"});
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kNotSupported);
}

TEST(StoreOpen, RejectsEmptyUrlAndEmptyPath) {
  Result<std::unique_ptr<Store>> empty = Store::Open({.url = ""});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().code(), Status::Code::kInvalidArgument);
  Result<std::unique_ptr<Store>> no_path = Store::Open({.url = "sqlite:"});
  ASSERT_FALSE(no_path.ok());
  EXPECT_EQ(no_path.status().code(), Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace corroborate::store
