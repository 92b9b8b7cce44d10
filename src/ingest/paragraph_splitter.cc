// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/paragraph_splitter.h"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "util/text.h"

namespace corroborate::ingest {

namespace {

// Hard-wrapped text is cut at 60..80 columns by convention (email, Usenet,
// plain-text wires); 100 leaves room for wide editors. Scraped news puts a
// whole paragraph on one line, usually well over 100 characters.
constexpr size_t kMaxWrapWidth = 100;
// A wrapped line fills at least this share of the block's widest line; a
// shorter line that ends a sentence closes its paragraph. 0.75 tolerates the
// ragged right edge of word wrapping (a long word moved down leaves a gap of
// up to ~15 columns at width 60-80).
constexpr double kFullLineShare = 0.75;

struct Line {
  std::string text;  // trimmed
  int number;        // 1-based input line
  size_t width;      // code points
};

UChar32 FirstCodePoint(std::string_view text) {
  if (text.empty()) return 0;
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  return c;
}

UChar32 LastCodePoint(std::string_view text) {
  if (text.empty()) return 0;
  int32_t i = static_cast<int32_t>(text.size());
  UChar32 c = 0;
  U8_PREV(text.data(), 0, i, c);
  return c;
}

bool EndsSentence(std::string_view text) {
  UChar32 c = LastCodePoint(text);
  return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' ||
         c == 0x201D || c == 0x2019 || c == ')';
}

// True iff `next` carries on the sentence that `line` leaves open.
bool Continues(const Line& line, const Line& next) {
  if (EndsSentence(line.text)) return false;
  UChar32 last = LastCodePoint(line.text);
  return u_islower(FirstCodePoint(next.text)) || last == ',' || last == ';' ||
         last == '-';
}

// A block is hard-wrapped when no line is wider than a wrap column and at
// least half of the line breaks fall inside a sentence.
bool LooksHardWrapped(const std::vector<Line>& block) {
  if (block.size() < 2) return false;
  size_t widest = 0;
  for (const Line& line : block) widest = std::max(widest, line.width);
  if (widest > kMaxWrapWidth) return false;
  size_t continuing = 0;
  for (size_t i = 0; i + 1 < block.size(); ++i)
    continuing += Continues(block[i], block[i + 1]);
  return continuing * 2 >= block.size() - 1;
}

void AddParagraph(const std::vector<Line>& block, size_t begin, size_t end,
                  std::vector<Paragraph>* out) {
  Paragraph paragraph;
  for (size_t i = begin; i < end; ++i) {
    if (!paragraph.text.empty()) paragraph.text += ' ';
    paragraph.text += block[i].text;
  }
  paragraph.first_line = block[begin].number;
  paragraph.last_line = block[end - 1].number;
  out->push_back(std::move(paragraph));
}

void SplitBlock(const std::vector<Line>& block, std::vector<Paragraph>* out) {
  if (!LooksHardWrapped(block)) {
    for (size_t i = 0; i < block.size(); ++i)
      AddParagraph(block, i, i + 1, out);
    return;
  }
  size_t widest = 0;
  for (const Line& line : block) widest = std::max(widest, line.width);
  size_t begin = 0;
  for (size_t i = 0; i < block.size(); ++i) {
    bool short_line =
        static_cast<double>(block[i].width) < kFullLineShare * widest;
    bool last = i + 1 == block.size();
    if (last || (short_line && EndsSentence(block[i].text))) {
      AddParagraph(block, begin, i + 1, out);
      begin = i + 1;
    }
  }
}

}  // namespace

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  std::string current;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r' || c == '\n') {
      lines.push_back(std::move(current));
      current.clear();
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      current += c;
    }
  }
  if (!current.empty()) lines.push_back(std::move(current));
  return lines;
}

bool IsBlankLine(std::string_view line) { return util::Trim(line).empty(); }

std::vector<Paragraph> SplitParagraphs(const std::vector<std::string>& lines,
                                       int first_line_number) {
  std::vector<Paragraph> paragraphs;
  std::vector<Line> block;
  for (size_t i = 0; i <= lines.size(); ++i) {
    if (i == lines.size() || IsBlankLine(lines[i])) {
      SplitBlock(block, &paragraphs);
      block.clear();
      continue;
    }
    std::string text = util::Trim(lines[i]);
    size_t width = util::CodePointCount(text);
    block.push_back(
        Line{std::move(text), first_line_number + static_cast<int>(i), width});
  }
  return paragraphs;
}

}  // namespace corroborate::ingest
