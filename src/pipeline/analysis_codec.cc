// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "pipeline/analysis_codec.h"

#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>

namespace corroborate::pipeline {
namespace {

// The fields of each struct of article.h, in one list per struct that
// serves both directions: `v` is a Writer (const structs) or a Reader.
// A field added to article.h must be added here (tests/mpi/
// analysis_codec_test.cc checks that fully filled values survive the
// round trip).
template <class T, class U>
concept Is = std::is_same_v<std::remove_const_t<T>, U>;

template <class V, Is<Paragraph> T>
void FieldsOf(V& v, T& p) {
  v(p.text), v(p.first_line), v(p.last_line), v(p.boilerplate), v(p.reason),
      v(p.language), v(p.damaged);
}

template <class V, Is<Sentence> T>
void FieldsOf(V& v, T& s) {
  v(s.paragraph), v(s.begin), v(s.end), v(s.text);
}

template <class V, Is<TextSpan> T>
void FieldsOf(V& v, T& s) {
  v(s.paragraph), v(s.begin), v(s.end);
}

template <class V, Is<Attribution> T>
void FieldsOf(V& v, T& a) {
  v(a.sentence), v(a.source), v(a.source_kind), v(a.source_role), v(a.via),
      v(a.via_kind), v(a.anonymous), v(a.cue), v(a.content), v(a.direct_quote),
      v(a.source_spans), v(a.cue_spans), v(a.content_spans);
}

template <class V, Is<Signal> T>
void FieldsOf(V& v, T& s) {
  v(s.kind), v(s.sentence), v(s.text);
}

template <class V, Is<DamagedLine> T>
void FieldsOf(V& v, T& d) {
  v(d.line), v(d.problem), v(d.excerpt);
}

template <class V, Is<EntityMention> T>
void FieldsOf(V& v, T& m) {
  v(m.paragraph), v(m.begin), v(m.end), v(m.text);
}

template <class V, Is<Entity> T>
void FieldsOf(V& v, T& e) {
  v(e.name), v(e.kind), v(e.mentions), v(e.role), v(e.aliases), v(e.confidence);
}

template <class V, Is<Place> T>
void FieldsOf(V& v, T& p) {
  v(p.name), v(p.canonical), v(p.country), v(p.latitude), v(p.longitude),
      v(p.gazetteer_id), v(p.paragraph), v(p.begin), v(p.confidence);
}

template <class V, Is<DateMention> T>
void FieldsOf(V& v, T& d) {
  v(d.text), v(d.paragraph), v(d.begin), v(d.date), v(d.inferred), v(d.anchor),
      v(d.kind);
}

template <class V, Is<Article> T>
void FieldsOf(V& v, T& a) {
  v(a.id), v(a.path), v(a.url), v(a.title), v(a.date), v(a.site), v(a.byline),
      v(a.contributors), v(a.encoding), v(a.content_hash), v(a.language),
      v(a.quality), v(a.low_quality), v(a.quality_reasons), v(a.html),
      v(a.paragraphs), v(a.sentences), v(a.attributions), v(a.signals),
      v(a.damaged_lines), v(a.entities), v(a.places), v(a.dates);
}

template <class V, Is<Passage> T>
void FieldsOf(V& v, T& p) {
  v(p.from_sentence), v(p.to_sentence), v(p.overlap);
}

template <class V, Is<Reuse> T>
void FieldsOf(V& v, T& r) {
  v(r.from), v(r.to), v(r.similarity), v(r.passages);
}

template <class V, Is<ClaimAttribution> T>
void FieldsOf(V& v, T& a) {
  v(a.article), v(a.sentence), v(a.text), v(a.source), v(a.source_role),
      v(a.via), v(a.anonymous), v(a.cue), v(a.role), v(a.origin);
}

template <class V, Is<Origin> T>
void FieldsOf(V& v, T& o) {
  v(o.source), v(o.via), v(o.anonymous), v(o.articles), v(o.kind),
      v(o.independence);
}

template <class V, Is<TimelineEntry> T>
void FieldsOf(V& v, T& e) {
  v(e.date), v(e.date_inferred), v(e.date_note), v(e.article), v(e.sentence),
      v(e.event), v(e.origin);
}

template <class V, Is<SourceNode> T>
void FieldsOf(V& v, T& n) {
  v(n.id), v(n.name), v(n.kind);
}

template <class V, Is<SourceEdge> T>
void FieldsOf(V& v, T& e) {
  v(e.from), v(e.to), v(e.kind), v(e.article), v(e.sentence);
}

template <class V, Is<SourceGraph> T>
void FieldsOf(V& v, T& g) {
  v(g.nodes), v(g.edges);
}

template <class V, Is<Claim> T>
void FieldsOf(V& v, T& c) {
  v(c.id), v(c.text), v(c.articles), v(c.attributions), v(c.origins),
      v(c.independent_origins), v(c.verdict), v(c.explanation), v(c.circular),
      v(c.reasons), v(c.timeline);
}

template <class V, Is<StoryEntity> T>
void FieldsOf(V& v, T& e) {
  v(e.name), v(e.kind), v(e.names), v(e.articles);
}

template <class V, Is<Story> T>
void FieldsOf(V& v, T& s) {
  v(s.id), v(s.title), v(s.articles), v(s.claims), v(s.graph), v(s.entities);
}

class Writer {
 public:
  explicit Writer(std::string* out) : out_(out) {}

