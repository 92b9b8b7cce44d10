// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The web app over a fresh SQLite store: uploads join stories, the API and
// pages answer, input is escaped, limits and the token are enforced.

#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <stdlib.h>

#include "serve/app_state.h"
#include "serve/server.h"

namespace corroborate::serve {
namespace {

using nlohmann::json;

// Two reports of one made-up event in different words, and an unrelated one.
const char kFloodA[] =
    "River Lenn floods the old town of Carrow\n\n"
    "The River Lenn burst its banks in Carrow on Sunday night, flooding "
    "dozens of homes in the old town, the county fire service said.\n\n"
    "Fire crews evacuated forty residents from the old town of Carrow, "
    "according to a statement from the county council.";
const char kFloodB[] =
    "Carrow old town under water after River Lenn bursts banks\n\n"
    "Dozens of homes in the old town of Carrow were flooded when the River "
    "Lenn burst its banks on Sunday night, the county fire service said.\n\n"
    "Forty residents of the old town were evacuated by fire crews, the "
    "county council said in a statement.";

class ServeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "serve_test_XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  std::unique_ptr<AppState> OpenState() {
    PipelineOptions options;
    options.store.url = (dir_ / "test.db").string();
    Result<std::unique_ptr<AppState>> state = AppState::Open(options);
    EXPECT_TRUE(state.ok()) << state.status().message();
    return state.ok() ? std::move(state).value() : nullptr;
  }
  // Starts a server on a free loopback port; returns a client for it.
  std::unique_ptr<httplib::Client> Start(ServerOptions options) {
    options.port = 0;
    server_ = std::make_unique<Server>(options, OpenState());
    Result<int> port = server_->Bind();
    EXPECT_TRUE(port.ok());
    thread_ = std::thread([this] { server_->Run(); });
    return std::make_unique<httplib::Client>("127.0.0.1", port.value());
  }

  std::filesystem::path dir_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
};

TEST_F(ServeTest, UploadsJoinTheirStoryAndPersist) {
  std::unique_ptr<AppState> state = OpenState();
  Result<AddedArticle> a = state->AddArticle(kFloodA, false, "flood-a");
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_TRUE(a->is_new);
  EXPECT_EQ(a->id, "flood-a");
  json b_body = {{"id", "flood-b"},
                 {"title", "Carrow flood"},
                 {"text", std::string(kFloodB)},
                 {"date", "2025-02-03"}};
  Result<AddedArticle> b = state->AddArticle(b_body.dump(), true, "");
  ASSERT_TRUE(b.ok()) << b.status().message();
  EXPECT_EQ(b->id, "flood-b");
  EXPECT_EQ(b->story, a->story);
  // The same text again is not stored twice.
  Result<AddedArticle> again = state->AddArticle(kFloodA, false, "");
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->is_new);
  EXPECT_EQ(again->id, "flood-a");
  EXPECT_FALSE(state->AddArticle("{\"title\": 1}", true, "").ok());
  state.reset();
  std::unique_ptr<AppState> reopened = OpenState();
  size_t articles = 0;
  reopened->Read([&](const Analysis& an) { articles = an.articles.size(); });
  EXPECT_EQ(articles, 2u);
  std::vector<SearchHit> hits = reopened->Search("RIVER lenn", 10);
  EXPECT_GE(hits.size(), 2u);
  EXPECT_TRUE(reopened->Search("volcano", 10).empty());
}

TEST_F(ServeTest, ApiAndPagesShowUploadsEscaped) {
  auto client = Start({});
  std::string text = std::string(kFloodA) +
                     "\n\nA resident wrote <script>alert(1)</script> online.";
  auto post = client->Post("/api/articles?id=x1", text, "text/plain");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 201);
  json added = json::parse(post->body);
  std::string story = added["story"];
  auto list = client->Get("/api/stories");
  ASSERT_TRUE(list);
  EXPECT_EQ(json::parse(list->body)[0]["articles"][0], "x1");
  auto page = client->Get("/stories/" + story);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("&lt;script&gt;alert(1)&lt;/script&gt;"),
            std::string::npos);
  EXPECT_EQ(page->body.find("<script>alert"), std::string::npos);
  EXPECT_NE(page->body.find("<svg class=\"graph\""), std::string::npos);
  auto article = client->Get("/api/articles/x1");
  ASSERT_TRUE(article);
  EXPECT_EQ(json::parse(article->body)["story"], story);
  EXPECT_EQ(client->Get("/api/articles/nope")->status, 404);
  EXPECT_EQ(client->Get("/stories/nope")->status, 404);
  auto search = client->Get("/api/search?q=carrow");
  EXPECT_FALSE(json::parse(search->body)["hits"].empty());
  auto js = client->Get("/assets/app.js");
  EXPECT_EQ(js->status, 200);
  EXPECT_NE(js->body.find("/api/articles"), std::string::npos);
  EXPECT_EQ(client->Get("/assets/..%2F..%2Fetc%2Fpasswd")->status, 400);
  EXPECT_EQ(client->Get("/assets/style.php")->status, 404);
}

TEST_F(ServeTest, RejectsOversizedBodies) {
  ServerOptions options;
  options.max_body_bytes = 1000;
  auto client = Start(options);
  auto post =
      client->Post("/api/articles", std::string(5000, 'a'), "text/plain");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 413);
  auto small = client->Post("/api/articles", kFloodB, "text/plain");
  EXPECT_EQ(small->status, 201);
}

TEST_F(ServeTest, TokenGuardsWrites) {
  ServerOptions options;
  options.token = "s3cret";
  auto client = Start(options);
  EXPECT_EQ(client->Post("/api/articles", kFloodA, "text/plain")->status, 401);
  httplib::Headers headers = {{"X-Corroborate-Token", "s3cret"}};
  EXPECT_EQ(
      client->Post("/api/articles", headers, kFloodA, "text/plain")->status,
      201);
  EXPECT_EQ(client->Get("/api/stories")->status, 200);  // reads stay open
}

TEST_F(ServeTest, NonLoopbackWithoutTokenRefusesWrites) {
  ServerOptions options;
  options.host = "0.0.0.0";
  auto client = Start(options);
  EXPECT_EQ(client->Post("/api/articles", kFloodA, "text/plain")->status, 403);
  EXPECT_TRUE(IsLoopback("127.0.0.1"));
  EXPECT_TRUE(IsLoopback("localhost"));
  EXPECT_FALSE(IsLoopback("0.0.0.0"));
  EXPECT_FALSE(IsLoopback("192.168.1.4"));
}

}  // namespace
}  // namespace corroborate::serve
