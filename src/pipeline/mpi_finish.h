// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// FinishPipeline with the link and corroborate step supplied by the caller:
// the MPI driver (mpi_pipeline.cc) passes one that spreads the work over
// the ranks (mpi_link.h). Defined in pipeline.cc.

#pragma once

#include <functional>
#include <vector>

#include "corroborate/pipeline.h"

namespace corroborate::pipeline {

// Links and corroborates every article to link (with a store: all stored
// ones); may be called more than once (Store::ReplaceStories).
using Linker =
    std::function<Analysis(std::vector<Article>, const PipelineOptions&)>;

// FinishPipeline, with `link` in place of FindReuse + ClusterStories +
// Corroborate.
Result<PipelineRun> FinishPipelineWith(std::vector<Article> analysed,
                                       const PipelineOptions& options,
                                       const Linker& link);

}  // namespace corroborate::pipeline
