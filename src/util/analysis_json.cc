// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "util/analysis_json.h"

#include <array>
#include <string>

namespace corroborate::util {
namespace {

using nlohmann::json;

constexpr std::array kReasons = {BoilerplateReason::kNone,
                                 BoilerplateReason::kPhotoCaption,
                                 BoilerplateReason::kPhotoCredit,
                                 BoilerplateReason::kByline,
                                 BoilerplateReason::kContributorLine,
                                 BoilerplateReason::kRelatedLink,
                                 BoilerplateReason::kSourcesList,
                                 BoilerplateReason::kStrayMarkup,
                                 BoilerplateReason::kRepeatedStandfirst,
                                 BoilerplateReason::kNavigation};

constexpr std::array kKinds = {SourceKind::kUnknown,      SourceKind::kPerson,
                               SourceKind::kOrganization, SourceKind::kOutlet,
                               SourceKind::kDocument,     SourceKind::kImagery,
                               SourceKind::kAnonymous};

constexpr std::array kEntityKinds = {
    EntityKind::kOther,  EntityKind::kPerson,  EntityKind::kOrganization,
    EntityKind::kOutlet, EntityKind::kCountry, EntityKind::kPlace};

constexpr std::array kDateKinds = {DateKind::kEvent, DateKind::kPublication,
                                   DateKind::kPhotoCaption};

// Reverse of ToString for the two enums; unknown names map to the default.
template <typename Enum, size_t N>
Enum EnumFromString(const std::array<Enum, N>& values,
                    const std::string& name) {
  for (Enum value : values) {
    if (ToString(value) == name) return value;
  }
  return values[0];
}

json ParagraphToJson(const Paragraph& p) {
  return {{"text", p.text},
          {"line", p.first_line},
          {"last_line", p.last_line},
          {"boilerplate", p.boilerplate},
          {"reason", ToString(p.reason)},
          {"language", p.language},
          {"damaged", p.damaged}};
}

json SpansToJson(const std::vector<TextSpan>& spans) {
  json out = json::array();
  for (const TextSpan& span : spans) {
    out.push_back({{"paragraph", span.paragraph},
                   {"begin", span.begin},
                   {"end", span.end}});
  }
  return out;
}

json AttributionToJson(const Attribution& a) {
  return {{"sentence", a.sentence},
          {"source_spans", SpansToJson(a.source_spans)},
          {"cue_spans", SpansToJson(a.cue_spans)},
          {"content_spans", SpansToJson(a.content_spans)},
          {"source", a.source},
          {"source_kind", ToString(a.source_kind)},
          {"source_role", a.source_role},
          {"via", a.via},
          {"via_kind", ToString(a.via_kind)},
          {"anonymous", a.anonymous},
          {"cue", a.cue},
          {"content", a.content},
          {"direct_quote", a.direct_quote}};
}

json ClaimToJson(const Claim& c) {
  json attributions = json::array();
  for (const ClaimAttribution& a : c.attributions) {
    attributions.push_back({{"article", a.article},
                            {"sentence", a.sentence},
                            {"text", a.text},
                            {"source", a.source},
                            {"source_role", a.source_role},
                            {"via", a.via},
                            {"anonymous", a.anonymous},
                            {"cue", a.cue},
                            {"role", a.role},
                            {"origin", a.origin}});
  }
  json origins = json::array();
  for (const Origin& o : c.origins) {
    origins.push_back({{"source", o.source},
                       {"via", o.via},
                       {"anonymous", o.anonymous},
                       {"articles", o.articles},
                       {"kind", o.kind},
                       {"independence", o.independence}});
  }
  json timeline = json::array();
  for (const TimelineEntry& t : c.timeline) {
    timeline.push_back({{"date", t.date},
                        {"date_inferred", t.date_inferred},
                        {"date_note", t.date_note},
                        {"article", t.article},
                        {"sentence", t.sentence},
                        {"event", t.event},
                        {"origin", t.origin}});
  }
  return {{"id", c.id},
          {"text", c.text},
          {"articles", c.articles},
          {"attributions", attributions},
          {"independent_origins", c.independent_origins},
          {"origins", origins},
          {"verdict", c.verdict},
          {"explanation", c.explanation},
          {"circular", c.circular},
          {"reasons", c.reasons},
          {"timeline", timeline}};
}

json GraphToJson(const SourceGraph& g) {
  json nodes = json::array();
  for (const SourceNode& n : g.nodes)
    nodes.push_back({{"id", n.id}, {"name", n.name}, {"kind", n.kind}});
  json edges = json::array();
  for (const SourceEdge& e : g.edges) {
    edges.push_back({{"from", e.from},
                     {"to", e.to},
                     {"kind", e.kind},
                     {"article", e.article},
                     {"sentence", e.sentence}});
  }
  return {{"nodes", nodes}, {"edges", edges}};
}

// Reads `json[key]` into `*out` when present; a type mismatch becomes a
// Corruption status instead of an exception escaping the store.
template <typename T>
Status Read(const json& object, const char* key, T* out) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return Status::Ok();
  try {
    *out = it->get<T>();
  } catch (const json::exception& e) {
    return Status::Corruption(key, e.what());
  }
  return Status::Ok();
}

#define RETURN_IF_ERROR(expr)          \
  do {                                 \
    Status status_ = (expr);           \
    if (!status_.ok()) return status_; \
  } while (0)

Status ReadParagraph(const json& j, Paragraph* p) {
  std::string reason;
  RETURN_IF_ERROR(Read(j, "text", &p->text));
  RETURN_IF_ERROR(Read(j, "line", &p->first_line));
  RETURN_IF_ERROR(Read(j, "last_line", &p->last_line));
  RETURN_IF_ERROR(Read(j, "boilerplate", &p->boilerplate));
  RETURN_IF_ERROR(Read(j, "reason", &reason));
  RETURN_IF_ERROR(Read(j, "language", &p->language));
  RETURN_IF_ERROR(Read(j, "damaged", &p->damaged));
  p->reason = EnumFromString(kReasons, reason);
  return Status::Ok();
}

// Reads `json[key]`, an array of {paragraph, begin, end}, into `*spans`.
Status ReadSpans(const json& object, const char* key,
                 std::vector<TextSpan>* spans) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return Status::Ok();
  if (!it->is_array()) return Status::Corruption(key, "not an array");
  for (const json& element : *it) {
    TextSpan span;
    RETURN_IF_ERROR(Read(element, "paragraph", &span.paragraph));
    RETURN_IF_ERROR(Read(element, "begin", &span.begin));
    RETURN_IF_ERROR(Read(element, "end", &span.end));
    spans->push_back(span);
  }
  return Status::Ok();
}

