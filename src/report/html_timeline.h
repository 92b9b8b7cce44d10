// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The timeline of one claim: when it first appeared and when each later
// report, independent confirmation or denial arrived, by article date.
// Articles without a date are listed apart as "undated".

#pragma once

#include <string>
#include <vector>

#include "corroborate/article.h"

#include "report/html_index.h"

namespace corroborate::report {

struct TimelineEvent {
  std::string date;     // ISO "2019-08-21"; "" if the article has none
  std::string article;  // article id
  std::string outlet;   // site, else title, else id (not escaped)
  std::string source;   // whom the article attributes the claim to
  // "first" (the earliest report; dated ones come first), "confirmation"
  // (a root not seen in an earlier event), "repeat" (a root seen before),
  // "denial" (the sentence carries a "denied" signal), "unconfirmed" (a
  // non-confirmation signal), "dispute" (from Claim::timeline).
  std::string kind;
  bool date_inferred = false;  // from "on Tuesday"-like words, not metadata
  std::string note;            // how the date was found ("" if not said)
};

// The claim's events. From Claim::timeline when corroborate filled it
// (first appearance, independent confirmations, denials, disputes); else
// derived here, one event per article carrying `claim`. Dated ones in date
// order (then by claim order), undated ones last.
std::vector<TimelineEvent> BuildTimeline(const Claim& claim,
                                         const AnalysisIndex& index);

// An SVG axis with one dot per dated event, plus the list of events;
// every string is escaped.
std::string TimelineHtml(const std::vector<TimelineEvent>& events);

// Days since 1970-01-01 of an ISO date's "YYYY-MM-DD" prefix; false if the
// prefix is not a valid date.
bool DaysFromIsoDate(const std::string& date, long* days);

}  // namespace corroborate::report
