// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The days a news lead says its happening took place on, read from its
// time expressions against the publication date: "on Tuesday", "Tuesday
// night", "yesterday", "last night", "today", "tonight", "this morning"
// and calendar dates ("May 12", "Sept. 26"). Two reports whose leads name
// the same day are more likely to report one happening than two reports
// about the same people on different days (pair_features.h). English only.
//
// Hand-written rather than a library: the expressions are a handful of
// English phrases and std::chrono does the calendar arithmetic. (The
// corroborate stage's date_anchor.h does the same for one sentence, but
// that stage depends on this one.)
//
// Thread-safe: the functions keep no state.

#pragma once

#include <string_view>
#include <vector>

#include "corroborate/article.h"

namespace corroborate::link {

// Returns the days (DayNumber, days since 1970-01-01) that the time
// expressions of `text` refer to, in order of appearance and without
// repeats, read against `publication_day`. A weekday name is the most
// recent such day on or before the publication day (news copy says "on
// Tuesday" for the past week, and a Tuesday report of that day's event
// names Tuesday too). A calendar date without a year takes the
// publication year. Empty if `publication_day` < 0.
std::vector<long> ReferencedDays(std::string_view text, long publication_day);

// The paragraphs of a lead that ReferencedDays reads: the title and the
// first kEventDayParagraphs non-boilerplate paragraphs that do not merely
// repeat the title. On polnear-train-events.jsonl two paragraphs find a
// shared day for 17% of the same-event window pairs and 4% of the others;
// one paragraph 7% / 1.4%; four 36% / 9% (the others grow faster).
inline constexpr size_t kEventDayParagraphs = 2;

// Returns the sorted distinct days named by `article`'s lead; empty if it
// is undated or names none.
std::vector<long> LeadEventDays(const Article& article);

}  // namespace corroborate::link
