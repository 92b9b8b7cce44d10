// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The web app over a fresh SQLite store: uploads join stories, the API and
// pages answer, input is escaped, limits and the token are enforced.

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <stdlib.h>

#include "corroborate/ingest.h"
#include "corroborate/pipeline.h"
#include "corroborate/store.h"

#include "serve/app_state.h"
#include "serve/response_cache.h"
#include "serve/server.h"
#include "util/analysis_json.h"

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
// Two more events, unrelated to the flood and to each other.
const char kBridge[] =
    "New footbridge opens over the Tessel canal in Marport\n\n"
    "A steel footbridge over the Tessel canal opened in Marport on Monday, "
    "the city's transport office said.\n\n"
    "The bridge cost 4 million euros and took two years to build, "
    "according to the engineering firm Halvorsen.";
const char kChess[] =
    "Grandmaster Ilse Varga wins the Ostrava rapid chess open\n\n"
    "Ilse Varga won the Ostrava rapid chess open on Saturday after beating "
    "the defending champion in the final round, organisers said.\n\n"
    "Varga told reporters the tournament was the hardest of her career.";

// The status of an answer, or -1 when the request failed (no answer), so
// that a failed request fails the check instead of crashing the test.
int StatusOf(const httplib::Result& result) {
  return result ? result->status : -1;
}

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
    port_ = port.value();
    thread_ = std::thread([this] { server_->Run(); });
    auto client = std::make_unique<httplib::Client>("127.0.0.1", port.value());
    // An upload is analysed before it is answered (the first one loads the
    // gazetteer); on a loaded CI machine in a Debug build that can exceed
    // httplib's 5 s default, and a timed-out request would fail the test.
    client->set_read_timeout(std::chrono::seconds(120));
    client->set_write_timeout(std::chrono::seconds(120));
    return client;
  }

  std::filesystem::path dir_;
  std::unique_ptr<Server> server_;
  int port_ = 0;
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

// The story id of `article`, "" if none.
std::string StoryOf(const AppState& state, const std::string& article) {
  std::string story;
  state.Read([&](const Analysis& a) { story = StoryOfArticle(a, article); });
  return story;
}

TEST_F(ServeTest, AddingAnArticleKeepsOtherStoriesAndIds) {
  std::unique_ptr<AppState> state = OpenState();
  ASSERT_TRUE(state->AddArticle(kFloodA, false, "flood-a").ok());
  ASSERT_TRUE(state->AddArticle(kBridge, false, "bridge").ok());
  const std::string flood = StoryOf(*state, "flood-a");
  const std::string bridge = StoryOf(*state, "bridge");
  EXPECT_EQ(flood, "S1");
  EXPECT_EQ(bridge, "S2");
  std::vector<Claim> bridge_claims;
  state->Read([&](const Analysis& a) { bridge_claims = a.stories[1].claims; });
  const uint64_t before = state->version();
  Result<AddedArticle> b = state->AddArticle(kFloodB, false, "flood-b");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->story, flood);
  EXPECT_GT(state->version(), before);
  state->Read([&](const Analysis& a) {
    ASSERT_EQ(a.stories.size(), 2u);
    EXPECT_EQ(a.stories[0].articles.size(), 2u);
    EXPECT_EQ(a.stories[1].id, bridge);  // untouched
    ASSERT_EQ(a.stories[1].claims.size(), bridge_claims.size());
    for (const Claim& c : a.stories[0].claims) {
      EXPECT_TRUE(c.id.starts_with(flood + ".C")) << c.id;
    }
  });
  // After a restart the index is rebuilt from the store: ids go on.
  state.reset();
  state = OpenState();
  Result<AddedArticle> chess = state->AddArticle(kChess, false, "chess");
  ASSERT_TRUE(chess.ok());
  EXPECT_EQ(chess->story, "S3");
  EXPECT_EQ(StoryOf(*state, "flood-b"), flood);
  EXPECT_EQ(StoryOf(*state, "bridge"), bridge);
}

TEST_F(ServeTest, SimultaneousUploadsOfOneEventShareANewStory) {
  // Uploads that arrive together are linked as one batch: both join the
  // story the first one starts, and the unrelated one gets its own.
  std::unique_ptr<AppState> state = OpenState();
  const char* texts[] = {kFloodA, kFloodB, kChess};
  std::vector<Result<AddedArticle>> added(3, Status::NotFound("x", "unset"));
  std::vector<std::thread> threads;
  for (int i = 0; i < 3; ++i) {
    threads.emplace_back([&, i] {
      added[i] = state->AddArticle(texts[i], false, "t" + std::to_string(i));
    });
  }
  for (std::thread& t : threads) t.join();
  for (const auto& a : added) ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(added[0]->story, added[1]->story);
  EXPECT_NE(added[0]->story, added[2]->story);
  state->Read([&](const Analysis& a) {
    EXPECT_EQ(a.articles.size(), 3u);
    EXPECT_EQ(a.stories.size(), 2u);
  });
  EXPECT_EQ(StoryOf(*state, "t1"), added[1]->story);
}