Status ReadAttribution(const json& j, Attribution* a) {
  std::string source_kind, via_kind;
  RETURN_IF_ERROR(Read(j, "sentence", &a->sentence));
  RETURN_IF_ERROR(Read(j, "source", &a->source));
  RETURN_IF_ERROR(Read(j, "source_kind", &source_kind));
  RETURN_IF_ERROR(Read(j, "source_role", &a->source_role));
  RETURN_IF_ERROR(Read(j, "via", &a->via));
  RETURN_IF_ERROR(Read(j, "via_kind", &via_kind));
  RETURN_IF_ERROR(Read(j, "anonymous", &a->anonymous));
  RETURN_IF_ERROR(Read(j, "cue", &a->cue));
  RETURN_IF_ERROR(Read(j, "content", &a->content));
  RETURN_IF_ERROR(Read(j, "direct_quote", &a->direct_quote));
  RETURN_IF_ERROR(ReadSpans(j, "source_spans", &a->source_spans));
  RETURN_IF_ERROR(ReadSpans(j, "cue_spans", &a->cue_spans));
  RETURN_IF_ERROR(ReadSpans(j, "content_spans", &a->content_spans));
  a->source_kind = EnumFromString(kKinds, source_kind);
  a->via_kind = EnumFromString(kKinds, via_kind);
  return Status::Ok();
}

