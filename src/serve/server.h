// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The web app's HTTP server (cpp-httplib): HTML pages, the JSON API of
// docs/api.md, embedded static assets, and article upload.
//
//   GET  /  /stories/ID  /claims/ID  /articles/ID  /search?q=    pages
//   GET  /api/stories  /api/stories/ID  /api/claims/ID  /api/articles/ID
//   GET  /api/search?q=
//   POST /api/articles   JSON {id?, title, text, ...} or a plain-text body
//   GET  /assets/NAME    embedded files (src/serve/assets/)
//
// Writes need the token (header X-Corroborate-Token or "Authorization:
// Bearer TOKEN") when one is set; bound to a non-loopback address without a
// token, writes are refused. Bodies over max_body_bytes get 413. GET answers
// are kept in a ResponseCache until the analysis changes.

#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "corroborate/status.h"

#include "serve/app_state.h"

namespace corroborate::serve {

struct ServerOptions {
  std::string host = "127.0.0.1";  // loopback: only this machine can connect
  int port = 8080;                 // 0 picks a free port
  std::string token;               // "" = no token
  // Largest request body accepted (bytes). Default 2 MiB: a long article is
  // ~50 KB of text, so this is far above any real upload and keeps memory
  // bounded.
  size_t max_body_bytes = 2u << 20;
  // Worker threads. cpp-httplib serves a connection on one thread from
  // accept to close, so this is the number of connections served at once;
  // more wait in the queue. 512 covers the load test's 256 connections
  // (scripts/load_test.sh) twice over; an idle thread costs only its stack.
  int threads = 512;
  // Bytes of finished GET answers kept per version of the analysis
  // (ResponseCache). 64 MiB holds every page and API answer of a store of
  // a few thousand articles.
  size_t cache_bytes = 64u << 20;
};

// True for 127.0.0.0/8, ::1 and "localhost".
bool IsLoopback(const std::string& host);

class Server {
 public:
  Server(ServerOptions options, std::unique_ptr<AppState> state);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the socket; returns the bound port (useful with port 0).
  Result<int> Bind();
  // Serves until Stop(). REQUIRES: Bind() succeeded.
  void Run();
  // Makes Run() return; safe from any thread.
  void Stop();

  // Serves one connection whose client sent `request` and then closed its
  // side, without a socket (the requests go through the same parser and
  // routes as on the network); returns the bytes the server wrote. For
  // tests and the API fuzzer (fuzz/api_fuzzer.cc). Thread-safe.
  std::string ServeBytes(std::string_view request);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace corroborate::serve
