// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Streams a synthetic corpus (synthetic_corpus.h: real paragraphs mixed
// into new articles with new dates, built at run time) through
// ingest -> link and prints articles per second and memory per article.
//
// Stages timed: making the JSONL bytes, IngestBytes (JSONL parsing, encoding
// checks, paragraph splitting), the link stage's per-article work
// (ProfileArticle: event terms with stemming, shingles, MinHash) and
// StoryIndex::Add (inverted-index and LSH lookups, story assignment).
// Extract and analyze (boilerplate, sentences, attributions) are not run;
// the link stage falls back to paragraphs. Worker threads make, ingest and
// profile batch b+1 while the main thread adds batch b to the index.
//
//   link_throughput [--articles 200000] [--threads 2] [--batch 2000]

#include <chrono>
#include <cstdio>
#include <fstream>
#include <future>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "corroborate/ingest.h"

#include "link/cluster_metrics.h"
#include "link/minhash.h"
#include "link/story_index.h"
#include "link/word_stemmer.h"
#include "synthetic_corpus.h"

namespace corroborate {
namespace {

using Clock = std::chrono::steady_clock;
using link::ArticleProfile;

// Returns a field of /proc/self/status in KiB ("VmRSS", "VmHWM"), or 0.
long ProcStatusKib(const std::string& field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(field + ":", 0) == 0)
      return std::stol(line.substr(field.size() + 1));
  }
  return 0;
}

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

// Makes, ingests and profiles articles first .. first + count - 1.
std::vector<ArticleProfile> Prepare(const bench::ParagraphPool& pool,
                                    int64_t first, int count,
                                    link::IndexScoring scoring) {
  bench::SyntheticStream stream(&pool);
  const std::string bytes = stream.Jsonl(first, count);
  auto articles = IngestBytes(bytes, "synthetic.jsonl", IngestOptions(),
                              [](const Status&) {});
  std::vector<ArticleProfile> out;
  if (!articles.ok()) return out;
  thread_local link::WordStemmer stemmer;
  thread_local const link::MinHasher hasher(
      link::StoryIndex::kMinHashFunctions);
  for (const Article& a : articles.value())
    out.push_back(link::ProfileArticle(a, &stemmer, hasher, scoring));
  return out;
}

// Prepares one batch on `threads` threads.
std::vector<ArticleProfile> PrepareBatch(const bench::ParagraphPool& pool,
                                         int64_t first, int count, int threads,
                                         link::IndexScoring scoring) {
  std::vector<std::future<std::vector<ArticleProfile>>> parts;
  const int per = (count + threads - 1) / threads;
  for (int t = 0; t < threads; ++t) {
    const int begin = t * per, n = std::min(per, count - begin);
    if (n <= 0) break;
    parts.push_back(std::async(std::launch::async, Prepare, std::cref(pool),
                               first + begin, n, scoring));
  }
  std::vector<ArticleProfile> out;
  for (auto& part : parts) {
    for (auto& p : part.get()) out.push_back(std::move(p));
  }
  return out;
}

struct Segment {
  double wall = 0, add = 0;
  int articles = 0;
};

}  // namespace
}  // namespace corroborate