// Reads the array `json[key]` element by element with `read`.
template <typename T, typename ReadOne>
Status ReadArray(const json& object, const char* key, std::vector<T>* out,
                 ReadOne read) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return Status::Ok();
  if (!it->is_array()) return Status::Corruption(key, "not an array");
  for (const json& element : *it) {
    if (!element.is_object())
      return Status::Corruption(key, "element is not an object");
    T value;
    RETURN_IF_ERROR(read(element, &value));
    out->push_back(std::move(value));
  }
  return Status::Ok();
}

Status ReadTimelineEntry(const json& e, TimelineEntry* t) {
  RETURN_IF_ERROR(Read(e, "date", &t->date));
  RETURN_IF_ERROR(Read(e, "date_inferred", &t->date_inferred));
  RETURN_IF_ERROR(Read(e, "date_note", &t->date_note));
  RETURN_IF_ERROR(Read(e, "article", &t->article));
  RETURN_IF_ERROR(Read(e, "sentence", &t->sentence));
  RETURN_IF_ERROR(Read(e, "event", &t->event));
  return Read(e, "origin", &t->origin);
}

Status ReadClaim(const json& j, Claim* c) {
  RETURN_IF_ERROR(Read(j, "id", &c->id));
  RETURN_IF_ERROR(Read(j, "text", &c->text));
  RETURN_IF_ERROR(Read(j, "articles", &c->articles));
  RETURN_IF_ERROR(Read(j, "independent_origins", &c->independent_origins));
  RETURN_IF_ERROR(Read(j, "verdict", &c->verdict));
  RETURN_IF_ERROR(Read(j, "explanation", &c->explanation));
  RETURN_IF_ERROR(Read(j, "circular", &c->circular));
  RETURN_IF_ERROR(
      ReadArray(j, "attributions", &c->attributions,
                [](const json& e, ClaimAttribution* a) {
                  RETURN_IF_ERROR(Read(e, "article", &a->article));
                  RETURN_IF_ERROR(Read(e, "sentence", &a->sentence));
                  RETURN_IF_ERROR(Read(e, "text", &a->text));
                  RETURN_IF_ERROR(Read(e, "source", &a->source));
                  RETURN_IF_ERROR(Read(e, "source_role", &a->source_role));
                  RETURN_IF_ERROR(Read(e, "via", &a->via));
                  RETURN_IF_ERROR(Read(e, "anonymous", &a->anonymous));
                  RETURN_IF_ERROR(Read(e, "role", &a->role));
                  RETURN_IF_ERROR(Read(e, "origin", &a->origin));
                  return Read(e, "cue", &a->cue);
                }));
  RETURN_IF_ERROR(Read(j, "reasons", &c->reasons));
  RETURN_IF_ERROR(ReadArray(j, "timeline", &c->timeline, ReadTimelineEntry));
  return ReadArray(j, "origins", &c->origins, [](const json& e, Origin* o) {
    RETURN_IF_ERROR(Read(e, "source", &o->source));
    RETURN_IF_ERROR(Read(e, "via", &o->via));
    RETURN_IF_ERROR(Read(e, "anonymous", &o->anonymous));
    RETURN_IF_ERROR(Read(e, "kind", &o->kind));
    RETURN_IF_ERROR(Read(e, "independence", &o->independence));
    return Read(e, "articles", &o->articles);
  });
}

Status ReadGraph(const json& j, SourceGraph* g) {
  RETURN_IF_ERROR(
      ReadArray(j, "nodes", &g->nodes, [](const json& e, SourceNode* n) {
        RETURN_IF_ERROR(Read(e, "id", &n->id));
        RETURN_IF_ERROR(Read(e, "name", &n->name));
        return Read(e, "kind", &n->kind);
      }));
  return ReadArray(j, "edges", &g->edges, [](const json& e, SourceEdge* d) {
    RETURN_IF_ERROR(Read(e, "from", &d->from));
    RETURN_IF_ERROR(Read(e, "to", &d->to));
    RETURN_IF_ERROR(Read(e, "kind", &d->kind));
    RETURN_IF_ERROR(Read(e, "article", &d->article));
    return Read(e, "sentence", &d->sentence);
  });
}

}  // namespace

