// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "synthetic_corpus.h"

#include <chrono>
#include <fstream>

#include <nlohmann/json.hpp>

namespace corroborate::bench {
namespace {

// Mean articles per event (geometric sizes come out of the hash below): most
// events have 1-4 articles, as in the PolNeAR event sets.
constexpr int64_t kArticlesPerEvent = 3;
// Articles per day of the synthetic calendar (GDELT sees ~0.7 M a day
// worldwide; 1,000 keeps the 3-day window's share of the index realistic
// for one country's press).
constexpr int64_t kArticlesPerDay = 1000;

uint64_t Mix(uint64_t x) {  // splitmix64
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

std::string DateOf(int64_t day) {
  using namespace std::chrono;
  const year_month_day ymd{sys_days{days{19000 + day}}};  // from 2022-01-08
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02u-%02u", int(ymd.year()),
                unsigned(ymd.month()), unsigned(ymd.day()));
  return buf;
}

}  // namespace

ParagraphPool LoadPool(const std::vector<std::string>& paths) {
  ParagraphPool pool;
  for (const std::string& path : paths) {
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      const auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("text")) continue;
      pool.titles.push_back(j.value("title", ""));
      const std::string text = j["text"].get<std::string>();
      size_t start = 0;
      while (start < text.size()) {
        size_t end = text.find("\n\n", start);
        if (end == std::string::npos) end = text.size();
        const std::string para = text.substr(start, end - start);
        if (std::count(para.begin(), para.end(), ' ') >= 20)
          pool.paragraphs.push_back(para);
        start = end + 2;
      }
    }
  }
  return pool;
}

int64_t SyntheticStream::EventOf(int64_t k) {
  return k / kArticlesPerEvent - static_cast<int64_t>(Mix(k) % 2);  // overlap
}

std::string SyntheticStream::Article(int64_t k) {
  const int64_t event = EventOf(k);
  const uint64_t e = Mix(static_cast<uint64_t>(event) * 7919 + 1);
  const auto& paras = pool_->paragraphs;
  const auto& titles = pool_->titles;
  const std::string core[3] = {paras[e % paras.size()],
                               paras[Mix(e + 1) % paras.size()],
                               paras[Mix(e + 2) % paras.size()]};
  const uint64_t a = Mix(static_cast<uint64_t>(k));
  std::string text = core[a % 3] + "\n\n" + paras[Mix(a + 1) % paras.size()] +
                     "\n\n" + core[(a + 1) % 3] + "\n\n" +
                     paras[Mix(a + 2) % paras.size()];
  nlohmann::json j;
  j["id"] = "syn-" + std::to_string(k);
  j["title"] = titles[e % titles.size()];
  j["text"] = std::move(text);
  j["date"] = DateOf(event * kArticlesPerEvent / kArticlesPerDay +
                     static_cast<int64_t>(a % 3));
  return j.dump();
}

std::string SyntheticStream::Jsonl(int64_t first, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) {
    out += Article(first + i);
    out += '\n';
  }
  return out;
}

}  // namespace corroborate::bench
