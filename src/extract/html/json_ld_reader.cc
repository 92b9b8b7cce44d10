// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "extract/html/json_ld_reader.h"

#include <vector>

#include <nlohmann/json.hpp>

namespace corroborate::extract_html {
namespace {

using nlohmann::json;

bool IsArticleType(const json& type) {
  if (type.is_array()) {
    for (const json& item : type) {
      if (IsArticleType(item)) return true;
    }
    return false;
  }
  if (!type.is_string()) return false;
  const std::string& name = type.get_ref<const std::string&>();
  // schema.org's Article subtypes all end in "Article" or "Posting".
  return name.find("Article") != std::string::npos ||
         name.find("Posting") != std::string::npos;
}

std::string StringOf(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_object() && value.contains("name")) {
    return StringOf(value["name"]);
  }
  if (value.is_array() && !value.empty()) return StringOf(value[0]);
  return "";
}

std::string AuthorsOf(const json& value) {
  if (!value.is_array()) return StringOf(value);
  std::string names;
  for (const json& item : value) {
    std::string name = StringOf(item);
    if (name.empty()) continue;
    if (!names.empty()) names += " and ";
    names += name;
  }
  return names;
}

// Finds the first Article-typed object, breadth first, without recursion
// deeper than the top level, arrays and "@graph" (where JSON-LD puts them).
const json* FindArticle(const json& root) {
  std::vector<const json*> queue = {&root};
  for (size_t i = 0; i < queue.size(); ++i) {
    const json& node = *queue[i];
    if (node.is_array()) {
      for (const json& item : node) queue.push_back(&item);
    } else if (node.is_object()) {
      if (node.contains("@type") && IsArticleType(node["@type"])) return &node;
      if (node.contains("@graph")) queue.push_back(&node["@graph"]);
    }
  }
  return nullptr;
}

}  // namespace

JsonLdArticle ReadJsonLd(std::string_view text) {
  JsonLdArticle result;
  json root = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return result;
  const json* article = FindArticle(root);
  if (article == nullptr) return result;
  if (article->contains("headline")) {
    result.headline = StringOf((*article)["headline"]);
  }
  if (article->contains("author")) {
    result.author = AuthorsOf((*article)["author"]);
  }
  if (article->contains("datePublished")) {
    result.published = StringOf((*article)["datePublished"]);
  }
  if (article->contains("publisher")) {
    result.publisher = StringOf((*article)["publisher"]);
  }
  return result;
}

}  // namespace corroborate::extract_html