namespace {

json EntityToJson(const Entity& e) {
  json mentions = json::array();
  for (const EntityMention& m : e.mentions) {
    mentions.push_back({{"paragraph", m.paragraph},
                        {"begin", m.begin},
                        {"end", m.end},
                        {"text", m.text}});
  }
  return {{"name", e.name},
          {"kind", ToString(e.kind)},
          {"role", e.role},
          {"aliases", e.aliases},
          {"confidence", e.confidence},
          {"mentions", mentions}};
}

json PlaceToJson(const Place& p) {
  return {{"name", p.name},
          {"canonical", p.canonical},
          {"country", p.country},
          {"lat", p.latitude},
          {"lon", p.longitude},
          {"gazetteer_id", p.gazetteer_id},
          {"paragraph", p.paragraph},
          {"begin", p.begin},
          {"confidence", p.confidence}};
}

json DateToJson(const DateMention& d) {
  return {{"text", d.text},          {"paragraph", d.paragraph},
          {"begin", d.begin},        {"date", d.date},
          {"inferred", d.inferred},  {"anchor", d.anchor},
          {"kind", ToString(d.kind)}};
}

Status ReadEntity(const json& j, Entity* e) {
  std::string kind;
  RETURN_IF_ERROR(Read(j, "name", &e->name));
  RETURN_IF_ERROR(Read(j, "kind", &kind));
  RETURN_IF_ERROR(Read(j, "role", &e->role));
  RETURN_IF_ERROR(Read(j, "aliases", &e->aliases));
  RETURN_IF_ERROR(Read(j, "confidence", &e->confidence));
  e->kind = EnumFromString(kEntityKinds, kind);
  return ReadArray(j, "mentions", &e->mentions,
                   [](const json& m, EntityMention* out) {
                     RETURN_IF_ERROR(Read(m, "paragraph", &out->paragraph));
                     RETURN_IF_ERROR(Read(m, "begin", &out->begin));
                     RETURN_IF_ERROR(Read(m, "end", &out->end));
                     return Read(m, "text", &out->text);
                   });
}

Status ReadPlace(const json& j, Place* p) {
  RETURN_IF_ERROR(Read(j, "name", &p->name));
  RETURN_IF_ERROR(Read(j, "canonical", &p->canonical));
  RETURN_IF_ERROR(Read(j, "country", &p->country));
  RETURN_IF_ERROR(Read(j, "lat", &p->latitude));
  RETURN_IF_ERROR(Read(j, "lon", &p->longitude));
  RETURN_IF_ERROR(Read(j, "gazetteer_id", &p->gazetteer_id));
  RETURN_IF_ERROR(Read(j, "paragraph", &p->paragraph));
  RETURN_IF_ERROR(Read(j, "begin", &p->begin));
  return Read(j, "confidence", &p->confidence);
}

Status ReadDate(const json& j, DateMention* d) {
  std::string kind;
  RETURN_IF_ERROR(Read(j, "text", &d->text));
  RETURN_IF_ERROR(Read(j, "paragraph", &d->paragraph));
  RETURN_IF_ERROR(Read(j, "begin", &d->begin));
  RETURN_IF_ERROR(Read(j, "date", &d->date));
  RETURN_IF_ERROR(Read(j, "inferred", &d->inferred));
  RETURN_IF_ERROR(Read(j, "anchor", &d->anchor));
  RETURN_IF_ERROR(Read(j, "kind", &kind));
  d->kind = EnumFromString(kDateKinds, kind);
  return Status::Ok();
}

}  // namespace