TEST_F(ServeTest, LoneUploadIsSavedBeforeItsAnswer) {
  // Another process (a `report --db`) sees the story as soon as the upload
  // is answered.
  // The second upload comes within a second of the first save; with no
  // upload waiting it is saved at once all the same.
  std::unique_ptr<AppState> state = OpenState();
  ASSERT_TRUE(state->AddArticle(kChess, false, "ch").ok());
  Result<AddedArticle> added = state->AddArticle(kBridge, false, "br");
  ASSERT_TRUE(added.ok());
  StoreOptions options;
  options.url = (dir_ / "test.db").string();
  Result<std::unique_ptr<Store>> other = Store::Open(options);
  ASSERT_TRUE(other.ok());
  Result<Analysis> stored = other.value()->LoadAnalysis();
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(StoryOfArticle(stored.value(), "br"), added->story);
}

TEST_F(ServeTest, StoreHoldsWhatTheServerShowsAfterEachSave) {
  // Saves write only the changed stories and the new reuse links; after
  // each lone upload (saved before its answer) another connection must read
  // exactly the stories and links the server shows, the untouched ones
  // included.
  std::unique_ptr<AppState> state = OpenState();
  StoreOptions options;
  options.url = (dir_ / "test.db").string();
  Result<std::unique_ptr<Store>> other = Store::Open(options);
  ASSERT_TRUE(other.ok());
  const std::pair<const char*, const char*> uploads[] = {
      {kFloodA, "flood-a"},
      {kBridge, "bridge"},
      {kFloodB, "flood-b"},
      {kChess, "chess"},
      {kFloodA, "again"}};  // a duplicate: nothing changes
  for (const auto& upload : uploads) {
    // A copy, not a structured binding: clang before 16 cannot capture one.
    const std::string id = upload.second;
    ASSERT_TRUE(state->AddArticle(upload.first, false, id).ok()) << id;
    Result<Analysis> stored = other.value()->LoadAnalysis();
    ASSERT_TRUE(stored.ok()) << stored.status().message();
    state->Read([&](const Analysis& shown) {
      ASSERT_EQ(stored->stories.size(), shown.stories.size()) << id;
      for (size_t i = 0; i < shown.stories.size(); ++i) {
        EXPECT_EQ(util::StoryToJson(stored->stories[i]),
                  util::StoryToJson(shown.stories[i]))
            << id << ", story " << i;
      }
      ASSERT_EQ(stored->reuse.size(), shown.reuse.size()) << id;
      for (size_t i = 0; i < shown.reuse.size(); ++i) {
        EXPECT_EQ(util::ReuseToJson(stored->reuse[i]),
                  util::ReuseToJson(shown.reuse[i]))
            << id;
      }
    });
  }
  state->Read([&](const Analysis& shown) {
    EXPECT_EQ(shown.stories.size(), 3u);
    EXPECT_EQ(shown.stories[0].articles.size(), 2u);
  });
}

// `text` ingested as a .txt article named `id`.
Article Ingested(const char* text, const std::string& id) {
  Result<std::vector<Article>> read =
      IngestBytes(text, id + ".txt", IngestOptions{}, [](const Status&) {});
  EXPECT_TRUE(read.ok() && read->size() == 1u);
  return read.ok() && !read->empty() ? read->front() : Article{};
}

TEST_F(ServeTest, AddArticlesPlacesABatchAndAnswersInOrder) {
  std::unique_ptr<AppState> state = OpenState();
  ASSERT_TRUE(state->AddArticle(kFloodA, false, "flood-a").ok());
  std::vector<Article> batch;
  batch.push_back(Ingested(kFloodB, "flood-b"));
  batch.push_back(Ingested(kChess, "flood-a"));  // id taken: renamed
  batch.push_back(Ingested(kFloodA, "again"));   // content stored before
  std::vector<Result<AddedArticle>> added = state->AddArticles(batch);
  ASSERT_EQ(added.size(), 3u);
  for (const auto& a : added) ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(added[0]->id, "flood-b");
  EXPECT_TRUE(added[0]->is_new);
  EXPECT_EQ(added[0]->story, StoryOf(*state, "flood-a"));
  EXPECT_TRUE(added[1]->id.starts_with("upload-")) << added[1]->id;
  EXPECT_TRUE(added[1]->is_new);
  EXPECT_NE(added[1]->story, added[0]->story);
  EXPECT_EQ(added[2]->id, "flood-a");
  EXPECT_FALSE(added[2]->is_new);
  state->Read([&](const Analysis& a) {
    EXPECT_EQ(a.articles.size(), 3u);
    EXPECT_EQ(a.stories.size(), 2u);
  });
}

