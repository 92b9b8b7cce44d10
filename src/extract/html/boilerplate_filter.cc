// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "extract/html/boilerplate_filter.h"

#include <array>
#include <string>

#include "util/text.h"

namespace corroborate::extract_html {
namespace {

using Reason = BoilerplateReason;

// Stock lines are short: the longest in the lexicon below ("Sign up for our
// daily newsletter to get the latest news") has 10 words; longer text is
// prose even if it starts the same way.
constexpr size_t kMaxStockWords = 12;
// Link text above this share of a block makes it a link, not prose
// (Readability's cleanConditionally drops blocks over 0.5).
constexpr double kMaxLinkDensity = 0.5;
// A "By ..." line longer than this is a sentence, not a byline.
constexpr size_t kMaxBylineWords = 10;
// Only paragraphs of at least this many words are dropped as repeats: short
// lines ("Serves 4") legitimately recur in recipes and lists, while a
// repeated standfirst is a full sentence.
constexpr size_t kMinRepeatWords = 10;

struct StockLine {
  std::string_view prefix;  // case-folded
  Reason reason;
};

// Common English page furniture, from trafilatura's and jusText's
// boilerplate lists and general news-site conventions.
constexpr std::array kStockLines = {
    StockLine{"advertisement", Reason::kNavigation},
    StockLine{"sponsored", Reason::kNavigation},
    StockLine{"story continues below", Reason::kNavigation},
    StockLine{"article continues below", Reason::kNavigation},
    StockLine{"share this", Reason::kNavigation},
    StockLine{"share on", Reason::kNavigation},
    StockLine{"share article", Reason::kNavigation},
    StockLine{"sign up", Reason::kNavigation},
    StockLine{"subscribe", Reason::kNavigation},
    StockLine{"follow us", Reason::kNavigation},
    StockLine{"click here", Reason::kNavigation},
    StockLine{"skip to", Reason::kNavigation},
    StockLine{"leave a comment", Reason::kNavigation},
    StockLine{"comments", Reason::kNavigation},
    StockLine{"all rights reserved", Reason::kNavigation},
    StockLine{"copyright", Reason::kNavigation},
    StockLine{"\xC2\xA9", Reason::kNavigation},  // ©
    StockLine{"like this:", Reason::kNavigation},
    StockLine{"like loading", Reason::kNavigation},
    StockLine{"loading", Reason::kNavigation},
    StockLine{"this slideshow requires", Reason::kNavigation},
    StockLine{"reporting by", Reason::kContributorLine},
    StockLine{"(reporting by", Reason::kContributorLine},
    StockLine{"additional reporting", Reason::kContributorLine},
    StockLine{"editing by", Reason::kContributorLine},
    StockLine{"published ", Reason::kByline},
    StockLine{"updated ", Reason::kByline},
    StockLine{"filed under", Reason::kNavigation},
    StockLine{"read more", Reason::kRelatedLink},
    StockLine{"you may also", Reason::kRelatedLink},
    StockLine{"you might also", Reason::kRelatedLink},
    StockLine{"see more", Reason::kRelatedLink},
    StockLine{"don't miss", Reason::kRelatedLink},
    StockLine{"don\xE2\x80\x99t miss", Reason::kRelatedLink},
    StockLine{"more in ", Reason::kRelatedLink},
    StockLine{"more great", Reason::kRelatedLink},
    StockLine{"popular on", Reason::kRelatedLink},
    StockLine{"read next", Reason::kRelatedLink},
    StockLine{"related", Reason::kRelatedLink},
    StockLine{"see also", Reason::kRelatedLink},
    StockLine{"more from", Reason::kRelatedLink},
    StockLine{"recommended", Reason::kRelatedLink},
    StockLine{"you may also like", Reason::kRelatedLink},
    StockLine{"most read", Reason::kRelatedLink},
    StockLine{"continue reading", Reason::kRelatedLink},
    StockLine{"watch:", Reason::kRelatedLink},
    StockLine{"photo:", Reason::kPhotoCredit},
    StockLine{"photograph:", Reason::kPhotoCredit},
    StockLine{"image:", Reason::kPhotoCredit},
    StockLine{"credit:", Reason::kPhotoCredit},
    StockLine{"(photo", Reason::kPhotoCredit},
};

// A paragraph this much link is a headline link; two or more in a row are a
// list of other stories even when written as <p>s.
constexpr double kLinkParagraphDensity = 0.9;
constexpr size_t kMinLinkRun = 2;

size_t WordCount(std::string_view text) { return util::Words(text).size(); }

// "Follow us on Facebook, Instagram and X" names several networks.
int SocialNetworkCount(std::string_view folded) {
  int count = 0;
  for (std::string_view network :
       {"facebook", "twitter", "instagram", "youtube", "linkedin", "tiktok",
        "whatsapp", "pinterest"}) {
    if (folded.find(network) != std::string_view::npos) ++count;
  }
  return count;
}

// Agency and photo-desk credits that stand alone under an image
// ("Jane Roe/Getty Images", "(Image: AP)", "Photo by ...").
bool IsCreditLine(std::string_view folded) {
  for (std::string_view mark :
       {"getty images", "/getty", "(image:", "(photo:", "photo by ", "/afp",
        "/reuters", "/ap photo", "(ap photo", "shutterstock"}) {
    if (folded.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

bool IsByline(std::string_view text, const PageMetadata& metadata) {
  std::string folded = util::FoldCase(util::Trim(text));
  if (!metadata.byline.empty() && folded == util::FoldCase(metadata.byline)) {
    return true;
  }
  return folded.rfind("by ", 0) == 0 && WordCount(text) <= kMaxBylineWords &&
         folded.back() != '.';
}

Reason ContentReason(const Block& block, const PageMetadata& metadata) {
  if (block.context != Reason::kNone) return block.context;
  // A <p> of the article may be a link ("Get the full recipe here"); link
  // lists come as list items and divs (Readability's cleanConditionally
  // likewise spares paragraphs).
  bool paragraph = block.tag == GUMBO_TAG_P && !block.in_list;
  if (!paragraph && static_cast<double>(block.link_bytes) >
                        kMaxLinkDensity * block.text.size()) {
    return Reason::kRelatedLink;
  }
  Reason stock = StockLineReason(block.text);
  if (stock != Reason::kNone) return stock;
  if (IsByline(block.text, metadata)) return Reason::kByline;
  return Reason::kNone;
}

Reason OutsideReason(const Block& block) {
  if (block.context != Reason::kNone) return block.context;
  return static_cast<double>(block.link_bytes) >
                 kMaxLinkDensity * block.text.size()
             ? Reason::kRelatedLink
             : Reason::kNavigation;
}

bool IsLinkParagraph(const Block& block, const BlockVerdict& verdict) {
  return !verdict.headline && verdict.reason == Reason::kNone &&
         static_cast<double>(block.link_bytes) >=
             kLinkParagraphDensity * block.text.size();
}

// Marks runs of kMinLinkRun or more consecutive all-link body paragraphs as
// related links.
void MarkLinkRuns(const std::vector<Block>& blocks,
                  std::vector<BlockVerdict>* verdicts) {
  size_t run_start = 0;
  for (size_t i = 0; i <= blocks.size(); ++i) {
    if (i < blocks.size() && IsLinkParagraph(blocks[i], (*verdicts)[i])) {
      continue;
    }
    if (i - run_start >= kMinLinkRun) {
      for (size_t j = run_start; j < i; ++j) {
        (*verdicts)[j].reason = Reason::kRelatedLink;
      }
    }
    run_start = i + 1;
  }
}

}  // namespace

BoilerplateReason StockLineReason(std::string_view text) {
  std::string folded = util::FoldCase(util::Trim(text));
  if (WordCount(text) > kMaxStockWords) return Reason::kNone;
  for (const StockLine& line : kStockLines) {
    if (folded.rfind(line.prefix, 0) == 0) return line.reason;
  }
  if (folded.find("all rights reserved") != std::string::npos ||
      folded.find("\xC2\xA9") != std::string::npos ||
      SocialNetworkCount(folded) >= 2) {
    return Reason::kNavigation;
  }
  if (folded.find("contributed reporting") != std::string::npos ||
      folded.find("contributed to this report") != std::string::npos) {
    return Reason::kContributorLine;
  }
  if (IsCreditLine(folded)) return Reason::kPhotoCredit;
  return Reason::kNone;
}

std::vector<BlockVerdict> ClassifyBlocks(const std::vector<Block>& blocks,
                                         const std::vector<bool>& in_content,
                                         const PageMetadata& metadata) {
  std::vector<BlockVerdict> verdicts(blocks.size());
  std::string folded_title = util::FoldCase(metadata.title);
  // Only the standfirst (the page's description) counts as a repeat: other
  // paragraphs recur legitimately (the same question put to each person in
  // an interview series, the same line under each item of a meal plan).
  std::string folded_standfirst = util::FoldCase(metadata.description);
  bool standfirst_seen = false;
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& block = blocks[i];
    BlockVerdict& verdict = verdicts[i];
    std::string folded = util::FoldCase(block.text);
    if (block.in_h1 || (!folded_title.empty() && folded == folded_title)) {
      verdict.headline = true;
      continue;
    }
    verdict.reason =
        in_content[i] ? ContentReason(block, metadata) : OutsideReason(block);
    if (verdict.reason == Reason::kNone && folded == folded_standfirst &&
        WordCount(block.text) >= kMinRepeatWords) {
      if (standfirst_seen) verdict.reason = Reason::kRepeatedStandfirst;
      standfirst_seen = true;
    }
  }
  MarkLinkRuns(blocks, &verdicts);
  return verdicts;
}

}  // namespace corroborate::extract_html