int main(int argc, char** argv) {
  using namespace corroborate;
  CLI::App app{"Throughput of ingest -> link on a synthetic stream"};
  int64_t total = 200000;
  int threads = 2, batch = 2000, segment = 20000;
  std::string shared = CORROBORATE_SHARED_DIR;
  app.add_option("--articles", total, "Articles to stream");
  app.add_option("--threads", threads, "Threads making/ingesting/profiling");
  app.add_option("--batch", batch, "Articles per batch");
  app.add_option("--segment", segment, "Articles per progress line");
  app.add_option("--shared", shared, "The shared corpora folder");
  bool learned = false;
  app.add_flag("--learned", learned,
               "StoryIndex with the learned pair score, not the cosine");
  CLI11_PARSE(app, argc, argv);

  const std::string dir = shared + "/corpus/clustering/";
  const bench::ParagraphPool pool = bench::LoadPool(
      {dir + "polnear-train-events.jsonl", dir + "polnear-dev-events.jsonl",
       dir + "wikiref-dev.jsonl"});
  if (pool.paragraphs.empty() || pool.titles.empty()) {
    std::fprintf(stderr, "no paragraphs under %s\n", dir.c_str());
    return 1;
  }
  std::printf("pool: %zu paragraphs, %zu titles; %lld articles, %d threads\n",
              pool.paragraphs.size(), pool.titles.size(),
              static_cast<long long>(total), threads);
  const long rss_before = ProcStatusKib("VmRSS");
  const link::IndexScoring scoring =
      learned ? link::IndexScoring::kLearned : link::IndexScoring::kCosine;
  link::StoryIndex index(LinkOptions().story_similarity, link::Level::kEvent,
                         scoring);

  const auto start = Clock::now();
  Segment seg;
  std::vector<Segment> segments;
  auto seg_start = Clock::now();
  auto next = std::async(
      std::launch::async, PrepareBatch, std::cref(pool), int64_t{0},
      static_cast<int>(std::min<int64_t>(batch, total)), threads, scoring);
  for (int64_t done = 0; done < total;) {
    std::vector<ArticleProfile> profiles = next.get();
    const int64_t after = done + static_cast<int64_t>(profiles.size());
    if (after < total) {
      next =
          std::async(std::launch::async, PrepareBatch, std::cref(pool), after,
                     static_cast<int>(std::min<int64_t>(batch, total - after)),
                     threads, scoring);
    }
    if (profiles.empty()) break;
    const auto add_start = Clock::now();
    for (const ArticleProfile& p : profiles) index.Add(p);
    seg.add += Seconds(add_start);
    seg.articles += static_cast<int>(profiles.size());
    done = after;
    if (seg.articles >= segment || done >= total) {
      seg.wall = Seconds(seg_start);
      segments.push_back(seg);
      std::printf(
          "%8lld articles  %7.0f art/s (segment)  add %6.1f us/art  "
          "index %5.0f B/art  RSS %6ld MiB\n",
          static_cast<long long>(done), seg.articles / seg.wall,
          1e6 * seg.add / seg.articles,
          static_cast<double>(index.MemoryBytes()) / index.size(),
          ProcStatusKib("VmRSS") / 1024);
      seg = Segment();
      seg_start = Clock::now();
    }
  }
  const double wall = Seconds(start);
  const long peak = ProcStatusKib("VmHWM");
  const int n = index.size();
  int stories = 0;
  for (int i = 0; i < n; ++i) stories = std::max(stories, index.StoryOf(i) + 1);
  std::printf(
      "total: %d articles in %.1f s = %.0f articles/s (ingest->link, "
      "%d threads)\n",
      n, wall, n / wall, threads);
  std::printf("stories: %d\n", stories);
  // Against the synthetic events (articles are added in stream order, so
  // article i is stream article i).
  std::vector<int> ids(static_cast<size_t>(n));
  std::vector<std::string> gold(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    ids[static_cast<size_t>(i)] = index.StoryOf(i);
    gold[static_cast<size_t>(i)] =
        std::to_string(bench::SyntheticStream::EventOf(i));
  }
  const link::ClusterScores q = link::ScoreClustering(ids, gold);
  std::printf(
      "against the synthetic events: pairwise P %.3f R %.3f F1 %.3f, "
      "BCubed F1 %.3f\n",
      q.pair_precision, q.pair_recall, q.pair_f1, q.bcubed_f1);
  std::printf("index memory: %.0f bytes/article (MemoryBytes)\n",
              static_cast<double>(index.MemoryBytes()) / n);
  std::printf("peak RSS: %ld MiB; above start: %.0f bytes/article\n",
              peak / 1024, 1024.0 * static_cast<double>(peak - rss_before) / n);
  const Segment& a = segments.front();
  const Segment& b = segments.back();
  std::printf(
      "per-article cost, last segment / first segment: wall %.2fx, "
      "add %.2fx\n",
      (b.wall / b.articles) / (a.wall / a.articles),
      (b.add / b.articles) / (a.add / a.articles));
  return 0;
}
