// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/given_names.h"

#include <sstream>
#include <string>
#include <unordered_map>

#include "util/model_file.h"

namespace corroborate::analyze {
namespace {

using NameTable = std::unordered_map<std::string, GivenNameSex>;

NameTable ReadGivenNames() {
  NameTable names;
  std::istringstream in(util::ReadModelFile("given_names.tsv"));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string name, sex;
    if (!(fields >> name >> sex)) continue;
    if (sex == "m") names[name] = GivenNameSex::kMale;
    if (sex == "f") names[name] = GivenNameSex::kFemale;
  }
  return names;
}

const NameTable& GivenNames() {
  static const auto* names = new NameTable(ReadGivenNames());
  return *names;
}

}  // namespace

GivenNameSex SexOfGivenName(std::string_view lower_name) {
  auto it = GivenNames().find(std::string(lower_name));
  return it == GivenNames().end() ? GivenNameSex::kUnknown : it->second;
}

}  // namespace corroborate::analyze
