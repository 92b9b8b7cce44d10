// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// WordStemmer reduces folded English words to their Snowball stem
// ("strikes", "striking" -> "strike"), using libstemmer (Debian
// libstemmer-dev) rather than hand-written suffix rules.
//
// Not thread-safe: a stemmer keeps a work buffer; use one per thread.

#pragma once

#include <string>
#include <string_view>

struct sb_stemmer;

namespace corroborate::link {

class WordStemmer {
 public:
  WordStemmer();
  WordStemmer(const WordStemmer&) = delete;
  WordStemmer& operator=(const WordStemmer&) = delete;
  ~WordStemmer();

  // Returns the stem of `word` (expected folded, UTF-8); `word` itself if
  // the stemmer is unavailable.
  std::string Stem(std::string_view word);

 private:
  sb_stemmer* stemmer_;  // owned; null if libstemmer lacks English
};

}  // namespace corroborate::link
