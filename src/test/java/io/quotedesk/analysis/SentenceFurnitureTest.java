package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceFurnitureTest {
  @Test
  void pagePromptsCreditsAndStampsAreFurniture() {
    for (String sentence :
        new String[] {
          "Scroll down for video and more pictures.",
          "Click here for all the latest club news.",
          "Follow @citydesk on Twitter.",
          "PUBLISHED: 12:51 EST, 23 April 2015 | UPDATED: 13:20 EST, 23 April 2015.",
          "Last updated at 5:40 PM on 12th January 2012.",
          "By . Jane Doe . and John Roe .",
          "Photo: Getty Images.",
          "READ MORE: Why the council said no.",
          "Sorry we are not currently accepting comments on this article.",
          "Comments are closed.",
          "Share this article.",
          "Watch the video above.",
          "Copyright 2015 The Associated Press. All rights reserved.",
          "HD | THE HOME DEPOT INC. | 225.86 | -12.99 | -5.44%"
        }) {
      assertThat(SentenceFurniture.isFurniture(sentence)).as(sentence).isTrue();
    }
  }

  @Test
  void storySentencesUsingThoseWordsAreNot() {
    for (String sentence :
        new String[] {
          "Updated guidelines were published on Monday.",
          "By the time the ball dropped, the crowd had gone.",
          "Readers who click here and there see more adverts.",
          "The photo showed the mayor at the scene.",
          "We are not accepting the council's offer, she said.",
          "Comments from residents were mixed.",
          "Shareholders watched the video of the meeting."
        }) {
      assertThat(SentenceFurniture.isFurniture(sentence)).as(sentence).isFalse();
    }
  }

  @Test
  void aDatelineBeforeTheFirstWordsIsMeasured() {
    assertThat(dropDateline("(CNN) -- The mayor resigned.")).isEqualTo("The mayor resigned.");
    assertThat(dropDateline("(cnn) two heroes survived.")).isEqualTo("two heroes survived.");
    assertThat(dropDateline("WASHINGTON (AP) — The Senate voted.")).isEqualTo("The Senate voted.");
    assertThat(dropDateline("LONDON, England (Reuters) - Shares fell.")).isEqualTo("Shares fell.");
    assertThat(dropDateline("The agency (AP) said so.")).isEqualTo("The agency (AP) said so.");
    assertThat(dropDateline("(CNN)")).isEqualTo("(CNN)"); // nothing after it: keep the line
  }

  @Test
  void aPlaceAndADashAreADatelineOnlyWhereTheStoryOpens() {
    assertThat(dropDateline("SPRINGFIELD — The council voted.")).isEqualTo("The council voted.");
    assertThat(dropDateline("DAYTON, Ohio -- Shares fell.")).isEqualTo("Shares fell.");
    assertThat(dropDateline("SPRINGFIELD, Ill. — The council voted."))
        .isEqualTo("The council voted.");
    assertThat(dropDateline("LIMA, Dec. 8 – Prices rose.")).isEqualTo("Prices rose.");
    assertThat(dropDateline("The mayor — and her deputy — resigned."))
        .isEqualTo("The mayor — and her deputy — resigned.");
    String later = "NATO — the alliance of 32 countries — met again.";
    assertThat(later.substring(SentenceFurniture.datelineLength(later, false))).isEqualTo(later);
  }

  @Test
  void aLiveBlogTimeStampIsLeftOutOfAnyEntry() {
    for (String entry :
        List.of(
            "14:30 GMT \u2014 The minister arrived.",
            "9.45am - The minister arrived.",
            "2:30 p.m. EDT: The minister arrived.")) {
      assertThat(entry.substring(SentenceFurniture.datelineLength(entry, false)))
          .as(entry)
          .isEqualTo("The minister arrived.");
    }
    String subject = "14:30 was the deadline.";
    assertThat(subject.substring(SentenceFurniture.datelineLength(subject, false)))
        .isEqualTo(subject);
  }

  /** The dateline dropped from the sentence opening the story. */
  private static String dropDateline(String sentence) {
    return sentence.substring(SentenceFurniture.datelineLength(sentence, true));
  }
}
