// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// ListInputFiles (corroborate/ingest.h): expands directories into the files
// to read.

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

#include "corroborate/ingest.h"

namespace corroborate {

namespace {

namespace fs = std::filesystem;

bool IsHidden(const fs::path& path) {
  std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

// Whether a file in a listed directory describes the folder rather than
// holding articles: metadata such as gold.json, documentation (README,
// *.md) such as the README beside every data set.
bool IsFolderDocument(const fs::path& path) {
  std::string stem = path.stem().string();
  std::transform(stem.begin(), stem.end(), stem.begin(),
                 [](unsigned char c) { return std::toupper(c); });
  return path.extension() == ".json" || path.extension() == ".md" ||
         stem == "README";
}

// Appends the regular files under `root`, sorted by path, skipping hidden
// files and directories and folder documents (IsFolderDocument).
void ListDirectory(const fs::path& root, std::vector<std::string>* out) {
  std::vector<std::string> found;
  std::error_code error;
  fs::recursive_directory_iterator it(root, error);
  for (; !error && it != fs::recursive_directory_iterator();
       it.increment(error)) {
    const fs::path& path = it->path();
    if (IsHidden(path)) {
      if (it->is_directory(error)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(error) || IsFolderDocument(path)) continue;
    found.push_back(path.string());
  }
  std::sort(found.begin(), found.end());
  out->insert(out->end(), found.begin(), found.end());
}

}  // namespace

std::vector<std::string> ListInputFiles(const std::vector<std::string>& paths,
                                        const DiagnosticSink& sink) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code error;
    if (path == "-") {
      files.push_back(path);
    } else if (fs::is_directory(path, error)) {
      ListDirectory(path, &files);
    } else if (fs::exists(path, error)) {
      files.push_back(path);
    } else if (sink) {
      sink(Status::NotFound(path, "no such file or directory"));
    }
  }
  return files;
}

}  // namespace corroborate
