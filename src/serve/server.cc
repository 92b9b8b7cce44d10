// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "serve/server.h"

#include <map>
#include <string_view>

#include <httplib.h>

#include "serve/api_json.h"
#include "serve/pages.h"

namespace corroborate::embedded {
extern const char serve_app_js[];
extern const unsigned long serve_app_js_size;
}  // namespace corroborate::embedded

namespace corroborate::serve {
namespace {

using nlohmann::json;

// Search hits of each kind per request: a page a reader can scan.
constexpr size_t kSearchLimit = 50;

// Scripts only from our own assets; inline styles are the report's.
constexpr char kContentSecurityPolicy[] =
    "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; form-action 'self'";

struct Asset {
  std::string_view bytes;
  const char* type;
};

const std::map<std::string, Asset>& Assets() {
  static const auto* assets = new std::map<std::string, Asset>{
      {"app.js",
       {{embedded::serve_app_js, embedded::serve_app_js_size},
        "text/javascript; charset=utf-8"}},
  };
  return *assets;
}

void SendJson(httplib::Response& res, const json& body, int status = 200) {
  res.status = status;
  res.set_content(
      body.dump(2, ' ', false, json::error_handler_t::replace) + "\n",
      "application/json; charset=utf-8");
}

void SendError(httplib::Response& res, int status, const std::string& what) {
  SendJson(res, {{"error", what}}, status);
}

void SendPage(httplib::Response& res, const std::string& page) {
  if (page.empty()) {
    res.status = 404;
    res.set_content(
        "<!DOCTYPE html><title>Not found</title><p>Not found. "
        "<a href=\"/\">All stories</a></p>",
        "text/html; charset=utf-8");
    return;
  }
  res.set_content(page, "text/html; charset=utf-8");
}

std::string BearerToken(const httplib::Request& req) {
  if (req.has_header("X-Corroborate-Token")) {
    return req.get_header_value("X-Corroborate-Token");
  }
  std::string auth = req.get_header_value("Authorization");
  return auth.starts_with("Bearer ") ? auth.substr(7) : "";
}

}  // namespace

bool IsLoopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.starts_with("127.");
}

struct Server::Impl {
  ServerOptions options;
  std::unique_ptr<AppState> state;
  httplib::Server http;

  void Routes();
  void PageRoutes();
  void ApiRoutes();
  void PostArticle(const httplib::Request& req, httplib::Response& res);
  // Empty if the request may write, else why not (with *status).
  std::string WriteRefusal(const httplib::Request& req, int* status) const;
};

std::string Server::Impl::WriteRefusal(const httplib::Request& req,
                                       int* status) const {
  if (options.token.empty()) {
    if (IsLoopback(options.host)) return "";
    *status = 403;
    return "writes are disabled: the server listens on a non-loopback "
           "address without --token";
  }
  if (BearerToken(req) == options.token) return "";
  *status = 401;
  return "missing or wrong token (header X-Corroborate-Token)";
}

void Server::Impl::PostArticle(const httplib::Request& req,
                               httplib::Response& res) {
  int status = 0;
  if (std::string why = WriteRefusal(req, &status); !why.empty()) {
    return SendError(res, status, why);
  }
  std::string type = req.get_header_value("Content-Type");
  bool is_json = type.starts_with("application/json");
  Result<AddedArticle> added =
      state->AddArticle(req.body, is_json, req.get_param_value("id"));
  if (!added.ok()) {
    bool bad = added.status().code() == Status::Code::kInvalidArgument;
    return SendError(res, bad ? 400 : 500, added.status().message());
  }
  SendJson(
      res,
      {{"article", added->id}, {"story", added->story}, {"new", added->is_new}},
      added->is_new ? 201 : 200);
}

void Server::Impl::PageRoutes() {
  auto page = [this](auto render) {
    return [this, render](const httplib::Request& req, httplib::Response& res) {
      state->Read([&](const Analysis& a) {
        SendPage(res,
                 render(a, req.matches.size() > 1 ? req.matches[1].str() : ""));
      });
    };
  };
  bool token = !options.token.empty();
  http.Get("/", page([token](const Analysis& a, const std::string&) {
             return IndexPage(a, token);
           }));
  http.Get("/stories/([^/]+)", page(StoryPage));
  http.Get("/claims/([^/]+)", page(ClaimPage));
  http.Get("/articles/([^/]+)", page(ArticlePage));
  http.Get("/search",
           [this](const httplib::Request& req, httplib::Response& res) {
             std::string q = req.get_param_value("q");
             SendPage(res, SearchPage(q, state->Search(q, kSearchLimit)));
           });
  http.Get("/assets/(.*)",
           [](const httplib::Request& req, httplib::Response& res) {
             std::string name = req.matches[1].str();
             if (name.find("..") != std::string::npos ||
                 name.find('/') != name.npos || name.find('\\') != name.npos) {
               return SendError(res, 400, "bad asset name");
             }
             auto it = Assets().find(name);
             if (it == Assets().end())
               return SendError(res, 404, "no such asset");
             res.set_content(std::string(it->second.bytes), it->second.type);
           });
}

void Server::Impl::ApiRoutes() {
  auto api = [this](auto lookup) {
    return [this, lookup](const httplib::Request& req, httplib::Response& res) {
      state->Read([&](const Analysis& a) {
        json body = lookup(a, req.matches[1].str());
        if (body.is_null()) return SendError(res, 404, "not found");
        SendJson(res, body);
      });
    };
  };
  http.Get("/api/stories", [this](const httplib::Request&,
                                  httplib::Response& res) {
    state->Read([&](const Analysis& a) { SendJson(res, StoryListJson(a)); });
  });
  http.Get("/api/stories/([^/]+)", api(StoryJson));
  http.Get("/api/claims/([^/]+)", api(ClaimJson));
  http.Get("/api/articles/([^/]+)", api(ArticleJson));
  http.Get("/api/search",
           [this](const httplib::Request& req, httplib::Response& res) {
             std::string q = req.get_param_value("q");
             SendJson(res, SearchJson(q, state->Search(q, kSearchLimit)));
           });
  http.Post("/api/articles",
            [this](const httplib::Request& req, httplib::Response& res) {
              PostArticle(req, res);
            });
}

void Server::Impl::Routes() {
  http.set_payload_max_length(options.max_body_bytes);
  // Replies go out as several writes (headers, body); without TCP_NODELAY,
  // Nagle holds the second until the client's delayed ACK (up to 40 ms on
  // Linux), which put a 0-50 ms floor under every keep-alive request
  // (docs/reliability.md, load test).
  http.set_tcp_nodelay(true);
  http.set_default_headers({{"Content-Security-Policy", kContentSecurityPolicy},
                            {"X-Content-Type-Options", "nosniff"},
                            {"Referrer-Policy", "no-referrer"}});
  PageRoutes();
  ApiRoutes();
}

Server::Server(ServerOptions options, std::unique_ptr<AppState> state)
    : impl_(new Impl{std::move(options), std::move(state), {}}) {
  impl_->Routes();
}

Server::~Server() = default;

Result<int> Server::Bind() {
  const ServerOptions& o = impl_->options;
  int port = o.port == 0 ? impl_->http.bind_to_any_port(o.host)
             : impl_->http.bind_to_port(o.host, o.port) ? o.port
                                                        : -1;
  if (port < 0) {
    return Status::IoError(o.host + ":" + std::to_string(o.port),
                           "cannot listen (port in use or bad address?)");
  }
  return port;
}

void Server::Run() { impl_->http.listen_after_bind(); }

void Server::Stop() { impl_->http.stop(); }

}  // namespace corroborate::serve
