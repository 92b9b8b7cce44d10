// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// RunPipeline spread over MPI ranks (`mpirun -np N corroborate analyze --mpi`,
// or srun under Slurm). Every rank lists the inputs the same way and reads
// its share of the files (mpi_partition.h); each runs ingest, extract and
// analyze on its articles in parallel; the ranks exchange the analysed
// articles (analysis_codec.h, MPI_Allgatherv), so that every rank holds all
// of them in input order with repeated content dropped as RunPipeline
// drops it; link and corroborate are then split over the ranks
// (mpi_link.h). So rank 0's result equals a single-process RunPipeline on
// the same inputs. Only rank 0 touches the store.
//
// Built only with CORROBORATE_WITH_MPI (the library target
// corroborate_pipeline_mpi); the rest of corroborate builds without MPI.

#pragma once

#include <string>
#include <vector>

#include "corroborate/ingest.h"
#include "corroborate/options.h"
#include "corroborate/pipeline.h"
#include "corroborate/status.h"

namespace corroborate::pipeline {

// Initialises MPI (unless the caller did) and finalises it before returning.
// Sets *root to whether this is rank 0, the rank whose result counts: other
// ranks return an empty analysis, with inputs_failed counting only the
// inputs they failed to read (each rank reports its own to `sink`). On rank
// 0, inputs_failed is the total over all ranks.
// REQUIRES: called once per process, by every rank.
Result<PipelineRun> RunPipelineMpi(const std::vector<std::string>& paths,
                                   const PipelineOptions& options,
                                   const DiagnosticSink& sink, bool* root);

}  // namespace corroborate::pipeline
