// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// A throwaway PostgreSQL server for tests: initdb and pg_ctl (Debian
// postgresql-15) in a fresh temp dir, listening on a free loopback port and
// on a unix socket in that dir. PostgreSQL refuses to run as root, so under
// root the server runs as user `nobody` (via runuser), owning the temp dir.
//
// Teardown is done by a watchdog child that waits for the test process to
// close a pipe, which the kernel also does when the process crashes or is
// killed: then it runs `pg_ctl stop -m immediate` and removes the dir. So the
// server never outlives the test binary.

#pragma once

#include <string>

#include <sys/types.h>

#include "corroborate/status.h"

namespace corroborate::store {

class PostgresServer {
 public:
  PostgresServer() = default;
  PostgresServer(const PostgresServer&) = delete;
  PostgresServer& operator=(const PostgresServer&) = delete;
  ~PostgresServer() { Stop(); }

  // Creates the cluster and starts the server. Errors carry the server log.
  Status Start();
  // Stops the server and removes its files; safe to call twice.
  void Stop();

  // Creates an empty database (names are [a-z0-9_]) and returns its url,
  // which connects through the unix socket as the superuser.
  Result<std::string> CreateDatabase(const std::string& name);
  // The url of database `name` over TCP on 127.0.0.1.
  std::string TcpUrl(const std::string& name) const;
  std::string SocketUrl(const std::string& name) const;

 private:
  // Runs `command` as the server's user; returns its exit status.
  int RunAsServerUser(const std::string& command) const;
  Status StartWatchdog();

  std::string dir_;   // the temp dir: data/, server.log, socket
  std::string user_;  // "" when not root, else the unprivileged user
  int port_ = 0;
  int watchdog_fd_ = -1;  // write end of the watchdog's pipe
  pid_t watchdog_pid_ = -1;
};

// The server shared by every test of the binary (started by the environment
// in postgres_server.cc; null before that).
PostgresServer* SharedPostgresServer();

}  // namespace corroborate::store
