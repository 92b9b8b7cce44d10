// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// `corroborate analyze PATH...`: the whole pipeline, printed as a readable
// summary or as JSON, and stored in SQLite unless --no-db. With
// --incremental, new articles are placed into the stored stories the way
// the web server places uploads (serve::AppState) instead of re-linking
// every stored article.

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "corroborate/ingest.h"
#include "corroborate/pipeline.h"
#include "corroborate/report.h"

#include "cli/analysis_source.h"
#include "cli/command.h"
#include "cli/progress.h"
#include "serve/app_state.h"
#ifdef CORROBORATE_WITH_MPI
#include "pipeline/mpi_pipeline.h"
#endif

namespace corroborate::cli {
namespace {

struct AnalyzeFlags {
  std::vector<std::string> paths;
  bool json = false;
  std::string db = "corroborate.db";
  bool no_db = false;
  bool quiet = false;
  bool mpi = false;
  bool incremental = false;
  std::string level = "event";
};

// --incremental: opens the store as the web server does (placing any stored
// article no story holds), ingests the inputs, and adds the new ones as one
// batch: each is placed with the story index, only the stories they touch
// are re-corroborated and only those are written. A store without stories
// gets the full run instead, since there is nothing to keep and batch
// clustering groups better (docs/clustering.md).
Result<PipelineRun> RunIncremental(const AnalyzeFlags& flags,
                                   const PipelineOptions& options,
                                   const DiagnosticSink& sink) {
  Result<std::unique_ptr<serve::AppState>> state =
      serve::AppState::Open(options);
  if (!state.ok()) return state.status();
  bool has_stories = false;
  state.value()->Read(
      [&](const Analysis& a) { has_stories = !a.stories.empty(); });
  if (!has_stories) {
    state.value().reset();
    return RunPipelineWithProgress(flags.paths, options, sink, !flags.quiet);
  }
  PipelineRun run;
  std::vector<Article> inputs =
      IngestInputs(flags.paths, options.ingest, [&](const Status& status) {
        ++run.inputs_failed;
        sink(status);
      });
  for (const Result<serve::AddedArticle>& added :
       state.value()->AddArticles(std::move(inputs))) {
    if (!added.ok()) return added.status();  // the store could not be written
    run.articles_new += added->is_new;
  }
  state.value()->Read([&](const Analysis& a) { run.analysis = a; });
  return run;
}

// RunPipeline, or with --mpi its MPI form; *root is false on MPI ranks other
// than 0, which print nothing.
Result<PipelineRun> Run(const AnalyzeFlags& flags,
                        const PipelineOptions& options,
                        const DiagnosticSink& sink, bool* root) {
  *root = true;
  if (flags.incremental) return RunIncremental(flags, options, sink);
  if (!flags.mpi) {
    return RunPipelineWithProgress(flags.paths, options, sink, !flags.quiet);
  }
#ifdef CORROBORATE_WITH_MPI
  return pipeline::RunPipelineMpi(flags.paths, options, sink, root);
#else
  return Status::NotSupported("--mpi",
                              "this corroborate was built without MPI");
#endif
}

int RunAnalyze(const AnalyzeFlags& flags) {
  PipelineOptions options;
  options.store.url = flags.no_db ? "" : flags.db;
  options.link.level = ToStoryLevel(flags.level);
  DiagnosticSink print_error = PrintError;
  bool root = true;
  Result<PipelineRun> run = Run(flags, options, print_error, &root);
  if (run.ok() && !root)
    return run->inputs_failed > 0 ? kExitInputsFailed : kExitOk;
  if (!run.ok()) {
    print_error(run.status());
    return run.status().code() == Status::Code::kInvalidArgument
               ? kExitUsage
               : kExitInputsFailed;
  }
  if (flags.json) {
    std::cout << ToJson(run->analysis) << "\n";
  } else {
    std::cout << ToText(run->analysis);
  }
  if (!flags.quiet && !options.store.url.empty()) {
    std::cerr << "corroborate: " << run->articles_new
              << " new article(s) stored in " << options.store.url << "\n";
  }
  return run->inputs_failed > 0 ? kExitInputsFailed : kExitOk;
}

void AddAnalyzeCommand(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<AnalyzeFlags>();
  CLI::App* cmd = app->add_subcommand(
      "analyze",
      "Find stories, claims, attributions and independent origins in articles");
  cmd->add_option("paths", flags->paths,
                  "Article files (.txt, .jsonl) or directories (read "
                  "recursively); - for stdin")
      ->required();
  cmd->add_flag("--json", flags->json,
                "Print the full analysis as JSON (docs/output.md)");
  cmd->add_option("--db", flags->db,
                  "Store for the analysis: a SQLite file, or a "
                  "postgresql://... url; articles already stored join the "
                  "analysis")
      ->capture_default_str();
  cmd->add_flag("--no-db", flags->no_db, "Do not read or write any database")
      ->excludes("--db");
  cmd->add_flag("-q,--quiet", flags->quiet,
                "Print nothing on stderr but errors (no progress bar)");
  cmd->add_flag("--mpi", flags->mpi,
                "Split the inputs over MPI ranks (run under mpirun or srun); "
                "rank 0 prints and stores (docs/scaling.md)");
  AddLevelOption(cmd, &flags->level, "");
  cmd->add_flag("--incremental", flags->incremental,
                "Place new articles into the stored stories, as `serve` "
                "does, instead of re-linking every stored article: the cost "
                "per new article stays about flat as the store grows, but "
                "stories may group a little differently from a full run. A "
                "store without stories gets the full run")
      ->excludes("--no-db")
      ->excludes("--mpi");
  cmd->footer(
      "Exit status: 0 all inputs processed, 1 some inputs failed (the others "
      "were still\n"
      "processed and stored), 2 usage error.");
  cmd->callback([flags, exit_code] { *exit_code = RunAnalyze(*flags); });
}

const bool kRegistered = RegisterCommand("analyze", 10, AddAnalyzeCommand);

}  // namespace
}  // namespace corroborate::cli
