package io.quotedesk.ingest;

import java.util.List;
import org.jsoup.Jsoup;

/** A story of three long paragraphs, and the paragraphs StoryBlocks keeps of a page's body. */
final class StoryFixtures {
  static final String STORY =
      "<p>The council voted on Tuesday to close the old bridge to cars, saying repairs would cost"
          + " more than a new crossing, and asked engineers for plans by spring.</p>"
          + "<p>Residents, who had campaigned for years, said the decision came too late for the"
          + " shops along the river, many of which have already closed their doors.</p>"
          + "<p>The mayor said the bridge would stay open to walkers and cyclists, and that buses"
          + " would be rerouted over the northern crossing from next month.</p>";

  private StoryFixtures() {}

  /** The story's paragraphs StoryBlocks finds in a page whose body is {@code body}. */
  static List<String> paragraphs(String body) {
    return StoryBlocks.find(Jsoup.parse("<html><body>" + body + "</body></html>")).paragraphs();
  }
}
