// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/attribution_filter.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string_view>

#include "analyze/cue_classifier.h"
#include "analyze/tokenizer.h"
#include "util/model_file.h"

namespace corroborate::analyze {
namespace {

// Bucket edges for counts: the features are indicators, so a count becomes
// the first edge it does not exceed (edges picked as round numbers; the
// regression learns the weights).
std::string Bucket(std::string_view name, size_t n,
                   std::initializer_list<size_t> edges) {
  for (size_t edge : edges) {
    if (n <= edge) return std::string(name) + "<=" + std::to_string(edge);
  }
  return std::string(name) + ">" + std::to_string(*(edges.end() - 1));
}

bool Overlaps(const Token& t, size_t base, const TextSpan& span) {
  return base + t.begin < span.end && span.begin < base + t.end;
}

// Indexes of the tokens of `sentence` that lie in one of `spans`.
std::vector<size_t> TokensIn(const std::vector<Token>& tokens,
                             const Sentence& sentence,
                             const std::vector<TextSpan>& spans) {
  std::vector<size_t> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    for (const TextSpan& span : spans) {
      if (span.paragraph == sentence.paragraph &&
          Overlaps(tokens[i], sentence.begin, span)) {
        out.push_back(i);
        break;
      }
    }
  }
  return out;
}

// A word as a feature value: capitalized words are one class, so names do
// not become features.
std::string Shape(const std::vector<Token>& tokens, size_t i) {
  if (i >= tokens.size()) return "</s>";
  const Token& t = tokens[i];
  if (!t.IsWord()) return t.text.substr(0, 4);
  return t.IsCapitalized() && i > 0 ? "<Cap>" : t.lower;
}

// The words around the cue, the first words of source and content.
void ContextFeatures(const std::vector<Token>& tokens,
                     const std::vector<size_t>& cue,
                     const std::vector<size_t>& source,
                     const std::vector<size_t>& content,
                     std::vector<std::string>* out) {
  if (!cue.empty()) {
    out->push_back("p1=" + (cue.front() == 0 ? std::string("<s>")
                                             : Shape(tokens, cue.front() - 1)));
    out->push_back("n1=" + Shape(tokens, cue.back() + 1));
    if (tokens[cue.front()].quoted) out->push_back("cquoted");
  }
  if (!source.empty()) {
    out->push_back("sw=" + Shape(tokens, source.front()));
    out->push_back("sl=" + Shape(tokens, source.back()));
  }
  if (!content.empty()) out->push_back("c1=" + Shape(tokens, content.front()));
}

bool IsPronoun(std::string_view w) {
  static constexpr std::string_view kPronouns[] = {
      "he", "she", "they", "it", "we", "i", "you", "who", "which", "that"};
  return std::find(std::begin(kPronouns), std::end(kPronouns), w) !=
         std::end(kPronouns);
}

// The cue words and their classifier probability.
void CueFeaturesOf(const std::vector<Token>& tokens,
                   const std::vector<size_t>& cue,
                   std::vector<std::string>* out) {
  std::string words;
  double best = -1;
  const CueClassifier& classifier = CueClassifier::Default();
  for (size_t k = 0; k < cue.size(); ++k) {
    const Token& t = tokens[cue[k]];
    if (k < 3) words += (k ? "_" : "") + t.lower;
    if (classifier.IsCandidate(t))
      best = std::max(best, classifier.Probability(tokens, cue[k]));
  }
  out->push_back("cue=" + words);
  if (cue.empty()) return;
  const std::string& first = tokens[cue.front()].lower;
  out->push_back("cw=" + first);
  out->push_back("cl=" + tokens[cue.back()].lower);
  out->push_back(Bucket("cuen", cue.size(), {1, 2, 3}));
  if (first.ends_with("ed")) out->push_back("cshape=ed");
  if (first.ends_with("s")) out->push_back("cshape=s");
  if (first.ends_with("ing")) out->push_back("cshape=ing");
  if (tokens[cue.front()].IsCapitalized()) out->push_back("ccap");
  if (best < 0) {
    out->push_back("cp=none");
    return;
  }
  // Cumulative indicators: a monotone step function of the probability.
  for (int step = 1; step <= 9; ++step) {
    if (best >= step / 10.0) out->push_back("cp>=0." + std::to_string(step));
  }
}

// The source: none, a pronoun, or its kind, and where it stands.
std::string SourceFeatures(const Attribution& a,
                           const std::vector<Token>& tokens,
                           const std::vector<size_t>& source,
                           const std::vector<size_t>& cue,
                           std::vector<std::string>* out) {
  if (a.source_spans.empty()) return "none";
  std::string type = "kind" + std::to_string(static_cast<int>(a.source_kind));
  if (source.size() == 1 && IsPronoun(tokens[source[0]].lower)) type = "pron";
  if (a.anonymous) out->push_back("anon");
  if (!a.via.empty()) out->push_back("via");
  out->push_back(Bucket("srcn", source.size(), {1, 2, 3, 5}));
  if (source.empty() || cue.empty()) return type;
  bool before = source.back() < cue.front();
  out->push_back(before ? "order=sc" : "order=cs");
  size_t gap = before
                   ? cue.front() - source.back() - 1
                   : source.front() - std::min(source.front(), cue.back() + 1);
  out->push_back(Bucket("gap", gap, {0, 1, 3, 8, 20}));
  return type;
}

void ContentFeatures(const Attribution& a, const std::vector<size_t>& content,
                     const std::vector<size_t>& cue,
                     std::vector<std::string>* out) {
  if (a.direct_quote) out->push_back("quoted");
  size_t words = static_cast<size_t>(
      std::count(a.content.begin(), a.content.end(), ' ') + 1);
  out->push_back(Bucket("clen", words, {2, 4, 8, 16, 30}));
  if (content.empty()) {
    out->push_back("cont=elsewhere");
  } else if (!cue.empty()) {
    out->push_back(content.front() > cue.back() ? "cont=after" : "cont=before");
  }
}

void SentenceFeatures(const Attribution& a,
                      const std::vector<Sentence>& sentences,
                      const std::vector<Token>& tokens,
                      std::vector<std::string>* out) {
  size_t s = static_cast<size_t>(a.sentence);
  out->push_back(Bucket("sent", s, {0, 1, 4, 10}));
  if (s == 0 || sentences[s - 1].paragraph != sentences[s].paragraph)
    out->push_back("parfirst");
  out->push_back(Bucket("slen", tokens.size(), {6, 12, 25, 40}));
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::kOpenQuote) out->push_back("squote");
    if (t.text == ":") out->push_back("scolon");
    if (t.text == "?") out->push_back("squestion");
  }
}

}  // namespace

