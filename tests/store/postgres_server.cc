// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "store/postgres_server.h"

#include <fstream>
#include <sstream>

#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <pqxx/pqxx>
#include <pwd.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace corroborate::store {
namespace {

// Asks the kernel for a free loopback port. Another process could take it
// before the server binds; then the start fails with the log saying so.
int FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  int port = 0;
  if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
      getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
    port = ntohs(addr.sin_port);
  }
  close(fd);
  return port;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The user the server runs as when we are root: `nobody` exists on every
// Debian system and owns nothing, so it can write only the dir we give it.
constexpr const char* kServerUser = "nobody";

}  // namespace

int PostgresServer::RunAsServerUser(const std::string& command) const {
  // From the temp dir: the server's user may not be allowed into the
  // current one (a checkout under /root), and initdb needs to stat it.
  const std::string line =
      "cd " + dir_ + " && " +
      (user_.empty() ? command : "runuser -u " + user_ + " -- " + command);
  return std::system(line.c_str());
}

Status PostgresServer::StartWatchdog() {
  int fds[2];
  if (pipe(fds) != 0) return Status::IoError("pipe", "cannot create");
  const std::string bin = CORROBORATE_PG_BINDIR;
  const std::string stop =
      bin + "/pg_ctl -D " + dir_ + "/data -m immediate stop >/dev/null 2>&1";
  const std::string script =
      "cat >/dev/null; cd /; " +
      (user_.empty() ? stop : "runuser -u " + user_ + " -- " + stop) +
      "; rm -rf " + dir_;
  watchdog_pid_ = fork();
  if (watchdog_pid_ == 0) {
    dup2(fds[0], 0);
    close(fds[0]);
    close(fds[1]);
    execl("/bin/sh", "sh", "-c", script.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(fds[0]);
  watchdog_fd_ = fds[1];
  // Processes the tests start must not hold the pipe open.
  fcntl(watchdog_fd_, F_SETFD, FD_CLOEXEC);
  return Status::Ok();
}

Status PostgresServer::Start() {
  std::string pattern = "/tmp/corroborate_pg_XXXXXX";  // short: socket path
  if (mkdtemp(pattern.data()) == nullptr)
    return Status::IoError(pattern, "mkdtemp failed");
  dir_ = pattern;
  if (geteuid() == 0) {
    user_ = kServerUser;
    const passwd* pw = getpwnam(kServerUser);
    if (pw == nullptr || chown(dir_.c_str(), pw->pw_uid, pw->pw_gid) != 0)
      return Status::IoError(dir_, "cannot hand the dir to user nobody");
  }
  if (Status s = StartWatchdog(); !s.ok()) return s;
  port_ = FreePort();
  const std::string bin = CORROBORATE_PG_BINDIR;
  // initdb's output is redirected by our (root) shell; the server log is
  // opened by pg_ctl itself, as the server's user, so it must be a new file.
  const std::string init_log = dir_ + "/initdb.log";
  const std::string log = dir_ + "/server.log";
  // --no-sync and fsync=off: a throwaway cluster needs no durability, and
  // skipping fsync makes initdb and CREATE DATABASE several times faster.
  if (RunAsServerUser(bin + "/initdb -D " + dir_ +
                      "/data -U postgres -A trust -E UTF8 --locale=C "
                      "--no-sync >" +
                      init_log + " 2>&1") != 0) {
    return Status::IoError(dir_, "initdb failed:\n" + ReadFile(init_log));
  }
  const std::string options = "-p " + std::to_string(port_) + " -k " + dir_ +
                              " -c listen_addresses=127.0.0.1 -c fsync=off";
  if (RunAsServerUser(bin + "/pg_ctl -D " + dir_ + "/data -l " + log +
                      " -w -t 60 -o '" + options + "' start >/dev/null") != 0) {
    return Status::IoError(dir_, "pg_ctl start failed:\n" + ReadFile(log));
  }
  return Status::Ok();
}

void PostgresServer::Stop() {
  if (watchdog_fd_ < 0) return;
  close(watchdog_fd_);  // the watchdog stops the server and removes the dir
  watchdog_fd_ = -1;
  waitpid(watchdog_pid_, nullptr, 0);
}

std::string PostgresServer::SocketUrl(const std::string& name) const {
  return "postgresql:///" + name + "?host=" + dir_ +
         "&port=" + std::to_string(port_) + "&user=postgres";
}

std::string PostgresServer::TcpUrl(const std::string& name) const {
  return "postgresql://postgres@127.0.0.1:" + std::to_string(port_) + "/" +
         name;
}

Result<std::string> PostgresServer::CreateDatabase(const std::string& name) {
  try {
    pqxx::connection admin(SocketUrl("postgres"));
    pqxx::nontransaction tx(admin);
    tx.exec0("CREATE DATABASE " + tx.quote_name(name));
  } catch (const std::exception& e) {
    return Status::IoError(name, std::string("CREATE DATABASE: ") + e.what());
  }
  return SocketUrl(name);
}

namespace {

PostgresServer* g_server = nullptr;

// Starts the server before the first test and stops it after the last. A
// server that cannot start is a test failure, never a skip: CI must notice.
class PostgresEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    g_server = new PostgresServer();
    Status started = g_server->Start();
    ASSERT_TRUE(started.ok()) << started.ToString();
  }
  void TearDown() override {
    delete g_server;
    g_server = nullptr;
  }
};

[[maybe_unused]] const auto* const kEnvironment =
    ::testing::AddGlobalTestEnvironment(new PostgresEnvironment);

}  // namespace

PostgresServer* SharedPostgresServer() { return g_server; }

}  // namespace corroborate::store
