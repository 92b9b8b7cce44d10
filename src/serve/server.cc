// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "serve/server.h"

#include <algorithm>
#include <map>
#include <string_view>

#include <httplib.h>
#include <sys/socket.h>

#include "serve/api_json.h"
#include "serve/pages.h"
#include "serve/response_cache.h"

namespace corroborate::embedded {
extern const char serve_app_js[];
extern const unsigned long serve_app_js_size;
}  // namespace corroborate::embedded

namespace corroborate::serve {
namespace {

using nlohmann::json;

// Search hits of each kind per request: a page a reader can scan.
constexpr size_t kSearchLimit = 50;

// Requests served on one keep-alive connection before it is closed. The
// library's default of 5 made clients reconnect every 5 requests; 1,000
// keeps reconnects rare while connections still rotate when there are
// more clients than threads (ServerOptions::threads).
constexpr size_t kKeepAliveRequests = 1000;

// Listen backlog. The packaged library listens with a backlog of 5
// (CPPHTTPLIB_LISTEN_BACKLOG, compiled in), so a burst of connections
// overflows the accept queue and clients wait for SYN retransmits (1 s,
// 3 s, ...); the kernel caps this at net.core.somaxconn.
constexpr int kListenBacklog = 1024;

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

// Requests served from one ServeBytes input; a bound like the keep-alive
// count's, so a fuzz input of many tiny requests ends quickly.
constexpr int kMaxRequestsPerInput = 100;

// A connection in memory: reads come from `in`, writes go to `out`.
class MemoryStream : public httplib::Stream {
 public:
  explicit MemoryStream(std::string_view in) : in_(in) {}
  bool is_readable() const override { return !in_.empty(); }
  bool is_writable() const override { return true; }
  ssize_t read(char* ptr, size_t size) override {
    size_t n = std::min(size, in_.size());
    std::copy_n(in_.data(), n, ptr);
    in_.remove_prefix(n);
    return static_cast<ssize_t>(n);
  }
  ssize_t write(const char* ptr, size_t size) override {
    out_.append(ptr, size);
    return static_cast<ssize_t>(size);
  }
  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 0;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 0;
  }
  socket_t socket() const override { return INVALID_SOCKET; }
  std::string& out() { return out_; }

 private:
  std::string_view in_;
  std::string out_;
};

// httplib::Server with access to its listening socket, to raise the
// backlog (Linux applies a second listen() to a listening socket), and to
// its per-connection request loop, for ServeBytes.
class HttpServer : public httplib::Server {
 public:
  void RaiseBacklog(int backlog) { ::listen(svr_sock_, backlog); }
  std::string Process(std::string_view request) {
    MemoryStream stream(request);
    bool closed = false;
    // As the library's own connection loop: stop at a request it could not
    // read or answer, or one that closes the connection.
    for (int i = 0; i < kMaxRequestsPerInput && !closed && stream.is_readable();
         ++i) {
      if (!process_request(stream, /*close_connection=*/false, closed,
                           [](httplib::Request&) {})) {
        break;
      }
    }
    return std::move(stream.out());
  }
};

}  // namespace

bool IsLoopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.starts_with("127.");
}

struct Server::Impl {
  ServerOptions options;
  std::unique_ptr<AppState> state;
  ResponseCache cache{options.cache_bytes};
  HttpServer http;

  void Routes();
  // `handler` with its answers kept in `cache` per analysis version.
  httplib::Server::Handler Cached(httplib::Server::Handler handler);
  // Routes GET `pattern` to `handler`, cached.
  void Get(const std::string& pattern, httplib::Server::Handler handler) {
    http.Get(pattern, Cached(std::move(handler)));
  }
  void PageRoutes();
  void ApiRoutes();
  void PostArticle(const httplib::Request& req, httplib::Response& res);
  // Empty if the request may write, else why not (with *status).
  std::string WriteRefusal(const httplib::Request& req, int* status) const;
};

httplib::Server::Handler Server::Impl::Cached(
    httplib::Server::Handler handler) {
  return [this, handler](const httplib::Request& req, httplib::Response& res) {
    const uint64_t version = state->version();
    if (auto hit = cache.Find(req.target, version)) {
      res.status = hit->status;
      res.set_content(hit->body, hit->content_type.c_str());
      return;
    }
    handler(req, res);
    // Kept only if no write became visible meanwhile: then the answer was
    // rendered from `version` (a write swaps in under the exclusive lock
    // and bumps the version before releasing it).
    if (state->version() != version) return;
    cache.Put(req.target, version,
              std::make_shared<const CachedAnswer>(CachedAnswer{
                  res.status, res.get_header_value("Content-Type"), res.body}));
  };
}

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
  Get("/", page([token](const Analysis& a, const std::string&) {
        return IndexPage(a, token);
      }));
  Get("/stories/([^/]+)", page(StoryPage));
  Get("/claims/([^/]+)", page(ClaimPage));
  Get("/articles/([^/]+)", page(ArticlePage));
  Get("/search", [this](const httplib::Request& req, httplib::Response& res) {
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
  Get("/api/stories", [this](const httplib::Request&, httplib::Response& res) {
    state->Read([&](const Analysis& a) { SendJson(res, StoryListJson(a)); });
  });
  Get("/api/stories/([^/]+)", api(StoryJson));
  Get("/api/claims/([^/]+)", api(ClaimJson));
  Get("/api/articles/([^/]+)", api(ArticleJson));
  Get("/api/search",
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
  http.set_keep_alive_max_count(kKeepAliveRequests);
  const size_t threads = std::max(1, options.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_default_headers({{"Content-Security-Policy", kContentSecurityPolicy},
                            {"X-Content-Type-Options", "nosniff"},
                            {"Referrer-Policy", "no-referrer"}});
  PageRoutes();
  ApiRoutes();
}

Server::Server(ServerOptions options, std::unique_ptr<AppState> state)
    : impl_(new Impl{std::move(options), std::move(state)}) {
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
  impl_->http.RaiseBacklog(kListenBacklog);
  return port;
}

void Server::Run() { impl_->http.listen_after_bind(); }

void Server::Stop() { impl_->http.stop(); }

std::string Server::ServeBytes(std::string_view request) {
  return impl_->http.Process(request);
}

}  // namespace corroborate::serve
