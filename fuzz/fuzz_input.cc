// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "fuzz_input.h"

#include <unicode/utf8.h>

#include "util/text.h"

namespace corroborate::fuzz {

bool IsValidUtf8(std::string_view text) {
  // ICU's U8_NEXT does the full validation (overlongs, surrogates, range).
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

Article ArticleFromLines(std::string_view text) {
  Article article;
  article.id = "fuzz";
  article.path = "fuzz.txt";
  int line = 0;
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view raw = text.substr(0, end);
    text = end == std::string_view::npos ? "" : text.substr(end + 1);
    ++line;
    std::string trimmed = util::Trim(raw);
    if (trimmed.empty()) continue;
    if (article.title.empty()) {
      article.title = trimmed;
      continue;
    }
    Paragraph paragraph;
    paragraph.text = std::move(trimmed);
    paragraph.first_line = paragraph.last_line = line;
    article.paragraphs.push_back(std::move(paragraph));
  }
  return article;
}

}  // namespace corroborate::fuzz
