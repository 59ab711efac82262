package io.quotedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
  private final PlainTextReader reader = new PlainTextReader();

  @Test
  void shortFirstLineBeforeABlankLineIsTheHeadline() {
    Article article = reader.read("Mayor resigns\n\nThe mayor resigned on Monday.");
    assertThat(article.metadata().title()).contains("Mayor resigns");
    assertThat(article.headline()).contains(new TextRange(0, 13));
  }

  @Test
  void oneLongParagraphHasNoHeadline() {
    Article article = reader.read("The mayor resigned on Monday after a long dispute.");
    assertThat(article.metadata().title()).isEmpty();
    assertThat(article.headline()).isEmpty();
  }

  @Test
  void byLineGivesTheBylineAndIsFurniture() {
    String text = "Headline\n\nBy\u00A0Jorge Liboreiro\n\nStory.";
    Article article = reader.read(text);
    assertThat(article.metadata().byline()).contains("Jorge Liboreiro");
    assertThat(article.isFurniture(text.indexOf("Jorge"))).isTrue();
    assertThat(article.isFurniture(text.indexOf("Story"))).isFalse();
  }

  @Test
  void aDateLineAboveTheStoryIsThePublicationDayAndFurniture() {
    String text =
        "Council approves budget\n\nBy Maria Gonzalez\nMarch 3, 2025\n\n"
            + "The council approved the budget early on Tuesday, ending a three-week standoff over"
            + " police spending and school repairs.\n\nJune 1, 2025\n";
    Article article = reader.read(text);
    assertThat(article.metadata().published()).contains("2025-03-03");
    assertThat(article.isFurniture(text.indexOf("March 3"))).isTrue();
    assertThat(article.isFurniture(text.indexOf("June 1"))).isFalse(); // a line in the story
  }

  @Test
  void aDateLineOpeningTheTextIsNoHeadline() {
    String text = "March 3, 2025\n\nThe council approved the budget early on Tuesday.";
    Article article = reader.read(text);
    assertThat(article.metadata().title()).isEmpty();
    assertThat(article.metadata().published()).contains("2025-03-03");
  }

  @Test
  void aDateLineInsideTheStoryIsNoPublicationDay() {
    String text =
        "Council approves budget\n\n"
            + "The council approved the budget early on Tuesday, ending a three-week standoff over"
            + " police spending and school repairs.\n\nJune 1, 2025\n";
    assertThat(reader.read(text).metadata().published()).isEmpty();
  }

  @Test
  void sentenceStartingWithByIsNotAByline() {
    Article article = reader.read("Headline\n\nBy the end of 2024, allies will pay more.");
    assertThat(article.metadata().byline()).isEmpty();
  }

  @Test
  void marksShareCaptionCreditAndRelatedLinks() {
    String text =
        "Headline\n\n"
            + "Stoltenberg addressed the media.\n"
            + "Stoltenberg addressed the media. Copyright 2024 The AP. All rights reserved\n"
            + "Share this articleComments\n"
            + "Copy/paste the article video embed link below:Copy to clipboardCopied\n\n"
            + "The story itself.\n\n"
            + "You might also like\n\n"
            + "Another story";
    Article article = reader.read(text);
    assertThat(article.isFurniture(text.indexOf("Stoltenberg addressed"))).isTrue();
    assertThat(article.isFurniture(text.indexOf("Share this"))).isTrue();
    assertThat(article.isFurniture(text.indexOf("Copy/paste"))).isTrue();
    assertThat(article.isFurniture(text.indexOf("The story"))).isFalse();
    assertThat(article.isFurniture(text.indexOf("Another story"))).isTrue();
  }

  @Test
  void longParagraphMentioningCopyrightIsStory() {
    String text =
        "Headline\n\nThe court ruled that copyright law protects the work, and the publisher said"
            + " it would appeal the decision before the end of the year, according to its lawyers,"
            + " who spoke on Monday to reporters gathered outside the courthouse in the capital city"
            + " after a long hearing that lasted most of the day and into the evening.";
    assertThat(reader.read(text).furniture()).isEmpty();
  }
}
