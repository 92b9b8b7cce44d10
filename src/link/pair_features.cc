// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "link/pair_features.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

#include <xxhash.h>

#include "link/event_days.h"
#include "link/event_terms.h"
#include "link/word_stemmer.h"
#include "util/text.h"

namespace corroborate::link {
namespace {

// A name counts as rare when at most this share of the articles carry it
// (at least 2 articles): in polnear-train-events.jsonl the candidates'
// names are in nearly every article and tell no event apart; the names of
// a happening's place and minor players are in a handful.
constexpr double kRareNameShare = 0.05;
// A word 5-gram or a number is rare in at most this many articles: a
// quote or a figure that a few reports of one event repeat, not a stock
// phrase of the whole set.
constexpr int kRareItemDf = 3;
constexpr size_t kGramWords = 5;
// Numbers of fewer digits ("2", "10") are too common to tell events apart.
constexpr size_t kMinNumberDigits = 3;

enum Seed : uint64_t { kNameSeed = 1, kGramSeed = 2, kNumberSeed = 3 };

uint64_t Hash(std::string_view text, Seed seed) {
  return XXH3_64bits_withSeed(text.data(), text.size(), seed);
}

// A number of kMinNumberDigits or more digits that is not a year.
bool IsTellingNumber(std::string_view word) {
  if (word.size() < kMinNumberDigits ||
      !std::all_of(word.begin(), word.end(),
                   [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  const int value = std::atoi(std::string(word).c_str());
  return !(word.size() == 4 && value >= 1900 && value <= 2099);
}

// The texts an article is read from: title, then sentences (or
// non-boilerplate paragraphs), as EventTerms reads them.
std::vector<std::string_view> Texts(const Article& article) {
  std::vector<std::string_view> texts = {article.title};
  for (const Sentence& s : article.sentences) texts.push_back(s.text);
  if (article.sentences.empty()) {
    for (const Paragraph& p : article.paragraphs)
      if (!p.boilerplate) texts.push_back(p.text);
  }
  return texts;
}

void SortUnique(std::vector<uint64_t>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

// Fills names (two capitalised words in a row, the first not opening its
// sentence), body word 5-grams and numbers.
void AddItems(const Article& article, std::vector<uint64_t>* names,
              std::vector<uint64_t>* grams, std::vector<uint64_t>* numbers) {
  std::vector<std::string> body;
  for (std::string_view text : Texts(article)) {
    const std::vector<std::string> words = util::Words(text);
    for (size_t i = 1; i + 1 < words.size(); ++i) {
      if (util::StartsUpper(words[i]) && util::StartsUpper(words[i + 1])) {
        names->push_back(Hash(
            util::FoldAccents(words[i]) + " " + util::FoldAccents(words[i + 1]),
            kNameSeed));
      }
    }
    for (const std::string& w : words)
      if (IsTellingNumber(w)) numbers->push_back(Hash(w, kNumberSeed));
    if (text.data() == article.title.data()) continue;
    for (std::string& w : util::FoldedWords(text)) body.push_back(std::move(w));
  }
  for (size_t i = 0; i + kGramWords <= body.size(); ++i) {
    std::string gram;
    for (size_t k = i; k < i + kGramWords; ++k) gram += body[k] + " ";
    grams->push_back(Hash(gram, kGramSeed));
  }
  SortUnique(names);
  SortUnique(grams);
  SortUnique(numbers);
}

bool SharesDay(const std::vector<long>& a, const std::vector<long>& b) {
  std::vector<long> shared;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(),
                        std::back_inserter(shared));
  return !shared.empty();
}

}  // namespace

const std::array<std::string_view, kPairFeatureCount>& PairFeatureNames() {
  static const std::array<std::string_view, kPairFeatureCount> kNames = {
      "body_cosine",      "lead_cosine",  "title_cosine",
      "lead_body_cosine", "shared_names", "shared_grams",
      "shared_numbers",   "days_apart",   "shared_event_day",
      "event_day_clash"};
  return kNames;
}

PairFeatureTable::PairFeatureTable(const std::vector<Article>& articles) {
  WordStemmer stemmer;
  std::vector<std::vector<WeightedTerm>> bodies;
  for (const Article& a : articles) bodies.push_back(EventTerms(a, &stemmer));
  const IdfTable idf(bodies);
  std::vector<uint64_t> all;
  for (size_t i = 0; i < articles.size(); ++i) {
    Profile p;
    p.body = idf.Vector(bodies[i]);
    p.lead = idf.Vector(LeadTerms(articles[i], &stemmer));
    p.title = idf.Vector(TitleTerms(articles[i], &stemmer));
    AddItems(articles[i], &p.names, &p.grams, &p.numbers);
    p.day = DayNumber(articles[i].date);
    p.event_days = LeadEventDays(articles[i]);
    for (const auto* v : {&p.names, &p.grams, &p.numbers})
      all.insert(all.end(), v->begin(), v->end());
    profiles_.push_back(std::move(p));
  }
  std::sort(all.begin(), all.end());
  for (size_t i = 0; i < all.size();) {
    size_t j = i;
    while (j < all.size() && all[j] == all[i]) ++j;
    df_.emplace_back(all[i], static_cast<int>(j - i));
    i = j;
  }
  max_name_df_ = std::max(
      2,
      static_cast<int>(kRareNameShare * static_cast<double>(articles.size())));
}

int PairFeatureTable::Df(uint64_t key) const {
  auto it = std::lower_bound(df_.begin(), df_.end(), std::make_pair(key, 0));
  return it != df_.end() && it->first == key ? it->second : 0;
}

double PairFeatureTable::SharedNames(const Profile& a, const Profile& b) const {
  std::vector<uint64_t> shared;
  std::set_intersection(a.names.begin(), a.names.end(), b.names.begin(),
                        b.names.end(), std::back_inserter(shared));
  const double n = static_cast<double>(profiles_.size());
  double sum = 0;
  for (uint64_t key : shared) {
    const int df = Df(key);
    if (df <= max_name_df_) sum += std::log(n / df);
  }
  return std::log1p(sum);
}

double PairFeatureTable::SharedRare(const std::vector<uint64_t>& a,
                                    const std::vector<uint64_t>& b,
                                    int max_df) const {
  std::vector<uint64_t> shared;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(),
                        std::back_inserter(shared));
  int count = 0;
  for (uint64_t key : shared) count += Df(key) <= max_df ? 1 : 0;
  return std::log1p(count);
}

double PairFeatureTable::BodyCosine(int a, int b) const {
  return Cosine(profiles_[static_cast<size_t>(a)].body,
                profiles_[static_cast<size_t>(b)].body);
}

PairFeatures PairFeatureTable::Features(int a, int b) const {
  const Profile& x = profiles_[static_cast<size_t>(a)];
  const Profile& y = profiles_[static_cast<size_t>(b)];
  PairFeatures f{};
  f[kBodyCosine] = Cosine(x.body, y.body);
  f[kLeadCosine] = Cosine(x.lead, y.lead);
  f[kTitleCosine] = Cosine(x.title, y.title);
  f[kLeadBodyCosine] = std::max(Cosine(x.lead, y.body), Cosine(y.lead, x.body));
  f[kSharedNames] = SharedNames(x, y);
  f[kSharedGrams] = SharedRare(x.grams, y.grams, kRareItemDf);
  f[kSharedNumbers] = SharedRare(x.numbers, y.numbers, kRareItemDf);
  f[kDaysApart] = x.day < 0 || y.day < 0
                      ? kUnknownDaysApart
                      : static_cast<double>(std::labs(x.day - y.day));
  const bool shared = SharesDay(x.event_days, y.event_days);
  f[kSharedEventDay] = shared ? 1.0 : 0.0;
  f[kEventDayClash] =
      !shared && !x.event_days.empty() && !y.event_days.empty() ? 1.0 : 0.0;
  return f;
}

}  // namespace corroborate::link
