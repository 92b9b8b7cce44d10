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
#include <nlohmann/json.hpp>

#include "corroborate/store.h"

#include "pipeline/mpi_partition.h"
#include "util/analysis_json.h"

namespace corroborate::pipeline {
namespace {

using nlohmann::json;

// Initialises MPI for the scope unless the caller already did.
class MpiSession {
 public:
  MpiSession() {
    int initialised = 0;
    MPI_Initialized(&initialised);
    if (!initialised) {
      MPI_Init(nullptr, nullptr);
      owned_ = true;
    }
    MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
    MPI_Comm_size(MPI_COMM_WORLD, &size_);
  }
  ~MpiSession() {
    if (owned_) MPI_Finalize();
  }
  int rank() const { return rank_; }
  int size() const { return size_; }

 private:
  bool owned_ = false;
  int rank_ = 0;
  int size_ = 1;
};

// One ingested article and where it came from, to restore input order.
struct Tagged {
  int64_t file;
  int64_t position;  // within the file
  Article article;
};

// Rank 0's `text`, on every rank.
std::string Broadcast(std::string text, int rank) {
  uint64_t size = text.size();
  MPI_Bcast(&size, 1, MPI_UINT64_T, 0, MPI_COMM_WORLD);
  if (rank != 0) text.resize(size);
  MPI_Bcast(text.data(), static_cast<int>(size), MPI_CHAR, 0, MPI_COMM_WORLD);
  return text;
}

// Every rank's `mine`, on rank 0 (empty elsewhere). MPI counts are int, so a
// gather is limited to 2 GiB in total; beyond that it fails rather than
// silently truncating.
Result<std::vector<std::string>> Gather(const std::string& mine,
                                        const MpiSession& mpi) {
  const int64_t size = static_cast<int64_t>(mine.size());
  std::vector<int64_t> sizes(mpi.size());
  MPI_Gather(&size, 1, MPI_INT64_T, sizes.data(), 1, MPI_INT64_T, 0,
             MPI_COMM_WORLD);
  std::vector<int> counts(mpi.size()), offsets(mpi.size());
  int64_t total = 0;
  for (int r = 0; r < mpi.size(); ++r) {
    offsets[r] = static_cast<int>(std::min<int64_t>(total, INT_MAX));
    counts[r] = static_cast<int>(std::min<int64_t>(sizes[r], INT_MAX));
    total += sizes[r];
  }
  int too_big = total > INT_MAX;
  MPI_Bcast(&too_big, 1, MPI_INT, 0, MPI_COMM_WORLD);
  if (too_big) {
    return Status::NotSupported("--mpi",
                                "analysed articles exceed 2 GiB; split the "
                                "input into several runs");
  }
  std::string all(mpi.rank() == 0 ? total : 0, '\0');
  MPI_Gatherv(mine.data(), static_cast<int>(size), MPI_CHAR, all.data(),
              counts.data(), offsets.data(), MPI_CHAR, 0, MPI_COMM_WORLD);
  std::vector<std::string> parts;
  if (mpi.rank() != 0) return parts;
  for (int r = 0; r < mpi.size(); ++r)
    parts.push_back(all.substr(offsets[r], counts[r]));
  return parts;
}

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
  lines = Broadcast(std::move(lines), rank);
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

std::string Serialise(const std::vector<Tagged>& articles) {
  json out = json::array();
  for (const Tagged& t : articles)
    out.push_back({t.file, t.position, util::ArticleToJson(t.article)});
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

// Rank 0: every rank's articles in input order, first of each content hash.
Result<std::vector<Article>> Merge(const std::vector<std::string>& parts) {
  std::vector<Tagged> all;
  for (const std::string& part : parts) {
    const json array = json::parse(part, nullptr, false);
    if (array.is_discarded()) return Status::Corruption("--mpi", "bad gather");
    for (const json& item : array) {
      Result<Article> article = util::ArticleFromJson(item.at(2));
      if (!article.ok()) return article.status();
      all.push_back({item.at(0).get<int64_t>(), item.at(1).get<int64_t>(),
                     std::move(article).value()});
    }
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

}  // namespace

Result<PipelineRun> RunPipelineMpi(const std::vector<std::string>& paths,
                                   const PipelineOptions& options,
                                   const DiagnosticSink& sink, bool* root) {
  MpiSession mpi;
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
  const std::vector<Tagged> mine =
      IngestAndAnalyze(files, mpi, options, known, counting);
  Result<std::vector<std::string>> parts = Gather(Serialise(mine), mpi);
  int total_failed = 0;
  MPI_Reduce(&failed, &total_failed, 1, MPI_INT, MPI_SUM, 0, MPI_COMM_WORLD);
  if (!parts.ok()) return parts.status();
  if (!*root) {
    PipelineRun run;
    run.inputs_failed = failed;
    return run;
  }
  Result<std::vector<Article>> articles = Merge(parts.value());
  if (!articles.ok()) return articles.status();
  Result<PipelineRun> run =
      FinishPipeline(std::move(articles).value(), options);
  if (run.ok()) run->inputs_failed = total_failed;
  return run;
}

}  // namespace corroborate::pipeline