json ArticleToJson(const Article& a) {
  json paragraphs = json::array();
  for (const Paragraph& p : a.paragraphs)
    paragraphs.push_back(ParagraphToJson(p));
  json sentences = json::array();
  for (const Sentence& s : a.sentences) {
    sentences.push_back({{"paragraph", s.paragraph},
                         {"begin", s.begin},
                         {"end", s.end},
                         {"text", s.text}});
  }
  json attributions = json::array();
  for (const Attribution& at : a.attributions)
    attributions.push_back(AttributionToJson(at));
  json signals = json::array();
  for (const Signal& s : a.signals) {
    signals.push_back(
        {{"kind", s.kind}, {"sentence", s.sentence}, {"text", s.text}});
  }
  json damaged = json::array();
  for (const DamagedLine& d : a.damaged_lines) {
    damaged.push_back(
        {{"line", d.line}, {"problem", d.problem}, {"excerpt", d.excerpt}});
  }
  json entities = json::array();
  for (const Entity& e : a.entities) entities.push_back(EntityToJson(e));
  json places = json::array();
  for (const Place& p : a.places) places.push_back(PlaceToJson(p));
  json dates = json::array();
  for (const DateMention& d : a.dates) dates.push_back(DateToJson(d));
  return {{"id", a.id},
          {"path", a.path},
          {"url", a.url},
          {"title", a.title},
          {"date", a.date},
          {"site", a.site},
          {"byline", a.byline},
          {"contributors", a.contributors},
          {"encoding", a.encoding},
          {"content_hash", a.content_hash},
          {"language", a.language},
          {"quality", a.quality},
          {"low_quality", a.low_quality},
          {"quality_reasons", a.quality_reasons},
          {"paragraphs", paragraphs},
          {"sentences", sentences},
          {"attributions", attributions},
          {"signals", signals},
          {"damaged_lines", damaged},
          {"entities", entities},
          {"places", places},
          {"dates", dates}};
}

json ReuseToJson(const Reuse& r) {
  json passages = json::array();
  for (const Passage& p : r.passages) {
    passages.push_back({{"from_sentence", p.from_sentence},
                        {"to_sentence", p.to_sentence},
                        {"overlap", p.overlap}});
  }
  return {{"from", r.from},
          {"to", r.to},
          {"similarity", r.similarity},
          {"passages", passages}};
}

json StoryToJson(const Story& s) {
  json claims = json::array();
  for (const Claim& c : s.claims) claims.push_back(ClaimToJson(c));
  json entities = json::array();
  for (const StoryEntity& e : s.entities) {
    entities.push_back({{"name", e.name},
                        {"kind", ToString(e.kind)},
                        {"names", e.names},
                        {"articles", e.articles}});
  }
  return {{"id", s.id},
          {"title", s.title},
          {"articles", s.articles},
          {"claims", claims},
          {"graph", GraphToJson(s.graph)},
          {"entities", entities}};
}

json AnalysisToJson(const Analysis& analysis) {
  json articles = json::array();
  for (const Article& a : analysis.articles)
    articles.push_back(ArticleToJson(a));
  json reuse = json::array();
  for (const Reuse& r : analysis.reuse) reuse.push_back(ReuseToJson(r));
  json stories = json::array();
  for (const Story& s : analysis.stories) stories.push_back(StoryToJson(s));
  return {{"version", kOutputSchemaVersion},
          {"articles", articles},
          {"reuse", reuse},
          {"stories", stories}};
}

