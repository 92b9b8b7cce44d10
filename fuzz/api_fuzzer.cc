// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// libFuzzer target: the web API's request handling. Each input is what a
// client sends on one connection (one or more HTTP requests, possibly
// malformed); Server::ServeBytes runs it through cpp-httplib's request
// parser and the server's routes (pages, JSON API, search, assets and
// uploads) in memory, with the server's real options. The store is a
// temporary SQLite file seeded with two articles; writes need the token
// "fuzz-token" (libFuzzer's comparison tracing finds it in the header
// check), and the store is rebuilt after kResetAfterStored new articles so
// uploads do not grow it (and the cost of each later upload) without bound.
//
// Seeds: a few requests are written to FUZZ_API_SEEDS (a directory) when
// that variable is set, e.g. FUZZ_API_SEEDS=dir api_fuzzer -runs=0.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include <stdlib.h>

#include "corroborate/options.h"

#include "fuzz_input.h"
#include "serve/app_state.h"
#include "serve/server.h"

namespace corroborate::fuzz {
namespace {

// New articles (201 answers) stored before the store is rebuilt. An
// upload's cost grows with the store: the first version rebuilt it every
// 5,000 inputs (most kept inputs are uploads) and spent most of its time
// re-saving every story after each upload (perf, docs/reliability.md).
// Saves now write only the changed stories, but placement, the pages and
// the JSON answers still grow with the store, and re-corroborating a story
// (claim matching) grows faster than its size. 25 keeps uploads joining
// existing stories: replaying the first 3,000 inputs of the kept corpus
// took 63 CPU seconds with 100, 44 with 25 and 39 with 10, with coverage
// 12,761 edges at 25 and 12,655 at 10.
constexpr int kResetAfterStored = 25;

// Upload cap for the fuzzed server: larger bodies exercise the 413 path;
// smaller than kMaxInputBytes so both sides of the limit are reachable.
constexpr size_t kMaxBody = 16u << 10;

const char kToken[] = "fuzz-token";

const char* const kSeedArticles[] = {
    "Ferry service resumes on the Kellin strait\n\nThe ferry between Port "
    "Adra and Kellin resumed on Monday after a two-week strike, the "
    "operator said.",
    "Library in Sorn reopens after repairs\n\nThe public library in Sorn "
    "reopened on Tuesday, the town council said in a statement.",
};

const char* const kSeedRequests[] = {
    "GET /api/stories HTTP/1.1\r\nHost: a\r\n\r\n",
    "GET /api/stories/S1 HTTP/1.1\r\nHost: a\r\n\r\n",
    "GET /api/claims/S1.C1 HTTP/1.1\r\n\r\n",
    "GET /api/articles/seed-1 HTTP/1.1\r\n\r\n",
    "GET /api/search?q=ferry HTTP/1.1\r\n\r\n",
    "GET /search?q=%C3%A9t%C3%A9 HTTP/1.1\r\n\r\n",
    "GET /stories/S2 HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\n",
    "GET /assets/app.js HTTP/1.1\r\nRange: bytes=0-10\r\n\r\n",
    "POST /api/articles?id=u1 HTTP/1.1\r\nX-Corroborate-Token: fuzz-token\r\n"
    "Content-Type: text/plain\r\nContent-Length: 40\r\n\r\n"
    "Bridge opens\n\nThe bridge opened today.",
    "POST /api/articles HTTP/1.1\r\nAuthorization: Bearer fuzz-token\r\n"
    "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    "1b\r\n{\"title\":\"T\",\"text\":\"A b.\"}\r\n0\r\n\r\n",
};

class Fixture {
 public:
  Fixture() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "api_fuzz_XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) abort();
    dir_ = pattern;
    Reset();
  }
  ~Fixture() {
    server_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }

  void Serve(std::string_view request) {
    std::string response = server_->ServeBytes(request);
    for (size_t at = 0;
         (at = response.find("HTTP/1.1 201 ", at)) != std::string::npos; ++at) {
      if (++stored_ >= kResetAfterStored) Reset();
    }
  }

 private:
  void Reset() {
    server_.reset();
    stored_ = 0;
    std::error_code ignored;
    std::filesystem::remove(dir_ / "fuzz.db", ignored);
    std::filesystem::remove(dir_ / "fuzz.db-wal", ignored);
    std::filesystem::remove(dir_ / "fuzz.db-shm", ignored);
    PipelineOptions options;
    options.store.url = (dir_ / "fuzz.db").string();
    auto state = serve::AppState::Open(options);
    if (!state.ok()) abort();
    int n = 0;
    for (const char* text : kSeedArticles) {
      std::string id = "seed-" + std::to_string(++n);
      if (!state.value()->AddArticle(text, false, id).ok()) abort();
    }
    serve::ServerOptions server;
    server.token = kToken;
    server.max_body_bytes = kMaxBody;
    server_ = std::make_unique<serve::Server>(server, std::move(state).value());
  }

  std::filesystem::path dir_;
  std::unique_ptr<serve::Server> server_;
  int stored_ = 0;  // new articles since the last Reset
};

void WriteSeeds(const char* dir) {
  int n = 0;
  for (const char* request : kSeedRequests) {
    std::ofstream(std::filesystem::path(dir) /
                  ("request-" + std::to_string(++n)))
        << request;
  }
}

}  // namespace
}  // namespace corroborate::fuzz

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  if (const char* dir = getenv("FUZZ_API_SEEDS")) {
    corroborate::fuzz::WriteSeeds(dir);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static corroborate::fuzz::Fixture fixture;
  std::string_view bytes = corroborate::fuzz::CappedInput(data, size);
  if (bytes.empty()) return 0;
  fixture.Serve(bytes);
  return 0;
}
