// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/text_reader.h"

#include <string>
#include <vector>

#include "ingest/article_builder.h"
#include "ingest/mojibake_repair.h"
#include "ingest/paragraph_splitter.h"
#include "util/text.h"

namespace corroborate::ingest {

Result<Article> ReadTextArticle(std::string_view text, std::string_view path) {
  if (Status lines = CheckArticleLines(text, path); !lines.ok()) return lines;
  std::vector<std::string> lines = SplitLines(text);
  size_t title_index = 0;
  while (title_index < lines.size() && IsBlankLine(lines[title_index]))
    ++title_index;
  if (title_index == lines.size())
    return Status::Corruption(path, "empty file");

  Article article;
  article.path = std::string(path);
  article.id = path == "-" ? "stdin" : util::FileStem(path);
  article.title = RepairMojibake(util::Trim(lines[title_index]));
  RecordDamage(lines[title_index], static_cast<int>(title_index) + 1, &article);
  std::vector<std::string> body(
      lines.begin() + static_cast<long>(title_index) + 1, lines.end());
  BuildBody(body, static_cast<int>(title_index) + 2, &article);
  return article;
}

}  // namespace corroborate::ingest
