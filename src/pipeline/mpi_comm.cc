// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "pipeline/mpi_comm.h"

#include <cassert>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <mpi.h>
#include <sys/resource.h>

namespace corroborate::pipeline {
namespace {

// Where each rank's part starts in the concatenation, or an error if the
// total does not fit MPI's int counts. `sizes` are the same on all ranks
// that use the result, so all of them fail alike.
Result<std::vector<int>> Offsets(const std::vector<int64_t>& sizes) {
  std::vector<int> offsets;
  int64_t total = 0;
  for (int64_t size : sizes) {
    offsets.push_back(static_cast<int>(total));
    total += size;
    if (total > INT_MAX) {
      return Status::NotSupported("--mpi",
                                  "one exchange between ranks exceeds 2 GiB; "
                                  "split the input into several runs");
    }
  }
  offsets.push_back(static_cast<int>(total));
  return offsets;
}

std::vector<std::string> Split(const std::string& all,
                               const std::vector<int>& offsets) {
  std::vector<std::string> parts;
  for (size_t r = 0; r + 1 < offsets.size(); ++r)
    parts.push_back(all.substr(offsets[r], offsets[r + 1] - offsets[r]));
  return parts;
}

std::vector<int> Counts(const std::vector<int64_t>& sizes) {
  return std::vector<int>(sizes.begin(), sizes.end());
}

double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Every rank's `mine` (a std::string, or a std::vector of int or double,
// sent as `type`) concatenated in rank order into `*all` on every rank, with
// each rank's start in `*offsets` (and the total last). The sizes travel as
// 64-bit values, so a total beyond an int count fails alike on every rank.
template <typename Buffer>
Status AllGatherConcatenated(const Buffer& mine, MPI_Datatype type, Buffer* all,
                             std::vector<int>* offsets) {
  int ranks = 1;
  MPI_Comm_size(MPI_COMM_WORLD, &ranks);
  const int64_t size = static_cast<int64_t>(mine.size());
  std::vector<int64_t> sizes(ranks);
  MPI_Allgather(&size, 1, MPI_INT64_T, sizes.data(), 1, MPI_INT64_T,
                MPI_COMM_WORLD);
  Result<std::vector<int>> starts = Offsets(sizes);
  if (!starts.ok()) return starts.status();
  *offsets = std::move(starts).value();
  all->resize(offsets->back());
  const std::vector<int> counts = Counts(sizes);
  MPI_Allgatherv(mine.data(), static_cast<int>(size), type, all->data(),
                 counts.data(), offsets->data(), type, MPI_COMM_WORLD);
  return Status::Ok();
}

}  // namespace

MpiSession::MpiSession() {
  int initialised = 0;
  MPI_Initialized(&initialised);
  if (!initialised) {
    MPI_Init(nullptr, nullptr);
    owned_ = true;
  }
  MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
  MPI_Comm_size(MPI_COMM_WORLD, &size_);
}

MpiSession::~MpiSession() {
  if (owned_) MPI_Finalize();
}

std::string Broadcast(std::string text) {
  int rank = 0;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  uint64_t size = text.size();
  MPI_Bcast(&size, 1, MPI_UINT64_T, 0, MPI_COMM_WORLD);
  if (rank != 0) text.resize(size);
  // Large texts go in chunks of at most INT_MAX bytes.
  for (uint64_t done = 0; done < size; done += INT_MAX) {
    const int chunk =
        static_cast<int>(std::min<uint64_t>(size - done, INT_MAX));
    MPI_Bcast(text.data() + done, chunk, MPI_CHAR, 0, MPI_COMM_WORLD);
  }
  return text;
}

Result<std::vector<std::string>> GatherToRoot(const std::string& mine) {
  int rank = 0, ranks = 1;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &ranks);
  const int64_t size = static_cast<int64_t>(mine.size());
  std::vector<int64_t> sizes(ranks);
  MPI_Gather(&size, 1, MPI_INT64_T, sizes.data(), 1, MPI_INT64_T, 0,
             MPI_COMM_WORLD);
  Result<std::vector<int>> offsets = Offsets(sizes);
  int too_big = !offsets.ok();
  MPI_Bcast(&too_big, 1, MPI_INT, 0, MPI_COMM_WORLD);
  if (too_big) {
    return rank == 0 ? offsets.status()
                     : Status::NotSupported("--mpi", "exchange too large");
  }
  std::string all(rank == 0 ? offsets->back() : 0, '\0');
  const std::vector<int> counts = Counts(sizes);
  MPI_Gatherv(mine.data(), static_cast<int>(size), MPI_CHAR, all.data(),
              counts.data(), offsets->data(), MPI_CHAR, 0, MPI_COMM_WORLD);
  if (rank != 0) return std::vector<std::string>();
  return Split(all, offsets.value());
}

Result<std::vector<std::string>> GatherToAll(const std::string& mine) {
  std::string all;
  std::vector<int> offsets;
  Status status = AllGatherConcatenated(mine, MPI_CHAR, &all, &offsets);
  if (!status.ok()) return status;
  return Split(all, offsets);
}

Result<std::vector<int>> GatherIntsToAll(const std::vector<int>& mine) {
  std::vector<int> all;
  std::vector<int> offsets;
  Status status = AllGatherConcatenated(mine, MPI_INT, &all, &offsets);
  if (!status.ok()) return status;
  return all;
}

std::vector<double> GatherDoublesToAll(const std::vector<double>& mine) {
  std::vector<double> all;
  std::vector<int> offsets;
  // Cannot fail under the REQUIRES (the caller checks the count first).
  Status status = AllGatherConcatenated(mine, MPI_DOUBLE, &all, &offsets);
  assert(status.ok());
  (void)status;
  return all;
}

PhaseTimer::PhaseTimer(int rank)
    : rank_(rank),
      enabled_(std::getenv("CORROBORATE_MPI_TIMES") != nullptr),
      wall_(std::chrono::steady_clock::now()),
      cpu_(CpuSeconds()) {}

void PhaseTimer::Lap(const char* phase) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  const double cpu = CpuSeconds();
  std::fprintf(stderr, "rank %d: %-12s wall %7.3f s  cpu %7.3f s\n", rank_,
               phase, std::chrono::duration<double>(now - wall_).count(),
               cpu - cpu_);
  wall_ = now;
  cpu_ = cpu;
}

void PhaseTimer::Sync(const char* phase) {
  if (!enabled_) return;
  Lap(phase);
  MPI_Barrier(MPI_COMM_WORLD);
  Lap("(wait)");
}

}  // namespace corroborate::pipeline
