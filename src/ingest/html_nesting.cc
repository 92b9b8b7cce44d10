// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/html_nesting.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <vector>

#include "ingest/html_tag.h"
#include "util/text.h"

namespace corroborate::ingest {

namespace {

// Elements that never hold children (HTML standard, "void elements").
constexpr std::string_view kVoid[] = {
    "area",  "base", "br",   "col",   "embed",  "hr",    "img",
    "input", "link", "meta", "param", "source", "track", "wbr"};

// Elements whose end tag may be omitted: the parser closes them itself, so
// an unclosed one does not make the page deeper.
constexpr std::string_view kOptionalEnd[] = {
    "p",     "li",     "td",    "th",       "tr",     "dt",
    "dd",    "option", "rb",    "rt",       "rp",     "optgroup",
    "tbody", "thead",  "tfoot", "colgroup", "caption"};

// Elements whose content is raw text up to their end tag.
constexpr std::string_view kRawText[] = {"script", "style", "textarea",
                                         "title",  "xmp",   "plaintext"};

bool In(std::string_view name, const std::string_view* begin,
        const std::string_view* end) {
  return std::find(begin, end, name) != end;
}

template <size_t N>
bool In(std::string_view name, const std::string_view (&list)[N]) {
  return In(name, list, list + N);
}

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_';
}

std::string LowerName(std::string_view html, size_t begin, size_t* end) {
  size_t i = begin;
  while (i < html.size() && IsNameChar(html[i])) ++i;
  *end = i;
  return util::AsciiLower(html.substr(begin, i - begin));
}

// Finds the end of raw text started by <`name`>: the position of its
// "</name" (any case), or the page end.
size_t RawTextEnd(std::string_view html, size_t from, const std::string& name) {
  for (size_t pos = html.find("</", from); pos != std::string_view::npos;
       pos = html.find("</", pos + 2)) {
    size_t end = 0;
    if (LowerName(html, pos + 2, &end) == name) return pos;
  }
  return html.size();
}

// The scanner's state: the estimated stack of open elements and the
// number of dropped start tags per name, whose end tags are dropped too.
class Flattener {
 public:
  Flattener(std::string_view html, size_t max_depth, std::string* out)
      : html_(html), max_depth_(max_depth), out_(out) {}

  size_t Run() {
    size_t pos = 0;
    while ((pos = html_.find('<', pos)) != std::string_view::npos) {
      pos = Tag(pos);
    }
    if (dropped_ > 0) out_->append(html_.substr(kept_));
    return dropped_;
  }

 private:
  // Handles the markup at `pos` (a '<'); returns where scanning goes on.
  size_t Tag(size_t pos) {
    if (html_.substr(pos, 4) == "<!--") {
      size_t end = html_.find("-->", pos + 4);
      return end == std::string_view::npos ? html_.size() : end + 3;
    }
    bool closing = pos + 1 < html_.size() && html_[pos + 1] == '/';
    size_t name_end = 0;
    std::string name = LowerName(html_, pos + (closing ? 2 : 1), &name_end);
    if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0])))
      return pos + 1;  // "<!doctype", "<?xml", a lone "<"
    size_t end = FindTagClose(html_, pos);
    if (end == std::string_view::npos) return html_.size();
    if (closing) return EndTag(name, pos, end + 1);
    return StartTag(name, pos, end + 1);
  }

  size_t StartTag(const std::string& name, size_t pos, size_t next) {
    if (In(name, kRawText)) return RawTextEnd(html_, next, name);
    bool self_closing = html_[next - 2] == '/';
    if (self_closing || In(name, kVoid) || In(name, kOptionalEnd)) return next;
    if (open_.size() < max_depth_) {
      open_.push_back(name);
    } else {
      ++dropped_by_name_[name];
      Drop(pos, next);
    }
    return next;
  }

  size_t EndTag(const std::string& name, size_t pos, size_t next) {
    auto dropped = dropped_by_name_.find(name);
    if (dropped != dropped_by_name_.end() && dropped->second > 0) {
      --dropped->second;
      Drop(pos, next);
      return next;
    }
    auto open = std::find(open_.rbegin(), open_.rend(), name);
    if (open != open_.rend()) open_.erase(open.base() - 1, open_.end());
    return next;
  }

  // Leaves html_[begin, end) out of the output.
  void Drop(size_t begin, size_t end) {
    out_->append(html_.substr(kept_, begin - kept_));
    kept_ = end;
    ++dropped_;
  }

  std::string_view html_;
  size_t max_depth_;
  std::string* out_;
  std::vector<std::string> open_;
  std::unordered_map<std::string, size_t> dropped_by_name_;
  size_t kept_ = 0;  // html_[0, kept_) is in *out_ or dropped
  size_t dropped_ = 0;
};

}  // namespace

size_t FlattenDeepNesting(std::string_view html, size_t max_depth,
                          std::string* flattened) {
  std::string out;
  size_t dropped = Flattener(html, max_depth, &out).Run();
  if (dropped > 0) *flattened = std::move(out);
  return dropped;
}

}  // namespace corroborate::ingest
