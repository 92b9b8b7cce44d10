// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The few MPI operations the distributed pipeline needs, on byte strings
// over MPI_COMM_WORLD, and per-rank phase timing. Every function here is
// collective: all ranks must call it, in the same order.
//
// MPI counts are int, so one exchange carries at most 2 GiB in total;
// beyond that the functions fail on every rank alike (never truncate).

#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "corroborate/status.h"

namespace corroborate::pipeline {

// Initialises MPI for the scope unless the caller already did.
class MpiSession {
 public:
  MpiSession();
  ~MpiSession();
  MpiSession(const MpiSession&) = delete;
  MpiSession& operator=(const MpiSession&) = delete;

  int rank() const { return rank_; }
  int size() const { return size_; }

 private:
  bool owned_ = false;
  int rank_ = 0;
  int size_ = 1;
};

// Rank 0's `text`, on every rank.
std::string Broadcast(std::string text);

// Every rank's `mine`, indexed by rank, on rank 0 (empty elsewhere).
Result<std::vector<std::string>> GatherToRoot(const std::string& mine);

// Every rank's `mine`, indexed by rank, on every rank.
Result<std::vector<std::string>> GatherToAll(const std::string& mine);

// Every rank's `mine`, concatenated in rank order, on every rank; fails on
// every rank alike if the total exceeds INT_MAX values.
Result<std::vector<int>> GatherIntsToAll(const std::vector<int>& mine);

// Every rank's `mine`, concatenated in rank order, on every rank.
// REQUIRES: the total is at most INT_MAX values.
std::vector<double> GatherDoublesToAll(const std::vector<double>& mine);

// Prints, when the environment variable CORROBORATE_MPI_TIMES is set, one
// line per phase to standard error: "rank R: PHASE wall W s cpu C s" (CPU
// is this process's user + system time, including MPI's busy waiting).
class PhaseTimer {
 public:
  explicit PhaseTimer(int rank);
  // Ends the current phase, naming it. Not collective.
  void Lap(const char* phase);
  // Collective when timing is on (a no-op otherwise): ends the current
  // phase as Lap does, then waits for all ranks (MPI_Barrier) and reports
  // the wait as phase "(wait)", so that the time a rank spends waiting for
  // slower ones is not counted in the next exchange.
  void Sync(const char* phase);

 private:
  int rank_;
  bool enabled_;
  std::chrono::steady_clock::time_point wall_;
  double cpu_ = 0;
};

}  // namespace corroborate::pipeline