  template <class T>
  void operator()(const T& value) {
    if constexpr (std::is_arithmetic_v<T>) {
      out_->append(reinterpret_cast<const char*>(&value), sizeof value);
    } else if constexpr (std::is_enum_v<T>) {
      (*this)(static_cast<int64_t>(value));
    } else {
      FieldsOf(*this, value);
    }
  }
  void operator()(const std::string& text) {
    (*this)(static_cast<uint64_t>(text.size()));
    out_->append(text);
  }
  template <class T>
  void operator()(const std::vector<T>& items) {
    (*this)(static_cast<uint64_t>(items.size()));
    for (const T& item : items) (*this)(item);
  }

 private:
  std::string* out_;
};

class Reader {
 public:
  Reader(std::string_view in, size_t pos) : in_(in), pos_(pos) {}

  bool ok() const { return ok_; }
  size_t pos() const { return pos_; }

  template <class T>
  void operator()(T& value) {
    if constexpr (std::is_arithmetic_v<T>) {
      Raw(&value, sizeof value);
    } else if constexpr (std::is_enum_v<T>) {
      int64_t number = 0;
      Raw(&number, sizeof number);
      value = static_cast<T>(number);
    } else {
      FieldsOf(*this, value);
    }
  }
  void operator()(std::string& text) {
    const uint64_t size = Length();
    if (!ok_) return;
    text.assign(in_.substr(pos_, size));
    pos_ += size;
  }
  template <class T>
  void operator()(std::vector<T>& items) {
    // Every item takes at least one byte, so Length bounds the count.
    items.resize(Length());
    for (T& item : items) {
      if (!ok_) return;
      (*this)(item);
    }
  }

 private:
  void Raw(void* to, size_t size) {
    if (!ok_ || size > in_.size() - pos_) {
      ok_ = false;
      std::memset(to, 0, size);
      return;
    }
    std::memcpy(to, in_.data() + pos_, size);
    pos_ += size;
  }
  // A length, or 0 (and not ok) if it runs past the end of the input.
  uint64_t Length() {
    uint64_t size = 0;
    Raw(&size, sizeof size);
    if (size > in_.size() - pos_) ok_ = false;
    return ok_ ? size : 0;
  }

  std::string_view in_;
  size_t pos_;
  bool ok_ = true;
};

template <class T>
void Encode(const T& value, std::string* out) {
  Writer writer(out);
  writer(value);
}

template <class T>
bool Decode(std::string_view in, size_t* pos, T* value) {
  Reader reader(in, *pos);
  reader(*value);
  *pos = reader.pos();
  return reader.ok();
}

}  // namespace

void EncodeArticle(const Article& article, std::string* out) {
  Encode(article, out);
}
bool DecodeArticle(std::string_view in, size_t* pos, Article* article) {
  return Decode(in, pos, article);
}
void EncodeReuse(const Reuse& reuse, std::string* out) { Encode(reuse, out); }
bool DecodeReuse(std::string_view in, size_t* pos, Reuse* reuse) {
  return Decode(in, pos, reuse);
}
void EncodeStory(const Story& story, std::string* out) { Encode(story, out); }
bool DecodeStory(std::string_view in, size_t* pos, Story* story) {
  return Decode(in, pos, story);
}
void EncodeInt(int64_t value, std::string* out) { Encode(value, out); }
bool DecodeInt(std::string_view in, size_t* pos, int64_t* value) {
  return Decode(in, pos, value);
}

}  // namespace corroborate::pipeline
