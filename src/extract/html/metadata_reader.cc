// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "extract/html/metadata_reader.h"

#include <cctype>
#include <map>
#include <vector>

#include "extract/html/dom_text.h"
#include "extract/html/json_ld_reader.h"
#include "util/text.h"

namespace corroborate::extract_html {
namespace {

// What one walk over the page gathers before precedence is applied.
struct Gathered {
  std::map<std::string, std::string> meta;  // first value per lower-case key
  std::string title_tag, h1, canonical, lang, rel_author, itemprop_author;
  std::string time_datetime;
  JsonLdArticle json_ld;
};

// The text children of `node` as written (<title> is not visible text, so
// NodeText skips it).
std::string RawText(const GumboNode* node) {
  std::string out;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_TEXT)
      AppendCollapsed(child->v.text.text, &out);
  }
  return out;
}

void SetOnce(std::string* field, std::string value) {
  if (field->empty()) *field = util::Trim(value);
}

// SetOnce with the text of `node` (NodeText or RawText), computed only while
// `*field` is unset: pages with many, or nested, <h1> walked each subtree.
void SetOnceText(std::string* field, const GumboNode* node,
                 std::string (*text)(const GumboNode*)) {
  if (field->empty()) SetOnce(field, text(node));
}

void ReadMeta(const GumboNode* node, Gathered* out) {
  std::string_view content = Attribute(node, "content");
  if (content.empty()) return;
  for (const char* key : {"property", "name", "itemprop", "http-equiv"}) {
    std::string name = util::AsciiLower(Attribute(node, key));
    if (!name.empty()) out->meta.emplace(name, util::Trim(content));
  }
}

void ReadScript(const GumboNode* node, Gathered* out) {
  if (!util::EqualsIgnoreCase(Attribute(node, "type"), "application/ld+json"))
    return;
  if (!out->json_ld.headline.empty() || !out->json_ld.author.empty()) return;
  const GumboVector& children = node->v.element.children;
  if (children.length == 0) return;
  auto* text = static_cast<const GumboNode*>(children.data[0]);
  if (text->type != GUMBO_NODE_TEXT) return;
  JsonLdArticle found = ReadJsonLd(text->v.text.text);
  if (!found.headline.empty() || !found.author.empty() ||
      !found.published.empty()) {
    out->json_ld = found;
  }
}

void ReadElement(const GumboNode* node, Gathered* out) {
  switch (node->v.element.tag) {
    case GUMBO_TAG_HTML:
      SetOnce(&out->lang, std::string(Attribute(node, "lang")));
      break;
    case GUMBO_TAG_META:
      ReadMeta(node, out);
      break;
    case GUMBO_TAG_SCRIPT:
      ReadScript(node, out);
      return;
    case GUMBO_TAG_TITLE:
      SetOnceText(&out->title_tag, node, RawText);
      break;
    case GUMBO_TAG_H1:
      SetOnceText(&out->h1, node, NodeText);
      break;
    case GUMBO_TAG_TIME:
      SetOnce(&out->time_datetime, std::string(Attribute(node, "datetime")));
      break;
    case GUMBO_TAG_LINK:
      if (util::EqualsIgnoreCase(Attribute(node, "rel"), "canonical")) {
        SetOnce(&out->canonical, std::string(Attribute(node, "href")));
      }
      break;
    default:
      break;
  }
  if (util::EqualsIgnoreCase(Attribute(node, "rel"), "author") &&
      node->v.element.tag == GUMBO_TAG_A) {
    SetOnceText(&out->rel_author, node, NodeText);
  }
  if (util::EqualsIgnoreCase(Attribute(node, "itemprop"), "author")) {
    SetOnceText(&out->itemprop_author, node, NodeText);
  }
}

Gathered Gather(const GumboNode* root) {
  Gathered out;
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    const GumboVector* children = nullptr;
    if (node->type == GUMBO_NODE_DOCUMENT) {
      children = &node->v.document.children;
    } else if (node->type == GUMBO_NODE_ELEMENT ||
               node->type == GUMBO_NODE_TEMPLATE) {
      ReadElement(node, &out);
      children = &node->v.element.children;
    }
    if (children == nullptr) continue;
    for (unsigned i = children->length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(children->data[i - 1]));
    }
  }
  return out;
}

std::string FirstMeta(const Gathered& gathered,
                      std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    auto it = gathered.meta.find(key);
    if (it != gathered.meta.end() && !it->second.empty()) return it->second;
  }
  return "";
}

