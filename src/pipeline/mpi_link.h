// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Link and corroborate spread over the MPI ranks, for `analyze --mpi`.
// Every rank holds all the articles; each does the cheap set-up of the link
// stage itself and a 1/N share of the pairwise work (src/link/shard_link.h):
//   reuse: each rank MinHashes and buckets only its block of the LSH bands;
//     the candidate pairs are gathered to every rank (MPI_Allgatherv) and
//     merged; each rank verifies a block of them, and the found reuse is
//     gathered to every rank (in rank order, so the list is FindReuse's);
//   stories: each rank scores the article pairs of its rows, the pairs at
//     or above the threshold are gathered to every rank, and every rank
//     runs the (cheap) agglomeration, so all hold ClusterStories' result;
//   corroborate: stories go to ranks balanced by estimated cost (sentences
//     squared: claim matching compares a story's sentences pairwise), each
//     rank corroborates its stories, rank 0 gathers them and puts them back
//     in story order with their single-process ids.
// So rank 0's Analysis equals FindReuse + ClusterStories + Corroborate in
// one process, byte for byte.

#pragma once

#include <vector>

#include "corroborate/article.h"
#include "corroborate/options.h"
#include "corroborate/status.h"

#include "pipeline/mpi_comm.h"

namespace corroborate::pipeline {

// Collective: every rank calls it with the same `articles` and options.
// Returns on rank 0 the reuse and stories of the Analysis of `articles`
// (its `articles` are left to the caller), elsewhere an empty one; an
// exchange over 2 GiB fails on every rank.
Result<Analysis> LinkAndCorroborateMpi(const std::vector<Article>& articles,
                                       const PipelineOptions& options,
                                       PhaseTimer* timer);

}  // namespace corroborate::pipeline
