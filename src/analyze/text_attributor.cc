// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/text_attributor.h"

#include <string>

#include "analyze/attribution_filter.h"
#include "analyze/attribution_finder.h"
#include "analyze/cue_classifier.h"
#include "analyze/sentence_splitter.h"
#include "analyze/tokenizer.h"
#include "util/text.h"

namespace corroborate::analyze {
namespace {

// Splits `text` into trimmed non-blank lines; `starts` gets the byte offset
// of each paragraph's text in `text`.
std::vector<Paragraph> Paragraphs(std::string_view text,
                                  std::vector<size_t>* starts) {
  std::vector<Paragraph> paragraphs;
  for (size_t pos = 0; pos < text.size();) {
    size_t end = std::min(text.find('\n', pos), text.size());
    std::string_view raw = text.substr(pos, end - pos);
    std::string trimmed = util::Trim(raw);
    if (!trimmed.empty()) {
      Paragraph paragraph;
      paragraph.text = trimmed;
      paragraphs.push_back(std::move(paragraph));
      starts->push_back(pos + raw.find(trimmed));
    }
    pos = end + 1;
  }
  return paragraphs;
}

// code_point[i] is the code point index at byte i (size + 1 entries).
std::vector<size_t> CodePointIndex(std::string_view text) {
  std::vector<size_t> index(text.size() + 1);
  size_t n = 0;  // code points begun before byte i
  for (size_t i = 0; i < text.size(); ++i) {
    bool continuation = (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
    // A continuation byte belongs to the code point before it.
    if (continuation && n > 0) {
      index[i] = n - 1;
    } else {
      index[i] = n++;
    }
  }
  index[text.size()] = n;
  return index;
}

std::vector<CodePointRange> ToCodePoints(const std::vector<TextSpan>& spans,
                                         const std::vector<size_t>& starts,
                                         const std::vector<size_t>& index) {
  std::vector<CodePointRange> out;
  for (const TextSpan& span : spans) {
    size_t base = starts[static_cast<size_t>(span.paragraph)];
    out.push_back({index[base + span.begin], index[base + span.end]});
  }
  return out;
}

}  // namespace

std::vector<CueTokenRow> CueFeatureRows(std::string_view text,
                                        const CueClassifier* first) {
  std::vector<size_t> starts;
  std::vector<Paragraph> paragraphs = Paragraphs(text, &starts);
  std::vector<Sentence> sentences = SplitSentences(paragraphs);
  std::vector<size_t> index = CodePointIndex(text);
  std::vector<CueTokenRow> rows;
  bool in_quote = false;  // as FindAttributions tracks it
  for (size_t s = 0; s < sentences.size(); ++s) {
    bool continues =
        s > 0 && sentences[s - 1].paragraph == sentences[s].paragraph;
    std::vector<Token> tokens =
        Tokenize(sentences[s].text, continues && in_quote);
    in_quote = EndsInsideQuote(tokens, continues && in_quote);
    size_t base = starts[static_cast<size_t>(sentences[s].paragraph)] +
                  sentences[s].begin;
    std::vector<double> probabilities;
    if (first != nullptr) probabilities = first->FirstPass(tokens);
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (!tokens[i].IsWord() || tokens[i].quoted) continue;
      rows.push_back(
          {{index[base + tokens[i].begin], index[base + tokens[i].end]},
           tokens[i].lower,
           CueFeatures(tokens, i)});
      if (first == nullptr) continue;
      for (std::string& f : StackFeatures(probabilities, i))
        rows.back().features.push_back(std::move(f));
    }
  }
  return rows;
}

namespace {

// True iff the source span of `a` is written as its via party ("B told
// outlet A": the span is B, `source` A), in full or by its last word (the
// tracker resolved "Wilson" to "Joe Wilson"). A pronoun may stand for
// either party; it is taken for the source, as it was before.
bool SpanNamesVia(const Attribution& a,
                  const std::vector<Paragraph>& paragraphs) {
  if (a.via.empty() || a.source_spans.empty()) return false;
  const TextSpan& span = a.source_spans.front();
  if (span.paragraph < 0 ||
      span.paragraph >= static_cast<int>(paragraphs.size()))
    return false;
  const std::string& text = paragraphs[span.paragraph].text;
  if (span.end > text.size() || span.begin >= span.end) return false;
  std::string written = util::FoldCase(
      std::string_view(text).substr(span.begin, span.end - span.begin));
  // `name` ends with the word(s) `written`: "joe wilson" and "wilson".
  auto ends_with_words = [&](const std::string& name) {
    return name.size() > written.size() && name.ends_with(written) &&
           name[name.size() - written.size() - 1] == ' ';
  };
  const std::string source = util::FoldCase(a.source);
  if (written.find(source) != std::string::npos || ends_with_words(source))
    return false;
  const std::string via = util::FoldCase(a.via);
  return written.find(via) != std::string::npos || ends_with_words(via);
}

// The attributions of `text`; `filter` applies the attribution filter,
// `rows` (if not null) gets the features of each one output.
std::vector<TextAttribution> Attribute(std::string_view text, bool filter,
                                       std::vector<AttributionRow>* rows) {
  std::vector<size_t> starts;
  std::vector<Paragraph> paragraphs = Paragraphs(text, &starts);
  std::vector<Sentence> sentences = SplitSentences(paragraphs);
  std::vector<size_t> index = CodePointIndex(text);
  const AttributionFilter& model = AttributionFilter::Default();
  std::vector<TextAttribution> out;
  for (Attribution& a : FindAttributions(sentences, /*broad=*/true)) {
    if (filter && !model.Keep(a, sentences)) continue;
    TextAttribution t;
    t.source = ToCodePoints(a.source_spans, starts, index);
    t.cue = ToCodePoints(a.cue_spans, starts, index);
    t.content = ToCodePoints(a.content_spans, starts, index);
    t.source_type = SpanNamesVia(a, paragraphs) ? a.via_kind : a.source_kind;
    if (rows != nullptr)
      rows->push_back({t.cue, AttributionFeatures(a, sentences)});
    t.attribution = std::move(a);
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace

std::vector<TextAttribution> AttributeText(std::string_view text) {
  return Attribute(text, /*filter=*/true, nullptr);
}

std::vector<AttributionRow> AttributionFilterRows(std::string_view text) {
  std::vector<AttributionRow> rows;
  Attribute(text, /*filter=*/false, &rows);
  return rows;
}

}  // namespace corroborate::analyze