TEST_F(ServeTest, ArticlesStoredWithoutStoriesAreLinkedOnOpen) {
  // A server killed before it saved its stories leaves articles in no
  // story; the next Open links them.
  {
    PipelineOptions options;
    options.store.url = (dir_ / "test.db").string();
    Result<std::unique_ptr<Store>> store = Store::Open(options.store);
    ASSERT_TRUE(store.ok());
    Result<std::vector<Article>> read = IngestBytes(
        kBridge, "orphan.txt", options.ingest, [](const Status&) {});
    ASSERT_TRUE(read.ok());
    Article article = read->front();
    ExtractAndAnalyze(&article, options);
    ASSERT_TRUE(store.value()->PutArticle(article).ok());
  }
  std::unique_ptr<AppState> state = OpenState();
  EXPECT_EQ(StoryOf(*state, "orphan"), "S1");
}

TEST(ResponseCacheTest, KeepsAnswersOfTheNewestVersionWithinItsBudget) {
  ResponseCache cache(100);
  auto answer = [](std::string body) {
    return std::make_shared<const CachedAnswer>(
        CachedAnswer{200, "text/plain", std::move(body)});
  };
  cache.Put("/a", 1, answer("one"));
  ASSERT_NE(cache.Find("/a", 1), nullptr);
  EXPECT_EQ(cache.Find("/a", 1)->body, "one");
  EXPECT_EQ(cache.Find("/a", 2), nullptr);  // a newer version misses
  EXPECT_EQ(cache.Find("/b", 1), nullptr);
  cache.Put("/a", 2, answer("two"));  // drops version 1
  EXPECT_EQ(cache.Find("/a", 1), nullptr);
  EXPECT_EQ(cache.Find("/a", 2)->body, "two");
  cache.Put("/b", 1, answer("old"));  // older than the cache: ignored
  EXPECT_EQ(cache.Find("/b", 2), nullptr);
  cache.Put("/big", 2, answer(std::string(200, 'x')));  // over budget
  EXPECT_EQ(cache.Find("/big", 2), nullptr);
  EXPECT_LE(cache.bytes(), 100u);
}

TEST_F(ServeTest, CachedAnswersFollowUploads) {
  auto client = Start({});
  auto empty = client->Get("/api/stories");
  ASSERT_TRUE(empty);
  EXPECT_EQ(json::parse(empty->body).size(), 0u);
  auto cached = client->Get("/api/stories");
  ASSERT_TRUE(cached);
  EXPECT_EQ(cached->body, empty->body);  // cached
  EXPECT_EQ(StatusOf(client->Get("/api/search?q=marport")), 200);
  ASSERT_EQ(
      StatusOf(client->Post("/api/articles?id=br", kBridge, "text/plain")),
      201);
  auto one = client->Get("/api/stories");
  ASSERT_TRUE(one);
  ASSERT_EQ(json::parse(one->body).size(), 1u);
  EXPECT_EQ(json::parse(one->body)[0]["articles"][0], "br");
  auto search = client->Get("/api/search?q=marport");
  ASSERT_TRUE(search);
  EXPECT_EQ(json::parse(search->body)["hits"][0]["id"], "br");
}

TEST_F(ServeTest, ConcurrentUploadsAndReadsAllSucceed) {
  auto client = Start({});
  const int port = port_;
  const char* texts[] = {kFloodA, kFloodB, kBridge, kChess};
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      httplib::Client c("127.0.0.1", port);
      c.set_read_timeout(std::chrono::seconds(120));
      std::string id = "c" + std::to_string(t);
      auto post =
          c.Post(("/api/articles?id=" + id).c_str(), texts[t], "text/plain");
      if (!post || post->status != 201) ++failures;
      for (int i = 0; i < 20; ++i) {
        auto get = c.Get("/api/stories");
        if (!get || get->status != 200) ++failures;
      }
      auto mine = c.Get(("/api/articles/" + id).c_str());
      if (!mine || mine->status != 200) ++failures;
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  auto stories = client->Get("/api/stories");
  ASSERT_TRUE(stories);
  auto list = json::parse(stories->body);
  size_t articles = 0;
  for (const json& s : list) articles += s["articles"].size();
  EXPECT_EQ(articles, 4u);
}