std::vector<std::string> AttributionFeatures(
    const Attribution& a, const std::vector<Sentence>& sentences) {
  std::vector<std::string> out;
  const Sentence& sentence = sentences[static_cast<size_t>(a.sentence)];
  std::vector<Token> tokens = Tokenize(sentence.text);
  std::vector<size_t> cue = TokensIn(tokens, sentence, a.cue_spans);
  std::vector<size_t> source = TokensIn(tokens, sentence, a.source_spans);
  std::vector<size_t> content = TokensIn(tokens, sentence, a.content_spans);
  CueFeaturesOf(tokens, cue, &out);
  std::string cue_word = out.front();
  std::string type = SourceFeatures(a, tokens, source, cue, &out);
  out.push_back("src=" + type);
  out.push_back(cue_word + "&src=" + type);
  ContentFeatures(a, content, cue, &out);
  ContextFeatures(tokens, cue, source, content, &out);
  // The cue word with its context: the same word is a cue in one clause
  // and not in another ("called X a liar" / "called for").
  size_t n = out.size();
  for (size_t k = 0; k < n; ++k) {
    if (out[k].starts_with("n1=") || out[k].starts_with("order=") ||
        out[k] == "cp>=0.5" || out[k] == "cp>=0.7")
      out.push_back(cue_word + "&" + out[k]);
  }
  SentenceFeatures(a, sentences, tokens, &out);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

const AttributionFilter& AttributionFilter::Default() {
  static const auto* model = [] {
    return new AttributionFilter(
        Parse(util::ReadModelFile("attribution_filter.tsv")));
  }();
  return *model;
}

AttributionFilter AttributionFilter::Parse(const std::string& model) {
  AttributionFilter f;
  std::istringstream in(model);
  for (std::string line; std::getline(in, line);) {
    size_t tab = line.find('\t');
    if (line.starts_with("#threshold ")) {
      f.threshold_ = std::atof(line.c_str() + 11);
    } else if (line.starts_with("#bias ")) {
      f.bias_ = std::atof(line.c_str() + 6);
    } else if (!line.empty() && line[0] != '#' && tab != std::string::npos) {
      f.weights_[line.substr(0, tab)] = std::atof(line.c_str() + tab + 1);
    }
  }
  return f;
}

double AttributionFilter::Probability(
    const std::vector<std::string>& features) const {
  double z = bias_;
  for (const std::string& feature : features) {
    auto it = weights_.find(feature);
    if (it != weights_.end()) z += it->second;
  }
  return 1.0 / (1.0 + std::exp(-z));
}

bool AttributionFilter::Keep(const Attribution& a,
                             const std::vector<Sentence>& sentences) const {
  return !Loaded() ||
         Probability(AttributionFeatures(a, sentences)) >= threshold_;
}

}  // namespace corroborate::analyze
