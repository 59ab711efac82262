package io.quotedesk.ingest;

import static io.quotedesk.ingest.StoryFixtures.STORY;
import static io.quotedesk.ingest.StoryFixtures.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines at the edges of a story: kept as its words, or left out as the page's furniture. */
class StoryLinesTest {

  @Test
  void notesLinkedFromWordsThatOpenOrCloseASentenceStayInIt() {
    String note = "<a class=popup href='javascript:void(0)' onclick='return note()'>";
    List<String> found =
        paragraphs(
            "<div class=story>"
                + STORY
                + "<p>"
                + note
                + "I</a> am a "
                + note
                + "rather elderly</a> man, and the bridge has stood for as long as I can"
                + " remember, which is why its end will be told in the "
                + note
                + "sequel</a>.</p></div>");
    assertThat(found)
        .last()
        .asString()
        .startsWith("I am a rather elderly man,")
        .endsWith("told in the sequel.");
  }

  @Test
  void aFurnitureLinkStandingApartFromTheTextStaysOut() {
    List<String> found =
        paragraphs(
            "<div class=story>"
                + STORY
                + "<p><a class=popup href=/subscribe>Subscribe</a> Today the bridge stays open to"
                + " walkers, and the council will meet again in March to hear the engineers.</p>"
                + "</div>");
    assertThat(found).last().asString().startsWith("Today the bridge stays open");
  }

  @Test
  void aHeaderOfProseInsideTheStoryIsItsStandfirst() {
    List<String> found =
        paragraphs(
            "<div class=story><header>Repairs would have cost more than a new crossing, so the"
                + " old bridge closes to cars, and the town must now decide what to build.</header>"
                + STORY
                + "</div>");
    assertThat(found).hasSize(4).first().asString().startsWith("Repairs would have cost");
  }

  @Test
  void aHeaderWithAHeadlineOrLinksIsLeftOut() {
    List<String> found =
        paragraphs(
            "<div class=story><header><h1>Old bridge closes to cars</h1><p>Repairs would have"
                + " cost more than a new crossing, so the old bridge closes to cars for good.</p>"
                + "</header><header><p>By <a href=/staff/ann>Ann Ruiz</a>, who has covered the"
                + " council and its bridges, roads and budgets for many years.</p></header>"
                + STORY
                + "</div>");
    assertThat(found).hasSize(3).first().asString().startsWith("The council voted");
  }

  @Test
  void aHeaderOfABylineAndItsTimeIsLeftOut() {
    List<String> found =
        paragraphs(
            "<article><header><p>By Ann Ruiz and Tom Hale, Staff Writers</p><p><time>Published"
                + " June 3, 2024 at 5:00 p.m. | Updated June 4, 2024 at 9:12 a.m.</time></p>"
                + "</header>"
                + STORY
                + "</article>");
    assertThat(found).hasSize(3).first().asString().startsWith("The council voted");
  }

  @Test
  void aLinkedQuestionClosedInTheWritersWordsIsTheStorys() {
    List<String> found =
        paragraphs(
            "<div class=story>"
                + STORY
                + "<p>Before you vote, ask yourself:</p><ul><li>Do I cross the river every day?</li>"
                + "<li><a href=/bridges>Where would the new bridge go</a>?</li></ul>"
                + "<p><a href=/other>Will the ferry come back this summer?</a></p><p><a"
                + " href=/more>Read more</a>.</p></div>");
    assertThat(found)
        .contains("Where would the new bridge go?")
        .doesNotContain("Will the ferry come back this summer?", "Read more.");
  }

  @Test
  void linesEndingInTheSitesOwnPromptsAreLeftOutAndTheWritersBioStays() {
    List<String> found =
        paragraphs(
            "<div class=story>"
                + STORY
                + "<p>Get the latest council news in your inbox. Subscribe to Valley.com’s"
                + " newsletters.</p>"
                + "<p>Our bridge guide is out now. Follow us on Twitter @ValleyNews or Facebook.</p>"
                + "<p>Ann Ruiz covers the council. Follow her on Twitter @AnnRuiz.</p>"
                + "<p>\"Subscribe to our newsletter,\" the mayor told residents, \"and you will"
                + " hear first when the new crossing opens.\"</p></div>");
    assertThat(found)
        .hasSize(5)
        .noneMatch(p -> p.contains("Subscribe to Valley") || p.contains("@ValleyNews"))
        .anyMatch(p -> p.startsWith("Ann Ruiz covers the council."))
        .anyMatch(p -> p.startsWith("\"Subscribe to our newsletter,\" the mayor"));
  }

  @Test
  void aQuotedAppealToContactThePoliceIsTheStorys() {
    String appeal =
        "\u201cAnyone who saw the crash should contact us at tips@police.example,\u201d"
            + " Sheriff Ann Ruiz said.";
    List<String> found = paragraphs("<div class=story>" + STORY + "<p>" + appeal + "</p></div>");
    assertThat(found).contains(appeal);
  }

  @Test
  void englishPromptsToCommentAreLeftOutAndAColumnNamedCommentStays() {
    List<String> found =
        paragraphs(
            "<div class=story>"
                + STORY
                + "<table><tr><th>Crossing</th><th>Comment</th></tr><tr><td>Old bridge</td>"
                + "<td>closed to cars</td></tr></table>"
                + "<p>Tell us what YOU think...</p><p>12 comments</p></div>");
    assertThat(found)
        .contains("Crossing | Comment")
        .doesNotContain("Tell us what YOU think...", "12 comments");
  }

  @Test
  void aTableOrCodeBlockWrappedInAFigureIsStoryAndAPictureIsNot() {
    List<String> found =
        paragraphs(
            "<div class=story>"
                + STORY
                + "<figure class=wp-block-table><table><tr><td>Old bridge</td>"
                + "<td>closed to cars</td></tr></table><figcaption>Table: council</figcaption>"
                + "</figure><figure class=highlight><pre>close(bridge, CARS)</pre></figure>"
                + "<figure><img src=bridge.jpg><figcaption>The old bridge at dusk.</figcaption>"
                + "</figure></div>");
    assertThat(String.join("\n", found))
        .contains("Old bridge", "close(bridge, CARS)")
        .doesNotContain("Table: council", "at dusk");
  }

  @Test
  void aCallToWriteToTheSiteAndAnUnrenderedShortcodeAreLeftOut() {
    List<String> found =
        paragraphs(
            "<div class=story>"
                + STORY
                + "<p>Join our forums! And if you have a news tip, let us know at:"
                + " tips@valley.example.com.</p>"
                + "<p>[button link=”/submit” type=”big”] Send us YOUR bridge story[/button]</p>"
                + "<p>Ann Ruiz covers the council; email her at ann@valley.example.com</p></div>");
    assertThat(found)
        .hasSize(4)
        .noneMatch(p -> p.contains("tips@") || p.contains("[button"))
        .last()
        .asString()
        .startsWith("Ann Ruiz covers the council");
  }

  @Test
  void anAdvertisingLabelIsLeftOut() {
    List<String> found =
        paragraphs(
            "<div class=story>" + STORY + "<p>ADVERTISING</p><p>Sponsored content</p></div>");
    assertThat(found).hasSize(3).noneMatch(p -> p.equalsIgnoreCase("advertising"));
  }
}
