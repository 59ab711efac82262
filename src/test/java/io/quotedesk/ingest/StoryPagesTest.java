package io.quotedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Story text from hand-made pages under {@code pages/extraction}, one way of marking it up each.
 */
class StoryPagesTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  private List<String> paragraphsOf(String page) throws Exception {
    String html = Files.readString(Path.of("src/test/resources/pages/extraction", page));
    String text = extractor.extract(html, "https://news.test/story").text();
    return List.of(text.split("\n\n"));
  }

  @Test
  void aCustomElementInRunningTextContinuesItsSentence() throws Exception {
    assertThat(paragraphsOf("custom-element-citations.html"))
        .containsExactly(
            "Eight ways to sleep better",
            "Adults who sleep less than seven hours a night report more headaches and worse moods,"
                + " according to a national survey of 12,000 people (1).",
            "Keeping the same bedtime every day, weekends included, was the habit most often linked"
                + " to better sleep in a review of 30 small studies (2, 3).",
            "A dark, cool room helps too: researchers found that people fell asleep faster when the"
                + " bedroom was kept between 16 and 19 degrees, and woke less often during the night.");
  }

  @Test
  void theHeadlineIsNotReadTwiceWhenTheTitleAddsSectionAndSite() throws Exception {
    List<String> paragraphs = paragraphsOf("headline-with-section-and-site.html");
    assertThat(paragraphs.get(0))
        .isEqualTo("Storms close three ports on the east coast_Weather_Example News");
    assertThat(paragraphs)
        .hasSize(4)
        .filteredOn(p -> p.startsWith("Storms close three ports"))
        .hasSize(1);
  }

  @Test
  void aPageWhoseTextIsInListItemsIsReadFromItsList() throws Exception {
    assertThat(paragraphsOf("questions-in-list-items.html"))
        .containsExactly(
            "Registration questions",
            "When can I register? Registration opens on 1 March and closes on 30 April, online or"
                + " at the front desk.",
            "What do I need to bring? An identity card, proof of address and your last school"
                + " report.",
            "What does it cost? Registration is free; copies of documents cost ten cents a page.");
  }

  @Test
  void aNoteWrittenStraightIntoTheBodyIsReadByItsLineBreaks() throws Exception {
    assertThat(paragraphsOf("note-written-into-body.html"))
        .containsExactly(
            "Release notes",
            "Version 2.0 of the tool adds support for plugins, and fixes twelve bugs reported since"
                + " the spring.",
            "Upgrade by running the installer again; your settings are kept, and old plugins keep"
                + " working.");
  }

  @Test
  void aStoryCutByPhotosIsReadFromAllItsPartsByTheirShapeWithoutClassNames() throws Exception {
    List<String> paragraphs = paragraphsOf("story-in-parts-between-photos.html");
    assertThat(paragraphs).hasSize(7);
    assertThat(paragraphs.get(1)).startsWith("The harbour bridge reopened to traffic");
    assertThat(paragraphs.get(6)).startsWith("Cyclists, who will share the west footpath");
    assertThat(paragraphs).noneMatch(p -> p.startsWith("The bridge at dawn"));
  }

  @Test
  void aSingleBlockOfTheStorysShapeAfterItIsNotAPartOfIt() throws Exception {
    assertThat(paragraphsOf("story-then-box-of-same-shape.html"))
        .hasSize(4)
        .noneMatch(p -> p.contains("founded in 1921"));
  }

  @Test
  void theShortPartsOfALongStoryCutByPhotosAreReadToo() throws Exception {
    List<String> paragraphs = paragraphsOf("long-story-in-sections.html");
    assertThat(paragraphs).hasSize(25);
    assertThat(paragraphs.get(1)).startsWith("In Arlen, the 1th stop");
    assertThat(paragraphs.get(24)).startsWith("In Yarrow, the 24th stop");
    assertThat(paragraphs).noneMatch(p -> p.startsWith("The new bus at the depot"));
  }

  @Test
  void aBlockAroundTheStorysMainIsNotScoredAsOneParagraph() throws Exception {
    List<String> paragraphs = paragraphsOf("story-in-section-around-main.html");
    assertThat(paragraphs).hasSize(4);
    assertThat(paragraphs.get(1)).startsWith("From next month the central library");
    assertThat(paragraphs)
        .noneMatch(p -> p.startsWith("Opening hours") || p.startsWith("12 Harbour"));
  }
}
