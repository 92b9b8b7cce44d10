// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "extract/boilerplate_patterns.h"

#include <string>

#include <re2/re2.h>

#include "util/text.h"

namespace corroborate::extract {

namespace {

// A lone credit is a name or an agency: "(Photo: Jane Doe / AGENCY)" has at
// most ~8 words; 12 leaves room for "via" chains ("X for Y via Getty Images").
constexpr size_t kMaxCreditWords = 12;
// After "Photo:" a credit names a person or agency ("Jane Doe / AGENCY",
// "Port Authority handout"): at most 6 words.
constexpr size_t kMaxCreditNameWords = 6;
// "Source: Reuters, AFP" or "Image: Jane Doe" as a whole paragraph; more words
// after such a label make it a caption or a sentence.
constexpr size_t kMaxLabelWords = 8;

// News agencies and picture services that appear in photo credits.
#define CORROBORATE_AGENCIES                     \
  "(?:AP|AFP|Reuters|REUTERS|EPA|EPA-EFE|Getty " \
  "Images|Getty|Shutterstock|Anadolu|"           \
  "Xinhua|UPI|Alamy|PA|PA Images|AAP|Bloomberg|dpa|Sipa|TASS|WANA|Flash90)"

const RE2& StrayMarkup() {
  static const RE2 kPattern(
      "(?i)^(?:img|image|images|photo|video|iframe|embed|figure|figcaption|"
      "div|span|br|hr|nbsp|null|undefined|nan|caption|loading\\.*|"
      "\\[?embedded content\\]?)$"
      "|^(?:\\s*</?[a-zA-Z][^>]*>\\s*)+$|^&[a-zA-Z]+;$|^\\{\\{.*\\}\\}$"
      // WordPress-style shortcodes: "[caption id=...]", "[/embed]".
      "|^(?-i:\\[/?[a-z_]+(?:\\s[^\\]]*)?\\])$");
  return kPattern;
}

const RE2& Navigation() {
  static const RE2 kPattern(
      "(?i)^(?:advertisement|advertising|sponsored(?: content)?|ad)$"
      "|^(?:share|tweet|email|print|comment)"
      "(?: this(?: article| story| page)?)?(?: on [\\w ]+)?:?$"
      "|^share (?:this|the) (?:article|story)\\b|^follow us\\b|^sign up\\b"
      "|^subscribe\\b|^click here\\b|^download (?:our|the) app\\b|^join our\\b"
      "|\\ball rights reserved\\b|^(?:copyright|\\(c\\))\\s"
      // "© 2021 Name", but not the "Ã©" of mojibake.
      "|(?:^|\\s)©\\s*(?:\\d|\\p{Lu})"
      "|^(?:skip to (?:main )?content|back to top|jump to)\\b"
      "|\\bcookies?\\b.*\\b(?:accept|consent|policy|settings)\\b"
      "|^(?:log ?in|sign in|register|menu|search|home|comments?|"
      "leave a comment)$"
      "|^(?:tags?|topics?|filed under|categories)\\s*:"
      "|^(?:published|updated|posted|last updated)(?: on| at)?:?\\s[^.]*\\d");
  return kPattern;
}

const RE2& SourcesList() {
  static const RE2 kPattern(
      "(?i)^\\[\\s*(?:sources?|via|references?)\\s*:[^\\]]*\\]$");
  return kPattern;
}

const RE2& SourcesLabel() {
  static const RE2 kPattern(
      "(?i)^(?:sources?|via|references?)\\s*:\\s*[^.]+\\.?$");
  return kPattern;
}

// "Photo: X", "(photo credit: X / AGENCY)", "Credit: X"; captures X.
const RE2& CreditLabel() {
  static const RE2 kPattern(
      "(?i)\\(?\\s*(?:(?:file |main |top |header |featured )?"
      "(?:photo|image|picture|pic|video|graphic|foto|photograph)s?"
      "(?:\\s*(?:credit|courtesy|source)s?)?|credits?|courtesy)\\s*:"
      "([^.]*?)\\)?"
      // BBC style: "Image source, Reuters".
      "|(?:image|media|video|picture) source\\s*[,:]([^.]*?)");
  return kPattern;
}

const RE2& CreditAlone() {
  static const RE2 kPattern(
      "(?i)^\\(?(?:photo|image|picture|photograph)s? (?:by|courtesy(?: "
      "of)?)\\s+[^.]+\\)?$"
      "|^[-–—]?\\s*PHOTO/.*$"
      "|^[^.]{0,60}/\\s*" CORROBORATE_AGENCIES
      "(?: Photo)?\\)?$"
      "|^(?:[^.]{0,60} )?(?:via|vía) " CORROBORATE_AGENCIES
      "$"
      "|^\\(?" CORROBORATE_AGENCIES
      "(?: Photo| Images)?(?:/[^.]{0,40})?\\)?$"
      // "— PNA pic", "- Reuters photo", "File photo", "File picture".
      "|^[-–—]\\s*[^.]{1,30}\\s(?:pic|photo|picture|image)s?$"
      "|^(?:file|stock|handout|archive) (?:photo|picture|image|pic)s?$");
  return kPattern;
}

// A credit tag closing a caption.
const RE2& CaptionEnding() {
  static const RE2 kPattern(
      "(?i)(?:\\((?:photo|image|picture|pic|video|source|credit|photo "
      "credit|file photo|"
      "foto|courtesy)[^)]{0,15}:[^)]{1,80}\\)"
      "|\\s[-–—|]\\s*(?:PHOTO|FOTO|IMAGE)/.*"
      "|\\s(?:via|vía) " CORROBORATE_AGENCIES "|/\\s*" CORROBORATE_AGENCIES
      "(?: Photo)?\\)?"
      "|\\(" CORROBORATE_AGENCIES
      " Photo[^)]*\\)"
      "|\\((?:photo|image|file photo|photo credit)s?\\)"
      // "... on March 7, 2025. Photo: Markus Adler", "... PHOTO: COURIER
      // FILE / DARREN LIM": an unbracketed label after the last sentence.
      "|[.!?][\"”’]?\\s+(?:photo|foto|image|picture|pic|photograph|"
      "credit)s?(?: credit)?\\s*:\\s*[^:()]{1,60})\\s*$");
  return kPattern;
}

// The opening of a caption, in English and a few other European languages.
const RE2& CaptionOpening() {
  static const RE2 kPattern(
      "(?i)^(?:(?:in )?(?:this|these) (?:(?:undated|handout|file|aerial|"
      "satellite|combination|frame|video|still) )*"
      "(?:photo|image|photograph|handout|screengrab|screenshot|grab|still)s?\\b"
      "|file photo\\b|file\\s*[:–—]|file\\s+-\\s|pictured:|photo:|image:|"
      "picture:|(?:image|media) caption\\s*[,:]"
      "|esta (?:foto|imagen|fotografía)\\b|en esta (?:foto|imagen)\\b"
      "|cette (?:photo|image)\\b|sur cette photo\\b|dieses (?:foto|bild)\\b"
      "|questa foto\\b|nesta foto\\b)");
  return kPattern;
}

const RE2& RelatedLink() {
  static const RE2 kPattern(
      "(?i)^(?:read|see|watch|listen|also read|see "
      "also|related|recommended|more|trending|"
      "must read|don't miss|read also|read more|read next|more on this|more "
      "from)"
      "\\s*(?:the full story)?\\s*[:|»>–—-]"
      "|^(?:related|more stories|more news|also read|read more|see also|"
      "related (?:articles?|stories|content|coverage|news|posts?)|you "
      "(?:may|might) also "
      "(?:like|be interested in)\\b.*|more (?:on|about|from) this "
      "(?:story|topic))$"
      "|^(?-i:Read\\s+[A-Z]{2,}[A-Z ]*:)"
      "|^(?-i:(?:READ|WATCH|LISTEN|RELATED|MORE|ALSO READ|SEE ALSO|READ "
      "MORE|READ ALSO|"
      "RECOMMENDED|TRENDING)\\b)");
  return kPattern;
}

// IsPhotoCredit for a text of `words` words (util::CountWords), so that
// ClassifyParagraph counts a paragraph's words once.
bool IsPhotoCreditOf(std::string_view text, size_t words) {
  if (words > kMaxCreditWords) return false;
  std::string credited;
  std::string credited_bbc;
  if (RE2::FullMatch(text, CreditLabel(), &credited, &credited_bbc)) {
    credited += credited_bbc;
    // A name or agency follows the label; a clause means a caption
    // ("File photo: Commuters wait for a train").
    return util::CountWords(credited) <= kMaxCreditNameWords;
  }
  return RE2::FullMatch(text, CreditAlone());
}

// IsPhotoCaption for a text of `words` words.
bool IsPhotoCaptionOf(std::string_view text, size_t words,
                      const ExtractOptions& options) {
  if (RE2::PartialMatch(text, CaptionEnding())) return true;
  return words <= static_cast<size_t>(options.max_boilerplate_words) &&
         RE2::PartialMatch(text, CaptionOpening());
}

}  // namespace

bool IsPhotoCredit(std::string_view text) {
  return IsPhotoCreditOf(text, util::CountWords(text));
}

bool IsPhotoCaption(std::string_view text, const ExtractOptions& options) {
  return IsPhotoCaptionOf(text, util::CountWords(text), options);
}

BoilerplateReason ClassifyParagraph(std::string_view text,
                                    const ExtractOptions& options) {
  size_t words = util::CountWords(text);
  // No letter or digit at all is stray markup too.
  if (words == 0 || RE2::FullMatch(text, StrayMarkup())) {
    return BoilerplateReason::kStrayMarkup;
  }
  if (RE2::FullMatch(text, SourcesList()) ||
      (words <= kMaxLabelWords && RE2::FullMatch(text, SourcesLabel()))) {
    return BoilerplateReason::kSourcesList;
  }
  if (IsPhotoCreditOf(text, words)) return BoilerplateReason::kPhotoCredit;
  if (IsPhotoCaptionOf(text, words, options))
    return BoilerplateReason::kPhotoCaption;
  if (words > static_cast<size_t>(options.max_boilerplate_words)) {
    return BoilerplateReason::kNone;
  }
  if (RE2::PartialMatch(text, RelatedLink()))
    return BoilerplateReason::kRelatedLink;
  if (RE2::PartialMatch(text, Navigation()))
    return BoilerplateReason::kNavigation;
  return BoilerplateReason::kNone;
}

}  // namespace corroborate::extract
