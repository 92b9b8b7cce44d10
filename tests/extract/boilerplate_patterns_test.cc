// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "extract/boilerplate_patterns.h"

#include <gtest/gtest.h>

namespace corroborate::extract {
namespace {

using R = BoilerplateReason;

R Classify(std::string_view text) {
  return ClassifyParagraph(text, ExtractOptions());
}

TEST(BoilerplatePatterns, FlagsStrayMarkup) {
  EXPECT_EQ(Classify(">"), R::kStrayMarkup);
  EXPECT_EQ(Classify("***"), R::kStrayMarkup);
  EXPECT_EQ(Classify("img"), R::kStrayMarkup);
  EXPECT_EQ(Classify("<br/>"), R::kStrayMarkup);
  EXPECT_EQ(Classify("&nbsp;"), R::kStrayMarkup);
}

TEST(BoilerplatePatterns, KeepsShortSentencesAsBody) {
  EXPECT_EQ(Classify("Yes."), R::kNone);
  EXPECT_EQ(Classify("Nobody was hurt."), R::kNone);
  EXPECT_EQ(
      Classify("Image rights are now contested in court, the lawyer said."),
      R::kNone);
}

TEST(BoilerplatePatterns, FlagsNavigation) {
  EXPECT_EQ(Classify("Advertisement"), R::kNavigation);
  EXPECT_EQ(Classify("Share this article"), R::kNavigation);
  EXPECT_EQ(Classify("Follow us on Telegram for the latest updates"),
            R::kNavigation);
  EXPECT_EQ(Classify("Sign up for our morning briefing"), R::kNavigation);
  EXPECT_EQ(Classify("Subscribe to the weekly newsletter"), R::kNavigation);
  EXPECT_EQ(Classify("Copyright 2021 Harbour Media Group"), R::kNavigation);
  EXPECT_EQ(Classify("\xC2\xA9 2021 Harbour Media. All rights reserved."),
            R::kNavigation);
  EXPECT_EQ(Classify("Click here to get alerts on your phone"), R::kNavigation);
  EXPECT_EQ(Classify("We use cookies to improve your experience. Accept all"),
            R::kNavigation);
}

TEST(BoilerplatePatterns, KeepsMojibakeCopyrightSignInProseAsBody) {
  EXPECT_EQ(
      Classify(
          "It was a clich\xC3\x83\xC2\xA9 of the campaign, the senator said."),
      R::kNone);
}

TEST(BoilerplatePatterns, KeepsSentencesAboutAdsAndSubscribersAsBody) {
  EXPECT_EQ(Classify("Subscribers to the rail pass will pay more from May."),
            R::kNone);
  EXPECT_EQ(Classify("The advertisement campaign cost the party two million."),
            R::kNone);
  EXPECT_EQ(Classify("Followers of the cleric gathered in the square."),
            R::kNone);
}

TEST(BoilerplatePatterns, FlagsSourcesList) {
  EXPECT_EQ(Classify("[Sources: Daily Planet, Metro Wire, Radio North]"),
            R::kSourcesList);
  EXPECT_EQ(Classify("Source: Harbour Times, Coast FM"), R::kSourcesList);
}

TEST(BoilerplatePatterns, KeepsSentenceCitingSourcesAsBody) {
  EXPECT_EQ(Classify("Sources said the deal was close to being signed."),
            R::kNone);
  EXPECT_EQ(Classify("Unemployment rose to 6 percent last year (Source: "
                     "statistics office)."),
            R::kNone);
}

TEST(BoilerplatePatterns, FlagsLonePhotoCredits) {
  EXPECT_EQ(Classify("(Photo: Reuters)"), R::kPhotoCredit);
  EXPECT_EQ(Classify("(photo credit: MARIA LOPEZ / REUTERS)"), R::kPhotoCredit);
  EXPECT_EQ(Classify("Photo by Tom Baker/Getty Images"), R::kPhotoCredit);
  EXPECT_EQ(Classify("Credit: AFP"), R::kPhotoCredit);
  EXPECT_EQ(Classify("Getty Images"), R::kPhotoCredit);
  EXPECT_EQ(Classify("Picture: Lena Novak"), R::kPhotoCredit);
  EXPECT_EQ(Classify("Image: Port Authority handout"), R::kPhotoCredit);
  EXPECT_EQ(Classify("- PHOTO/ Coast guard via AP"), R::kPhotoCredit);
}

TEST(BoilerplatePatterns, FlagsAgencyPicAndFilePhotoCredits) {
  EXPECT_EQ(Classify("\xE2\x80\x94 PNA pic"), R::kPhotoCredit);
  EXPECT_EQ(Classify("- Reuters photo"), R::kPhotoCredit);
  EXPECT_EQ(Classify("File photo"), R::kPhotoCredit);
  EXPECT_EQ(Classify("Related"), R::kRelatedLink);
  EXPECT_EQ(Classify("More stories"), R::kRelatedLink);
}

TEST(BoilerplatePatterns, KeepsSentencesAboutPhotographersAsBody) {
  EXPECT_EQ(Classify("Photographers gathered outside the court on Monday."),
            R::kNone);
  EXPECT_EQ(Classify("The photo was widely shared, and the ministry later "
                     "called it fake."),
            R::kNone);
}

TEST(BoilerplatePatterns, FlagsCaptionsEndingWithCredits) {
  EXPECT_EQ(
      Classify(
          "Firefighters tackle a blaze at a warehouse in Leeds, May 3, 2022 "
          "(photo credit: TOM SMITH / REUTERS)"),
      R::kPhotoCaption);
  EXPECT_EQ(
      Classify("Crowds at the opening of the new bridge (Source: Facebook)"),
      R::kPhotoCaption);
  EXPECT_EQ(
      Classify(
          "Protesters march through Lima on Saturday. Ana Ruiz/Getty Images"),
      R::kPhotoCaption);
  EXPECT_EQ(
      Classify(
          "Rescue workers search the rubble in the town centre - PHOTO/ Civil "
          "defence via AP"),
      R::kPhotoCaption);
  // An unbracketed label after the caption's last sentence.
  EXPECT_EQ(Classify("Ferry passengers queue at the harbour in Bergen on May "
                     "2, 2024. PHOTO: HARBOUR POST FILE / ANNA BERG"),
            R::kPhotoCaption);
  EXPECT_EQ(Classify("Der Hafen von Bergen am 2. Mai 2024. Foto: Anna Berg"),
            R::kPhotoCaption);
}

TEST(BoilerplatePatterns, KeepsProseAboutAPhotoCreditAsBody) {
  EXPECT_EQ(Classify("The agency later corrected the caption. Photo credits, "
                     "it said, had been swapped by mistake in the archive."),
            R::kNone);
  EXPECT_EQ(Classify("The minister posted a picture on Monday. Photo: it "
                     "showed the damaged bridge: three spans had fallen."),
            R::kNone);
}

TEST(BoilerplatePatterns, FlagsCaptionsOpeningLikeCaptions) {
  EXPECT_EQ(
      Classify("This photo provided by the coast guard shows the damaged hull"),
      R::kPhotoCaption);
  EXPECT_EQ(
      Classify(
          "In this undated image, a ranger feeds an orphaned elephant calf"),
      R::kPhotoCaption);
  EXPECT_EQ(
      Classify("File photo: Commuters wait for a delayed train in Madrid"),
      R::kPhotoCaption);
  EXPECT_EQ(
      Classify("Esta foto muestra a los bomberos en el puerto de Valencia"),
      R::kPhotoCaption);
}

TEST(BoilerplatePatterns, KeepsLongParagraphOpeningWithThisImageAsBody) {
  EXPECT_EQ(
      Classify(
          "This image of the party as a force for stability has been hard to "
          "sustain since the spring, when a string of resignations, a budget "
          "crisis and two lost by-elections left the leadership exposed and "
          "forced the cabinet into a reshuffle that few of its members "
          "wanted."),
      R::kNone);
}

TEST(BoilerplatePatterns, FlagsRelatedLinks) {
  EXPECT_EQ(Classify("Read more: Floods close schools across the region"),
            R::kRelatedLink);
  EXPECT_EQ(Classify("RELATED: Storm batters the northern coast"),
            R::kRelatedLink);
  EXPECT_EQ(Classify("Read\xC2\xA0 WATCH: Volcano erupts near village"),
            R::kNone)
      << "NBSPs are collapsed by ExtractBody, not by the pattern";
  EXPECT_EQ(Classify("Read WATCH: Volcano erupts near village"),
            R::kRelatedLink);
  EXPECT_EQ(Classify("See also: Ten years after the quake"), R::kRelatedLink);
  EXPECT_EQ(Classify("You may also like"), R::kRelatedLink);
}

TEST(BoilerplatePatterns, KeepsSentencesStartingWithReadOrRelatedAsBody) {
  EXPECT_EQ(Classify("Read the full statement on the ministry website, a "
                     "spokesman urged."),
            R::kNone);
  EXPECT_EQ(Classify("Related talks will continue in Geneva next week."),
            R::kNone);
  EXPECT_EQ(Classify("More than 300 people were evacuated."), R::kNone);
}

TEST(BoilerplatePatterns, FlagsShortcodesTagsAndTimestamps) {
  EXPECT_EQ(Classify("[caption id=\"attachment_12\" align=\"alignleft\"]"),
            R::kStrayMarkup);
  EXPECT_EQ(Classify("Tags: floods, weather, rescue"), R::kNavigation);
  EXPECT_EQ(Classify("Published: 14 March 2023, 09:12"), R::kNavigation);
  EXPECT_EQ(Classify("Leave a comment"), R::kNavigation);
}

TEST(BoilerplatePatterns, KeepsFileSharingAndUpdatesInProseAsBody) {
  EXPECT_EQ(
      Classify("File-sharing sites were blocked by the regulator on Monday."),
      R::kNone);
  EXPECT_EQ(Classify("Updated rules take effect in the spring."), R::kNone);
}

TEST(BoilerplatePatterns, FlagsBbcStyleImageSourceAndCaption) {
  EXPECT_EQ(Classify("Image source, Getty Images"), R::kPhotoCredit);
  EXPECT_EQ(
      Classify("Image caption, Fishermen repair nets in the harbour at dawn"),
      R::kPhotoCaption);
}

}  // namespace
}  // namespace corroborate::extract
