// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// `corroborate serve --db FILE [--port N] [--host ADDR] [--token T]`: the
// web app (src/serve) over a store, until SIGINT or SIGTERM.

#include <csignal>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

#include "cli/command.h"
#include "serve/app_state.h"
#include "serve/server.h"

namespace corroborate::cli {
namespace {

struct ServeFlags {
  std::string db = "corroborate.db";
  serve::ServerOptions server;
  bool quiet = false;
};

int RunServe(const ServeFlags& flags) {
  PipelineOptions options;
  options.store.url = flags.db;
  Result<std::unique_ptr<serve::AppState>> state =
      serve::AppState::Open(options);
  if (!state.ok()) {
    std::cerr << "corroborate: " << state.status().message() << "\n";
    return kExitInputsFailed;
  }
  // SIGINT/SIGTERM are taken by a thread with sigwait (not a handler), so
  // stopping the server happens outside signal context. Blocked before the
  // server starts its threads, which inherit the mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  serve::Server server(flags.server, std::move(state).value());
  Result<int> port = server.Bind();
  if (!port.ok()) {
    std::cerr << "corroborate: " << port.status().message() << "\n";
    return kExitInputsFailed;
  }
  std::cout << "corroborate: serving " << flags.db << " at http://"
            << flags.server.host << ":" << port.value() << "/" << std::endl;
  if (!serve::IsLoopback(flags.server.host) && flags.server.token.empty() &&
      !flags.quiet) {
    std::cerr << "corroborate: not a loopback address and no --token: "
                 "uploads are disabled\n";
  }
  std::thread waiter([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    server.Stop();
  });
  server.Run();
  pthread_kill(waiter.native_handle(), SIGTERM);  // if Run ended otherwise
  waiter.join();
  return kExitOk;
}

void AddServeCommand(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<ServeFlags>();
  CLI::App* cmd = app->add_subcommand(
      "serve",
      "Browse a stored analysis in a web browser, search it, add articles");
  cmd->add_option("--db", flags->db,
                  "SQLite database to serve (and to add "
                  "uploaded articles to)")
      ->type_name("FILE")
      ->capture_default_str();
  cmd->add_option("--port", flags->server.port, "TCP port; 0 picks a free one")
      ->type_name("N")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--host", flags->server.host,
                  "Address to listen on; the default is reachable only from "
                  "this machine")
      ->type_name("ADDR")
      ->capture_default_str();
  cmd->add_option("--token", flags->server.token,
                  "Secret that uploads must send (header X-Corroborate-Token); "
                  "required for uploads on a non-loopback --host")
      ->type_name("TOKEN");
  cmd->add_option("--max-body", flags->server.max_body_bytes,
                  "Largest accepted upload in bytes (larger: HTTP 413)")
      ->type_name("BYTES")
      ->capture_default_str();
  cmd->add_flag("-q,--quiet", flags->quiet,
                "Print nothing on stderr but errors");
  cmd->footer(
      "Prints the URL on stdout once listening; stops on Ctrl-C or SIGTERM.\n"
      "JSON API: docs/api.md. Example:\n"
      "  corroborate analyze --db news.db articles/ && corroborate serve --db "
      "news.db --port 8080\n"
      "Exit status: 0 stopped normally, 1 the store or the port could not be "
      "opened, 2 usage error.");
  cmd->callback([flags, exit_code] { *exit_code = RunServe(*flags); });
}

const bool kRegistered = RegisterCommand("serve", 40, AddServeCommand);

}  // namespace
}  // namespace corroborate::cli
