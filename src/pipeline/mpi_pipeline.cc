// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "pipeline/mpi_pipeline.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <tuple>
#include <unordered_set>

#include <mpi.h>

#include "corroborate/corroborate.h"
#include "corroborate/link.h"
#include "corroborate/store.h"

#include "pipeline/analysis_codec.h"
#include "pipeline/mpi_comm.h"
#include "pipeline/mpi_finish.h"
#include "pipeline/mpi_link.h"
#include "pipeline/mpi_partition.h"

namespace corroborate::pipeline {
namespace {

// One ingested article and where it came from, to restore input order.
struct Tagged {
  int64_t file;
  int64_t position;  // within the file
  Article article;
};

// The content hashes already in the store, one per line, read on rank 0 and
// sent to all: ranks skip analysing what RunPipeline would skip. A store that
// cannot be opened is reported later by FinishPipeline.
std::unordered_set<std::string> KnownHashes(const PipelineOptions& options,
                                            int rank) {
  std::string lines;
  if (rank == 0 && !options.store.url.empty()) {
    Result<std::unique_ptr<Store>> store = Store::Open(options.store);
    Result<std::vector<Article>> stored =
        store.ok() ? store.value()->LoadArticles() : store.status();
    if (stored.ok()) {
      for (const Article& a : stored.value()) lines += a.content_hash + "\n";
    }
  }
  lines = Broadcast(std::move(lines));
  std::unordered_set<std::string> known;
  for (size_t start = 0, end; start < lines.size(); start = end + 1) {
    end = lines.find('\n', start);
    known.insert(lines.substr(start, end - start));
  }
  return known;
}

// Which rank reads each file: by size, except standard input ("-"), which
// only rank 0 can read.
std::vector<int> AssignFiles(const std::vector<std::string>& files, int ranks) {
  std::vector<uint64_t> sizes;
  for (const std::string& file : files) {
    std::error_code error;
    const uint64_t size = std::filesystem::file_size(file, error);
    sizes.push_back(error ? 0 : size);
  }
  std::vector<int> owners = AssignBySize(sizes, ranks);
  for (size_t i = 0; i < files.size(); ++i) {
    if (files[i] == "-") owners[i] = 0;
  }
  return owners;
}

// Ingests this rank's files and analyses the articles not in `known`.
std::vector<Tagged> IngestAndAnalyze(
    const std::vector<std::string>& files, const MpiSession& mpi,
    const PipelineOptions& options,
    const std::unordered_set<std::string>& known, const DiagnosticSink& sink) {
  const std::vector<int> owners = AssignFiles(files, mpi.size());
  std::vector<Tagged> mine;
  for (size_t i = 0; i < files.size(); ++i) {
    if (owners[i] != mpi.rank()) continue;
    Result<std::vector<Article>> read =
        IngestFile(files[i], options.ingest, sink);
    if (!read.ok()) {
      sink(read.status());
      continue;
    }
    for (size_t j = 0; j < read->size(); ++j) {
      Article& article = read.value()[j];
      if (known.count(article.content_hash)) continue;
      ExtractAndAnalyze(&article, options);
      mine.push_back({int64_t(i), int64_t(j), std::move(article)});
    }
  }
  return mine;
}

// The articles and their places in the input, in analysis_codec.h's form.
std::string Serialise(const std::vector<Tagged>& articles) {
  std::string out;
  for (const Tagged& t : articles) {
    EncodeInt(t.file, &out);
    EncodeInt(t.position, &out);
    EncodeArticle(t.article, &out);
  }
  return out;
}

// The inverse of Serialise.
Result<std::vector<Tagged>> Parse(const std::string& text) {
  std::vector<Tagged> out;
  for (size_t pos = 0; pos < text.size();) {
    Tagged t;
    if (!DecodeInt(text, &pos, &t.file) ||
        !DecodeInt(text, &pos, &t.position) ||
        !DecodeArticle(text, &pos, &t.article)) {
      return Status::Corruption("--mpi", "bad article exchange");
    }
    out.push_back(std::move(t));
  }
  return out;
}

// Every rank's articles in input order, first of each content hash, on
// every rank. This rank's own articles (`mine`, parts[rank]) are moved, not
// parsed back.
Result<std::vector<Article>> Merge(const std::vector<std::string>& parts,
                                   int rank, std::vector<Tagged> mine) {
  std::vector<Tagged> all = std::move(mine);
  for (int r = 0; r < static_cast<int>(parts.size()); ++r) {
    if (r == rank) continue;
    Result<std::vector<Tagged>> part = Parse(parts[r]);
    if (!part.ok()) return part.status();
    for (Tagged& t : part.value()) all.push_back(std::move(t));
  }
  std::sort(all.begin(), all.end(), [](const Tagged& a, const Tagged& b) {
    return std::tie(a.file, a.position) < std::tie(b.file, b.position);
  });
  std::vector<Article> articles;
  std::unordered_set<std::string> seen;
  for (Tagged& t : all) {
    if (seen.insert(t.article.content_hash).second)
      articles.push_back(std::move(t.article));
  }
  return articles;
}

// What rank 0 tells the others before each link (Store::ReplaceStories may
// link more than once) and when it is done.
enum Command : int {
  kDone = 0,
  kLinkMerged = 1,     // link the articles every rank merged
  kLinkBroadcast = 2,  // link the articles broadcast next (stored + new)
};

int BroadcastCommand(int command) {
  MPI_Bcast(&command, 1, MPI_INT, 0, MPI_COMM_WORLD);
  return command;
}

// Ranks other than 0: take part in every link rank 0 starts.
void ServeLinks(std::vector<Article> merged, const PipelineOptions& options,
                PhaseTimer* timer) {
  for (int command; (command = BroadcastCommand(kDone)) != kDone;) {
    std::vector<Article> articles;
    if (command == kLinkMerged) {
      articles = std::move(merged);
    } else {
      Result<std::vector<Tagged>> sent = Parse(Broadcast(""));
      if (sent.ok()) {
        for (Tagged& t : sent.value()) articles.push_back(std::move(t.article));
      }
    }
    (void)LinkAndCorroborateMpi(articles, options, timer);
  }
}

// Rank 0's link step: the distributed link, started on every rank. If the
// exchange between ranks fails (over 2 GiB), rank 0 links alone.
Analysis LeadLink(std::vector<Article> articles, const PipelineOptions& options,
                  bool* first, PhaseTimer* timer) {
  if (*first && options.store.url.empty()) {
    BroadcastCommand(kLinkMerged);  // the others hold these articles
  } else {
    BroadcastCommand(kLinkBroadcast);
    std::vector<Tagged> tagged;
    for (Article& a : articles) tagged.push_back({0, 0, std::move(a)});
    Broadcast(Serialise(tagged));
    articles.clear();
    for (Tagged& t : tagged) articles.push_back(std::move(t.article));
  }
  *first = false;
  Result<Analysis> linked = LinkAndCorroborateMpi(articles, options, timer);
  Analysis analysis;
  if (linked.ok()) {
    analysis = std::move(linked).value();
  } else {
    analysis.reuse = FindReuse(articles, options.link);
    analysis.stories = Corroborate(
        articles, ClusterStories(articles, analysis.reuse, options.link),
        analysis.reuse, options.corroborate);
  }
  analysis.articles = std::move(articles);
  return analysis;
}

}  // namespace

Result<PipelineRun> RunPipelineMpi(const std::vector<std::string>& paths,
                                   const PipelineOptions& options,
                                   const DiagnosticSink& sink, bool* root) {
  MpiSession mpi;
  PhaseTimer timer(mpi.rank());
  *root = mpi.rank() == 0;
  // Every rank sees the same options, so all return here or none does.
  if (Status valid = ValidateOptions(options); !valid.ok()) return valid;
  int failed = 0;
  DiagnosticSink counting = [&](const Status& status) {
    ++failed;
    sink(status);
  };
  // Every rank lists the inputs; only rank 0 reports missing paths.
  const std::vector<std::string> files = ListInputFiles(
      paths, *root ? counting : DiagnosticSink([](const Status&) {}));
  const std::unordered_set<std::string> known =
      KnownHashes(options, mpi.rank());
  std::vector<Tagged> mine =
      IngestAndAnalyze(files, mpi, options, known, counting);
  timer.Sync("analyze");
  // One rank has nothing to exchange: skip the JSON, so that -np 1 costs
  // what a single process does (the fair baseline for -np N).
  Result<std::vector<std::string>> parts =
      mpi.size() > 1
          ? GatherToAll(Serialise(mine))
          : Result<std::vector<std::string>>(std::vector<std::string>(1));
  int total_failed = 0;
  MPI_Reduce(&failed, &total_failed, 1, MPI_INT, MPI_SUM, 0, MPI_COMM_WORLD);
  if (!parts.ok()) return parts.status();
  Result<std::vector<Article>> articles =
      Merge(parts.value(), mpi.rank(), std::move(mine));
  parts.value() = std::vector<std::string>();  // free the JSON
  timer.Lap("xchg-article");
  if (!*root) {
    ServeLinks(
        articles.ok() ? std::move(articles).value() : std::vector<Article>(),
        options, &timer);
    PipelineRun run;
    run.inputs_failed = failed;
    return run;
  }
  Result<PipelineRun> run = articles.status();
  if (articles.ok()) {
    bool first = true;
    run = FinishPipelineWith(
        std::move(articles).value(), options,
        [&](std::vector<Article> to_link, const PipelineOptions& o) {
          return LeadLink(std::move(to_link), o, &first, &timer);
        });
  }
  BroadcastCommand(kDone);
  if (run.ok()) run->inputs_failed = total_failed;
  timer.Lap("store+json");  // the JSON is printed after this returns
  return run;
}

}  // namespace corroborate::pipeline
