// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/spell_checker.h"

#include <filesystem>

#include <hunspell/hunspell.hxx>

namespace corroborate::analyze {
namespace {

constexpr const char* kDictionaryDir = "/usr/share/hunspell/";

std::unique_ptr<Hunspell> Load(const std::string& name) {
  std::string aff = kDictionaryDir + name + ".aff";
  std::string dic = kDictionaryDir + name + ".dic";
  std::error_code error;
  if (!std::filesystem::exists(aff, error) ||
      !std::filesystem::exists(dic, error))
    return nullptr;
  return std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
}

}  // namespace

SpellChecker& SpellChecker::Default() {
  static SpellChecker* checker = new SpellChecker();
  return *checker;
}

SpellChecker::SpellChecker() : us_(Load("en_US")), gb_(Load("en_GB")) {
  if (us_ == nullptr) us_ = std::move(gb_);
}

SpellChecker::~SpellChecker() = default;

bool SpellChecker::Known(std::string_view word) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (us_ == nullptr) return true;
  std::string w(word);
  return us_->spell(w) || (gb_ != nullptr && gb_->spell(w));
}

}  // namespace corroborate::analyze
