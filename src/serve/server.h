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
// token, writes are refused. Bodies over max_body_bytes get 413.

#pragma once

#include <memory>
#include <string>

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

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace corroborate::serve
