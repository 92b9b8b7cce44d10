// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// attribution_bench [PolNeAR.jsonl] [--repeat N] [--predict OUT.jsonl]:
// attribution throughput on one core (MB of article text per second, timing
// AttributeText only) and, as a by-product, the span scores of the run
// against the file's gold. Defaults to the PolNeAR dev split. --predict
// writes the first round's attributions in the `corroborate attribute`
// format, for error analysis (tools/attribution_errors.py).

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analyze/text_attributor.h"
#include "attribution_scorer.h"

namespace {

using corroborate::analyze::CodePointRange;
using corroborate::bench::Span;
using corroborate::bench::SpanAttribution;

std::vector<Span> ToSpans(const std::vector<CodePointRange>& ranges) {
  std::vector<Span> spans;
  for (const CodePointRange& r : ranges) spans.push_back({r.begin, r.end});
  return spans;
}

// CPU time of the calling thread.
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec / 1e9;
}

nlohmann::json ToJson(const std::vector<CodePointRange>& ranges) {
  nlohmann::json out = nlohmann::json::array();
  for (const CodePointRange& r : ranges) out.push_back({r.begin, r.end});
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = CORROBORATE_POLNEAR_DEV;
  std::string predict_path;
  int repeat = 5;  // enough for a stable figure in about a second
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--predict" && i + 1 < argc) {
      predict_path = argv[++i];
    } else {
      path = arg;
    }
  }
  std::ifstream in(path);
  if (!in) {
    std::cerr << "attribution_bench: cannot read " << path << "\n";
    return 2;
  }
  std::vector<nlohmann::json> records;
  size_t bytes = 0;
  for (std::string line; std::getline(in, line);) {
    records.push_back(nlohmann::json::parse(line));
    bytes += records.back()["text"].get_ref<const std::string&>().size();
  }
  corroborate::bench::Scores scores;
  std::ofstream predict_out;
  if (!predict_path.empty()) predict_out.open(predict_path);
  // The learned models load once per process, on first use: not per text.
  corroborate::analyze::AttributeText("Warm-up, she said.");
  double seconds = 0, cpu_seconds = 0;
  for (int round = 0; round < repeat; ++round) {
    for (const nlohmann::json& record : records) {
      const std::string& text = record["text"].get_ref<const std::string&>();
      auto start = std::chrono::steady_clock::now();
      double cpu_start = ThreadCpuSeconds();
      auto found = corroborate::analyze::AttributeText(text);
      cpu_seconds += ThreadCpuSeconds() - cpu_start;
      seconds += std::chrono::duration<double>(
                     std::chrono::steady_clock::now() - start)
                     .count();
      if (round > 0) continue;
      std::vector<SpanAttribution> predicted;
      nlohmann::json out_list = nlohmann::json::array();
      for (const auto& t : found) {
        predicted.push_back(
            {ToSpans(t.source), ToSpans(t.cue), ToSpans(t.content)});
        out_list.push_back({{"source", ToJson(t.source)},
                            {"cue", ToJson(t.cue)},
                            {"content", ToJson(t.content)}});
      }
      if (predict_out.is_open())
        predict_out << nlohmann::json{{"id", record["id"]},
                                      {"attributions", out_list}}
                           .dump()
                    << "\n";
      scores.Add(corroborate::bench::ScoreDocument(
          corroborate::bench::ParseAttributions(record["attributions"]),
          predicted));
    }
  }
  std::printf("%zu documents, %.2f MB\n%s", records.size(), bytes / 1e6,
              corroborate::bench::FormatTable(scores).c_str());
  // Per core means per CPU second: on a shared, loaded machine the wall
  // clock also counts the time the scheduler gave to other processes.
  std::printf(
      "throughput: %.2f MB/s per CPU second on one core (%d rounds, %.3f s "
      "CPU; wall clock %.2f MB/s)\n",
      bytes * repeat / 1e6 / cpu_seconds, repeat, cpu_seconds,
      bytes * repeat / 1e6 / seconds);
  return 0;
}