TEST_F(ServeTest, RawRequestsGoThroughTheParser) {
  Server server({}, OpenState());
  std::string ok = server.ServeBytes("GET /api/stories HTTP/1.1\r\n\r\n");
  EXPECT_TRUE(ok.starts_with("HTTP/1.1 200")) << ok;
  // Two pipelined requests on one connection get two answers.
  std::string two = server.ServeBytes(
      "GET /api/stories HTTP/1.1\r\nHost: x\r\n\r\n"
      "GET /api/articles/none HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_NE(two.find("HTTP/1.1 200"), std::string::npos);
  EXPECT_NE(two.find("HTTP/1.1 404"), std::string::npos);
  // Path traversal as a raw path (no client normalises it here).
  for (const char* path :
       {"/assets/../../../../etc/passwd", "/assets/..%2F..%2Fetc%2Fpasswd",
        "/assets/%2e%2e/%2e%2e/etc/passwd", "/../../etc/passwd",
        "/assets/..\\..\\etc\\passwd"}) {
    std::string answer =
        server.ServeBytes(std::string("GET ") + path + " HTTP/1.1\r\n\r\n");
    EXPECT_FALSE(answer.starts_with("HTTP/1.1 200")) << path;
    EXPECT_EQ(answer.find("root:"), std::string::npos) << path;
  }
  EXPECT_TRUE(
      server.ServeBytes("\x01\x02garbage\r\n\r\n").starts_with("HTTP/1.1 400"));
  EXPECT_TRUE(server.ServeBytes("").empty());
  // A declared length over the limit is refused before the body is read.
  std::string huge = server.ServeBytes(
      "POST /api/articles HTTP/1.1\r\nContent-Length: 999999999\r\n"
      "Content-Type: text/plain\r\n\r\nA short body.");
  EXPECT_TRUE(huge.starts_with("HTTP/1.1 413")) << huge;
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
  EXPECT_EQ(StatusOf(client->Get("/api/articles/nope")), 404);
  EXPECT_EQ(StatusOf(client->Get("/stories/nope")), 404);
  auto search = client->Get("/api/search?q=carrow");
  ASSERT_TRUE(search);
  EXPECT_FALSE(json::parse(search->body)["hits"].empty());
  auto js = client->Get("/assets/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  EXPECT_NE(js->body.find("/api/articles"), std::string::npos);
  EXPECT_EQ(StatusOf(client->Get("/assets/..%2F..%2Fetc%2Fpasswd")), 400);
  EXPECT_EQ(StatusOf(client->Get("/assets/style.php")), 404);
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
  EXPECT_EQ(StatusOf(small), 201);
}

TEST_F(ServeTest, TokenGuardsWrites) {
  ServerOptions options;
  options.token = "s3cret";
  auto client = Start(options);
  EXPECT_EQ(StatusOf(client->Post("/api/articles", kFloodA, "text/plain")),
            401);
  httplib::Headers headers = {{"X-Corroborate-Token", "s3cret"}};
  EXPECT_EQ(
      StatusOf(client->Post("/api/articles", headers, kFloodA, "text/plain")),
      201);
  EXPECT_EQ(StatusOf(client->Get("/api/stories")), 200);  // reads stay open
}

TEST(ServerOptionsTest, ListensOnLoopbackByDefault) {
  EXPECT_EQ(ServerOptions().host, "127.0.0.1");
  EXPECT_TRUE(IsLoopback(ServerOptions().host));
}

TEST_F(ServeTest, NonLoopbackWithTokenNeedsIt) {
  ServerOptions options;
  options.host = "0.0.0.0";
  options.token = "t0ken";
  auto client = Start(options);
  EXPECT_EQ(StatusOf(client->Post("/api/articles", kFloodA, "text/plain")),
            401);
  httplib::Headers wrong = {{"Authorization", "Bearer nope"}};
  EXPECT_EQ(
      StatusOf(client->Post("/api/articles", wrong, kFloodA, "text/plain")),
      401);
  httplib::Headers right = {{"Authorization", "Bearer t0ken"}};
  EXPECT_EQ(
      StatusOf(client->Post("/api/articles", right, kFloodA, "text/plain")),
      201);
}

TEST_F(ServeTest, NonLoopbackWithoutTokenRefusesWrites) {
  ServerOptions options;
  options.host = "0.0.0.0";
  auto client = Start(options);
  EXPECT_EQ(StatusOf(client->Post("/api/articles", kFloodA, "text/plain")),
            403);
  EXPECT_TRUE(IsLoopback("127.0.0.1"));
  EXPECT_TRUE(IsLoopback("localhost"));
  EXPECT_FALSE(IsLoopback("0.0.0.0"));
  EXPECT_FALSE(IsLoopback("192.168.1.4"));
}

}  // namespace
}  // namespace corroborate::serve
