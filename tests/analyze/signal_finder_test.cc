// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/signal_finder.h"

#include <set>
#include <string>

#include <gtest/gtest.h>

#include "analyze/test_article.h"

namespace corroborate::analyze {
namespace {

std::set<std::string> Kinds(const std::string& text) {
  std::set<std::string> kinds;
  for (const Signal& signal : FindSignals(MakeSentences({text})))
    kinds.insert(signal.kind);
  return kinds;
}

using Set = std::set<std::string>;

TEST(SignalFinder, Unconfirmed) {
  EXPECT_EQ(Kinds("No independent sources have confirmed the figures."),
            Set{"unconfirmed"});
  EXPECT_EQ(Kinds("The video could not be independently verified."),
            Set{"unconfirmed"});
  EXPECT_EQ(Kinds("The death toll has not been confirmed."),
            Set{"unconfirmed"});
}

TEST(SignalFinder, NotOfficiallyConfirmed) {
  EXPECT_EQ(Kinds("Nairobi has not officially confirmed the ruling."),
            Set{"not_officially_confirmed"});
  EXPECT_EQ(Kinds("Neither the port nor the ministry has officially "
                  "confirmed the sale."),
            Set{"not_officially_confirmed"});
  EXPECT_EQ(Kinds("Neither the club nor the player has confirmed the deal."),
            Set{"unconfirmed"});
  EXPECT_EQ(Kinds("The pause has not been officially announced."),
            Set{"not_officially_confirmed"});
}

TEST(SignalFinder, ConfirmedIsNoSignal) {
  EXPECT_EQ(Kinds("The ministry confirmed the figures on Monday."), Set{});
}

TEST(SignalFinder, NoComment) {
  EXPECT_EQ(Kinds("The mining company declined to comment."),
            Set{"no_comment"});
  EXPECT_EQ(Kinds("Neither the court nor the police commented on the case."),
            Set{"no_comment"});
  EXPECT_EQ(Kinds("The embassy did not respond to a request for comment."),
            Set{"no_comment"});
  EXPECT_EQ(Kinds("She declined to respond to the lawyer's claims."),
            Set{"no_comment"});
  EXPECT_EQ(Kinds("The doctor would not discuss the cases when reached."),
            Set{"no_comment"});
}

TEST(SignalFinder, CommentingIsNoSignal) {
  EXPECT_EQ(Kinds("The judge commented on the delay."), Set{});
}

TEST(SignalFinder, Denied) {
  EXPECT_EQ(Kinds("The governor denied the claims."), Set{"denied"});
  EXPECT_EQ(Kinds("The ministry rejected the reports as false."),
            Set{"denied"});
  EXPECT_EQ(Kinds("The airline said it \xE2\x80\x9C"
                  "firmly rejects\xE2\x80\x9D "
                  "the pilot's account."),
            Set{"denied"});
  EXPECT_EQ(Kinds("The club dismissed Smith's version of events."),
            Set{"denied"});
  EXPECT_EQ(Kinds("The player denied the findings on Friday."), Set{"denied"});
}

TEST(SignalFinder, DenyAfterToIsADenialOnlyOfAReport) {
  EXPECT_EQ(Kinds("Nothing I did would have led them to deny the drought."),
            Set{});
  EXPECT_EQ(Kinds("The port authority refused to deny it."), Set{});
  EXPECT_EQ(Kinds("The mayor was quick to deny the reports."), Set{"denied"});
  EXPECT_EQ(Kinds("The mayor denied it on Monday."), Set{"denied"});
}

TEST(SignalFinder, DenyingSomethingToSomeoneIsNoDenial) {
  EXPECT_EQ(Kinds("The council could deny them fishing permits."), Set{});
  EXPECT_EQ(Kinds("Officials came here and deny the right to ask questions."),
            Set{});
  EXPECT_EQ(Kinds("The ministry denied any involvement."), Set{"denied"});
  EXPECT_EQ(Kinds("The ministry denied that troops crossed the border."),
            Set{"denied"});
  EXPECT_EQ(Kinds("Asked about the convoy, the ministry denied."),
            Set{"denied"});
  EXPECT_EQ(Kinds("\xE2\x80\x9CWe deny,\xE2\x80\x9D the ministry said."),
            Set{"denied"});
}

TEST(SignalFinder, NegatedDenialIsNoDenial) {
  EXPECT_EQ(Kinds("The minister did not deny that talks took place."), Set{});
  EXPECT_EQ(Kinds("She never denied meeting the envoy."), Set{});
}

TEST(SignalFinder, RejectingAComplaintIsNoDenial) {
  EXPECT_EQ(
      Kinds("The council rejected the neighbours' complaint about noise."),
      Set{});
}

TEST(SignalFinder, Hedged) {
  EXPECT_EQ(Kinds("The suspect allegedly fled to Mombasa."), Set{"hedged"});
  EXPECT_EQ(Kinds("Two bridges collapsed, according to reports."),
            Set{"hedged"});
}

TEST(SignalFinder, SignalPointsAtItsSentence) {
  std::vector<Signal> signals = FindSignals(
      MakeSentences({"Water rose fast. The utility declined to comment."}));
  ASSERT_EQ(signals.size(), 1u);
  EXPECT_EQ(signals[0].sentence, 1);
  EXPECT_EQ(signals[0].text, "declined to comment");
}

}  // namespace
}  // namespace corroborate::analyze