Result<Article> ArticleFromJson(const json& j) {
  if (!j.is_object()) return Status::Corruption("article", "not a JSON object");
  Article a;
  for (auto [key, field] : {std::pair{"id", &a.id},
                            {"path", &a.path},
                            {"url", &a.url},
                            {"title", &a.title},
                            {"date", &a.date},
                            {"site", &a.site},
                            {"byline", &a.byline},
                            {"encoding", &a.encoding},
                            {"content_hash", &a.content_hash},
                            {"language", &a.language}}) {
    RETURN_IF_ERROR(Read(j, key, field));
  }
  RETURN_IF_ERROR(Read(j, "contributors", &a.contributors));
  RETURN_IF_ERROR(Read(j, "quality", &a.quality));
  RETURN_IF_ERROR(Read(j, "low_quality", &a.low_quality));
  RETURN_IF_ERROR(Read(j, "quality_reasons", &a.quality_reasons));
  RETURN_IF_ERROR(ReadArray(j, "paragraphs", &a.paragraphs, ReadParagraph));
  RETURN_IF_ERROR(
      ReadArray(j, "sentences", &a.sentences, [](const json& e, Sentence* s) {
        RETURN_IF_ERROR(Read(e, "paragraph", &s->paragraph));
        RETURN_IF_ERROR(Read(e, "begin", &s->begin));
        RETURN_IF_ERROR(Read(e, "end", &s->end));
        return Read(e, "text", &s->text);
      }));
  RETURN_IF_ERROR(
      ReadArray(j, "attributions", &a.attributions, ReadAttribution));
  RETURN_IF_ERROR(
      ReadArray(j, "signals", &a.signals, [](const json& e, Signal* s) {
        RETURN_IF_ERROR(Read(e, "kind", &s->kind));
        RETURN_IF_ERROR(Read(e, "sentence", &s->sentence));
        return Read(e, "text", &s->text);
      }));
  RETURN_IF_ERROR(ReadArray(j, "damaged_lines", &a.damaged_lines,
                            [](const json& e, DamagedLine* d) {
                              RETURN_IF_ERROR(Read(e, "line", &d->line));
                              RETURN_IF_ERROR(Read(e, "problem", &d->problem));
                              return Read(e, "excerpt", &d->excerpt);
                            }));
  RETURN_IF_ERROR(ReadArray(j, "entities", &a.entities, ReadEntity));
  RETURN_IF_ERROR(ReadArray(j, "places", &a.places, ReadPlace));
  RETURN_IF_ERROR(ReadArray(j, "dates", &a.dates, ReadDate));
  return a;
}

Result<Reuse> ReuseFromJson(const json& j) {
  if (!j.is_object()) return Status::Corruption("reuse", "not a JSON object");
  Reuse r;
  RETURN_IF_ERROR(Read(j, "from", &r.from));
  RETURN_IF_ERROR(Read(j, "to", &r.to));
  RETURN_IF_ERROR(Read(j, "similarity", &r.similarity));
  RETURN_IF_ERROR(
      ReadArray(j, "passages", &r.passages, [](const json& e, Passage* p) {
        RETURN_IF_ERROR(Read(e, "from_sentence", &p->from_sentence));
        RETURN_IF_ERROR(Read(e, "to_sentence", &p->to_sentence));
        return Read(e, "overlap", &p->overlap);
      }));
  return r;
}

Result<Story> StoryFromJson(const json& j) {
  if (!j.is_object()) return Status::Corruption("story", "not a JSON object");
  Story s;
  RETURN_IF_ERROR(Read(j, "id", &s.id));
  RETURN_IF_ERROR(Read(j, "title", &s.title));
  RETURN_IF_ERROR(Read(j, "articles", &s.articles));
  RETURN_IF_ERROR(ReadArray(j, "claims", &s.claims, ReadClaim));
  if (auto it = j.find("graph"); it != j.end() && it->is_object())
    RETURN_IF_ERROR(ReadGraph(*it, &s.graph));
  // Stories stored before session 15 have no entities.
  if (j.contains("entities")) {
    RETURN_IF_ERROR(ReadArray(j, "entities", &s.entities,
                              [](const json& e, StoryEntity* out) {
                                std::string kind;
                                RETURN_IF_ERROR(Read(e, "name", &out->name));
                                RETURN_IF_ERROR(Read(e, "kind", &kind));
                                RETURN_IF_ERROR(Read(e, "names", &out->names));
                                out->kind = EnumFromString(kEntityKinds, kind);
                                return Read(e, "articles", &out->articles);
                              }));
  }
  return s;
}

}  // namespace corroborate::util
