// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Builds Articles by hand for the link and corroborate tests, as if ingest,
// extract and analyze had run: one body paragraph per sentence.

#pragma once

#include <string>
#include <utility>
#include <vector>

#include "corroborate/article.h"

namespace corroborate::testing {

class ArticleBuilder {
 public:
  ArticleBuilder(std::string id, std::string title) {
    article_.id = std::move(id);
    article_.title = std::move(title);
  }

  ArticleBuilder& Date(std::string date) {
    article_.date = std::move(date);
    return *this;
  }
  ArticleBuilder& Site(std::string site) {
    article_.site = std::move(site);
    return *this;
  }
  // Appends a body sentence (in its own paragraph).
  ArticleBuilder& Say(std::string text) {
    Paragraph p;
    p.text = text;
    article_.paragraphs.push_back(p);
    Sentence s;
    s.paragraph = static_cast<int>(article_.paragraphs.size()) - 1;
    s.end = text.size();
    s.text = std::move(text);
    article_.sentences.push_back(std::move(s));
    return *this;
  }
  // Attributes the last sentence: `source` says it, citing `via` (may be
  // ""); `content` is the attributed clause ("" for the whole sentence).
  ArticleBuilder& From(std::string source, std::string via = "",
                       bool anonymous = false, std::string cue = "said",
                       std::string content = "") {
    Attribution a;
    a.sentence = static_cast<int>(article_.sentences.size()) - 1;
    a.source = std::move(source);
    a.via = std::move(via);
    a.anonymous = anonymous;
    a.cue = std::move(cue);
    a.content =
        content.empty() ? article_.sentences.back().text : std::move(content);
    article_.attributions.push_back(std::move(a));
    return *this;
  }
  // Adds a signal of `kind` on the last sentence.
  ArticleBuilder& Signal(std::string kind, std::string text = "") {
    corroborate::Signal s;
    s.kind = std::move(kind);
    s.sentence = static_cast<int>(article_.sentences.size()) - 1;
    s.text = std::move(text);
    article_.signals.push_back(std::move(s));
    return *this;
  }
  Article Build() const { return article_; }

 private:
  Article article_;
};

}  // namespace corroborate::testing
