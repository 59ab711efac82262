package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.ingest.PlainTextReader;
import org.junit.jupiter.api.Test;

/** A correction notice says what the story once got wrong: none of it is the story's record. */
class CorrectionNotesTest {
  private final Analyzer analyzer = new Analyzer();

  private static final String STORY =
      "Dockworkers vote to strike at Port Ellery\n\n"
          + "PORT ELLERY, Wash. — Dockworkers at Port Ellery voted on Thursday to strike, after"
          + " talks with terminal operators broke down over pay.\n\n"
          + "\"We have been patient for three years,\" said Ismay Kettridge, the local union's"
          + " secretary. \"Our members are done waiting.\"\n\n"
          + "The operators' association said its offer of a 9% raise was final.\n\n";

  @Test
  void aCorrectionsMisquoteAndMisstatedFigureAreNoRecord() {
    String text =
        STORY
            + "Correction, Oct. 4, 2025: An earlier version of this story misquoted Ismay"
            + " Kettridge as saying \"We will shut this port down.\" It also misstated the"
            + " raise offered; it was 9%, not 12%.";
    Analysis analysis = analyzer.analyze(new PlainTextReader().read(text));
    assertThat(analysis.quotes())
        .extracting(Quote::text)
        .doesNotContain("We will shut this port down.");
    assertThat(analysis.facts()).extracting(Fact::text).doesNotContain("12%");
    assertThat(analysis.dek().orElse("")).doesNotContain("earlier version");
    assertThat(analysis.summary())
        .extracting(SummaryLine::text)
        .noneMatch(l -> l.contains("earlier"));
  }

  @Test
  void aLiveBlogUpdateCorrectingAnEntryIsNoFigure() {
    String text =
        STORY
            + "Update: An earlier entry said 12,000 homes had lost power. The correct figure is"
            + " 120,000.";
    Analysis analysis = analyzer.analyze(new PlainTextReader().read(text));
    assertThat(analysis.facts()).extracting(Fact::text).doesNotContain("12,000 homes");
    assertThat(analysis.facts()).extracting(Fact::text).contains("9%");
  }

  @Test
  void aStorySentenceAboutAnEarlierVersionOfABillStaysStory() {
    String text =
        STORY + "An earlier draft of the contract offered 12% over three years, the union said.";
    Analysis analysis = analyzer.analyze(new PlainTextReader().read(text));
    assertThat(analysis.facts()).extracting(Fact::text).contains("12%");
  }

  @Test
  void storyParagraphsOpeningWithCorrectionsOrAnEarlierVersionStayStory() {
    String text =
        STORY
            + "Corrections officers told lawmakers: \"We are working triple shifts.\"\n\n"
            + "An earlier version of the bill would have hired 300 officers for $12 million.\n\n"
            + "A previous version of the law let officers retire with 60% of their pay.";
    Analysis analysis = analyzer.analyze(new PlainTextReader().read(text));
    assertThat(analysis.quotes()).extracting(Quote::text).contains("We are working triple shifts.");
    assertThat(analysis.facts()).extracting(Fact::text).contains("60%");
    assertThat(analysis.facts()).extracting(Fact::text).anyMatch(f -> f.contains("12 million"));
  }
}