std::string FirstOf(std::initializer_list<std::string> values) {
  for (const std::string& value : values) {
    if (!value.empty()) return value;
  }
  return "";
}

// "en-US" or "en_us" gives "en"; anything not starting with two letters "".
std::string LanguageCode(std::string_view tag) {
  if (tag.size() < 2 || !std::isalpha(static_cast<unsigned char>(tag[0])) ||
      !std::isalpha(static_cast<unsigned char>(tag[1])) ||
      (tag.size() > 2 && std::isalpha(static_cast<unsigned char>(tag[2])))) {
    return "";
  }
  return util::AsciiLower(tag.substr(0, 2));
}

}  // namespace

std::string StripSiteSuffix(std::string_view title, std::string_view site) {
  std::string text = util::Trim(title);
  for (std::string_view separator : {" | ", " - ", " \xE2\x80\x94 ",
                                     " \xE2\x80\x93 ", " :: ", " \xC2\xBB "}) {
    size_t at = text.rfind(separator);
    if (at == std::string::npos || at == 0) continue;
    std::string head = util::Trim(std::string_view(text).substr(0, at));
    std::string tail =
        util::Trim(std::string_view(text).substr(at + separator.size()));
    bool is_site =
        !site.empty() && util::FoldCase(tail) == util::FoldCase(site);
    if (is_site || tail.size() < head.size()) return head;
  }
  return text;
}

std::string NormalizeDate(std::string_view text) {
  std::string trimmed = util::Trim(text);
  if (trimmed.size() < 10) return "";
  for (size_t i = 0; i < 10; ++i) {
    bool dash = i == 4 || i == 7;
    if (dash ? trimmed[i] != '-'
             : !std::isdigit(static_cast<unsigned char>(trimmed[i]))) {
      return "";
    }
  }
  return trimmed.substr(0, 10);
}

std::string DateFromUrl(std::string_view url) {
  // Looks for /YYYY/MM/DD/ with a plausible year, month and day.
  for (size_t i = 0; i + 11 < url.size(); ++i) {
    if (url[i] != '/' || url[i + 5] != '/' || url[i + 8] != '/') continue;
    std::string digits;
    for (size_t j : {1, 2, 3, 4, 6, 7, 9, 10}) digits += url[i + j];
    bool numeric = true;
    for (char c : digits)
      numeric &= std::isdigit(static_cast<unsigned char>(c)) != 0;
    if (!numeric || (url.size() > i + 11 && url[i + 11] != '/')) continue;
    int year = std::stoi(digits.substr(0, 4));
    int month = std::stoi(digits.substr(4, 2));
    int day = std::stoi(digits.substr(6, 2));
    if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 ||
        day > 31) {
      continue;
    }
    return digits.substr(0, 4) + "-" + digits.substr(4, 2) + "-" +
           digits.substr(6, 2);
  }
  return "";
}

PageMetadata ReadMetadata(const GumboNode* root, std::string_view url) {
  Gathered g = Gather(root);
  PageMetadata m;
  m.site = FirstOf({FirstMeta(g, {"og:site_name", "application-name"}),
                    g.json_ld.publisher});
  std::string title = FirstOf({FirstMeta(g, {"og:title", "twitter:title"}),
                               g.json_ld.headline, g.title_tag, g.h1});
  m.title = StripSiteSuffix(title, m.site);
  m.byline = FirstOf({FirstMeta(g, {"author", "article:author", "dc.creator",
                                    "byl", "sailthru.author"}),
                      g.json_ld.author, g.rel_author, g.itemprop_author});
  if (m.byline.rfind("http", 0) == 0) m.byline.clear();  // a profile URL
  m.date = FirstOf({NormalizeDate(FirstMeta(
                        g, {"article:published_time", "datepublished",
                            "dc.date", "date", "pubdate", "publishdate"})),
                    NormalizeDate(g.json_ld.published),
                    NormalizeDate(g.time_datetime), DateFromUrl(url)});
  m.canonical = g.canonical.rfind("http", 0) == 0 ? g.canonical : "";
  m.language =
      FirstOf({LanguageCode(g.lang),
               LanguageCode(FirstMeta(g, {"content-language", "og:locale"}))});
  m.description =
      FirstMeta(g, {"og:description", "description", "twitter:description"});
  return m;
}

}  // namespace corroborate::extract_html
