// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// A spelling dictionary for the quality scorer: Hunspell with the system's
// en_US and en_GB dictionaries (Debian hunspell-en-us, hunspell-en-gb), so
// that British spellings of clean news ("honouring") are not counted as
// misspellings.
//
// Thread-safe: Hunspell objects are not, so lookups are serialised.

#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

class Hunspell;

namespace corroborate::analyze {

class SpellChecker {
 public:
  // The process-wide checker, loaded on first use from /usr/share/hunspell.
  static SpellChecker& Default();

  SpellChecker(const SpellChecker&) = delete;
  SpellChecker& operator=(const SpellChecker&) = delete;
  ~SpellChecker();

  // Returns true iff a dictionary could be loaded.
  bool available() const { return us_ != nullptr; }

  // True iff some dictionary knows `word` (true when none is available).
  bool Known(std::string_view word);

 private:
  SpellChecker();

  std::mutex mutex_;
  std::unique_ptr<Hunspell> us_;
  std::unique_ptr<Hunspell> gb_;
};

}  // namespace corroborate::analyze
