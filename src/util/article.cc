// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/article.h"

namespace corroborate {

std::string_view ToString(BoilerplateReason reason) {
  switch (reason) {
    case BoilerplateReason::kNone:
      return "";
    case BoilerplateReason::kPhotoCaption:
      return "photo_caption";
    case BoilerplateReason::kPhotoCredit:
      return "photo_credit";
    case BoilerplateReason::kByline:
      return "byline";
    case BoilerplateReason::kContributorLine:
      return "contributor_line";
    case BoilerplateReason::kRelatedLink:
      return "related_link";
    case BoilerplateReason::kSourcesList:
      return "sources_list";
    case BoilerplateReason::kStrayMarkup:
      return "stray_markup";
    case BoilerplateReason::kRepeatedStandfirst:
      return "repeated_standfirst";
    case BoilerplateReason::kNavigation:
      return "navigation";
  }
  return "";
}

std::string_view ToString(SourceKind kind) {
  switch (kind) {
    case SourceKind::kUnknown:
      return "unknown";
    case SourceKind::kPerson:
      return "person";
    case SourceKind::kOrganization:
      return "organization";
    case SourceKind::kOutlet:
      return "outlet";
    case SourceKind::kDocument:
      return "document";
    case SourceKind::kImagery:
      return "imagery";
    case SourceKind::kAnonymous:
      return "anonymous";
  }
  return "unknown";
}

std::string_view ToString(EntityKind kind) {
  switch (kind) {
    case EntityKind::kPerson:
      return "person";
    case EntityKind::kOrganization:
      return "organization";
    case EntityKind::kOutlet:
      return "outlet";
    case EntityKind::kCountry:
      return "country";
    case EntityKind::kPlace:
      return "place";
    case EntityKind::kOther:
      return "other";
  }
  return "other";
}

std::string_view ToString(DateKind kind) {
  switch (kind) {
    case DateKind::kPublication:
      return "publication";
    case DateKind::kEvent:
      return "event";
    case DateKind::kPhotoCaption:
      return "photo_caption";
  }
  return "event";
}

}  // namespace corroborate
