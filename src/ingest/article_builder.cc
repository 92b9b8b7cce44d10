// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/article_builder.h"

#include <algorithm>
#include <cstdio>

#include <xxhash.h>

#include "ingest/damage_detector.h"
#include "ingest/mojibake_repair.h"
#include "ingest/paragraph_splitter.h"

namespace corroborate::ingest {

std::string ContentHash(const Article& article) {
  std::string text = article.title;
  text += '\n';
  for (size_t i = 0; i < article.paragraphs.size(); ++i) {
    if (i > 0) text += '\n';
    text += article.paragraphs[i].text;
  }
  return HexHash(text);
}

std::string HexHash(std::string_view text, std::string_view more) {
  XXH64_state_t* state = XXH64_createState();
  XXH64_reset(state, 0);
  XXH64_update(state, text.data(), text.size());
  XXH64_update(state, more.data(), more.size());
  unsigned long long hash = XXH64_digest(state);
  XXH64_freeState(state);
  char hex[17];
  std::snprintf(hex, sizeof(hex), "%016llx", hash);
  return hex;
}

void RecordDamage(std::string_view line, int line_number, Article* article) {
  for (Damage& damage : FindDamage(line)) {
    article->damaged_lines.push_back(DamagedLine{
        line_number, std::move(damage.problem), std::move(damage.excerpt)});
  }
}

Status CheckArticleLines(std::string_view text, std::string_view path,
                         std::string_view where) {
  size_t lines =
      static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
  if (lines <= kMaxArticleLines) return Status::Ok();
  return Status::NotSupported(path, std::string(where) +
                                        "too many lines for one article (" +
                                        std::to_string(lines) + ", limit " +
                                        std::to_string(kMaxArticleLines) + ")");
}

void BuildBody(const std::vector<std::string>& lines, int first_line_number,
               Article* article) {
  // Paragraphs get the repaired text; damage is recorded on the text as
  // it came.
  std::vector<std::string> repaired;
  repaired.reserve(lines.size());
  for (const std::string& line : lines)
    repaired.push_back(RepairMojibake(line));
  article->paragraphs = SplitParagraphs(repaired, first_line_number);
  for (size_t i = 0; i < lines.size(); ++i) {
    RecordDamage(lines[i], first_line_number + static_cast<int>(i), article);
  }
  // Sorted line numbers and a binary search per paragraph: comparing every
  // paragraph with every damaged line was quadratic (a file of damaged
  // one-line paragraphs took minutes).
  std::vector<int> damaged;
  for (const DamagedLine& line : article->damaged_lines)
    damaged.push_back(line.line);
  std::sort(damaged.begin(), damaged.end());
  for (Paragraph& paragraph : article->paragraphs) {
    auto first =
        std::lower_bound(damaged.begin(), damaged.end(), paragraph.first_line);
    if (first != damaged.end() && *first <= paragraph.last_line)
      paragraph.damaged = true;
  }
  article->content_hash = ContentHash(*article);
}

}  // namespace corroborate::ingest
