// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/cue_verb_classes.h"

#include <sstream>

#include <xxhash.h>

#include "analyze/cue_classifier.h"
#include "util/model_file.h"

namespace corroborate::analyze {
namespace {

uint64_t FormHash(std::string_view form) {
  return XXH3_64bits(form.data(), form.size());
}

// The static name equal to `name` ("other" for the first-sense class
// outside the four), or an empty view if it is none of them.
std::string_view ClassName(std::string_view name) {
  for (std::string_view known : kVerbClassNames)
    if (known == name) return known;
  return name == "other" ? std::string_view("other") : std::string_view();
}

uint8_t ClassBits(std::string_view list) {
  uint8_t bits = 0;
  while (!list.empty()) {
    size_t comma = list.find(',');
    std::string_view name = list.substr(0, comma);
    for (size_t k = 0; k < std::size(kVerbClassNames); ++k)
      if (kVerbClassNames[k] == name) bits |= static_cast<uint8_t>(1u << k);
    list = comma == std::string_view::npos ? "" : list.substr(comma + 1);
  }
  return bits;
}

}  // namespace

const VerbClasses& VerbClasses::Default() {
  static const auto* table = [] {
    return new VerbClasses(Parse(util::ReadModelFile("verb_classes.tsv")));
  }();
  return *table;
}

VerbClasses VerbClasses::Parse(const std::string& text) {
  VerbClasses table;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string form, first, any;
    int noun = 0;
    if (!(fields >> form >> first >> any >> noun)) continue;
    VerbClass entry{ClassName(first), ClassBits(any), noun != 0};
    if (entry.first.empty()) continue;
    table.forms_[FormHash(form)] = entry;
  }
  return table;
}

const VerbClass* VerbClasses::Find(std::string_view form) const {
  auto it = forms_.find(FormHash(form));
  return it == forms_.end() ? nullptr : &it->second;
}

}  // namespace corroborate::analyze
