// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// A synthetic news stream for the throughput benchmark, built at run time
// from real paragraphs (never stored). Articles come in events: each event
// has a title, a date and three core paragraphs; each of its articles
// carries a variant of the title, two of the core paragraphs and two random
// paragraphs from the whole pool, dated within two days of the event. New
// events start at a steady rate, so the stream covers about 1,000 articles
// a day. The text is real English news prose; the articles are not real.
//
// Not thread-safe: give each thread its own generator.

#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace corroborate::bench {

// Paragraphs (of at least 20 words) and titles of the JSONL files in
// `paths` ("title" and blank-line separated "text").
struct ParagraphPool {
  std::vector<std::string> paragraphs;
  std::vector<std::string> titles;
};

ParagraphPool LoadPool(const std::vector<std::string>& paths);

class SyntheticStream {
 public:
  // REQUIRES: pool has at least one title and one paragraph.
  explicit SyntheticStream(const ParagraphPool* pool) : pool_(pool) {}

  // Returns articles first .. first + count - 1 of the stream as JSONL
  // ("id", "title", "text", "date"). Article k is the same whichever call
  // produces it, so batches can be made on any thread in any order.
  std::string Jsonl(int64_t first, int count);

  // Returns the event article k was made from (its gold story label: the
  // articles of one event share its title and core paragraphs).
  static int64_t EventOf(int64_t k);

 private:
  std::string Article(int64_t k);

  const ParagraphPool* pool_;
};

}  // namespace corroborate::bench
