package io.quotedesk.brief;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.analysis.Quote;
import io.quotedesk.brief.AttributionBands.Band;
import io.quotedesk.ingest.PlainTextReader;
import org.junit.jupiter.api.Test;

class BriefTest {
  private static final String STORY =
      "'We will rebuild', Lopez says\n\n"
          + "By Jane Doe\n\n"
          + "\"We will rebuild the bridge,\" Finance Minister Maria Lopez said on Monday.\n\n"
          + "The repairs will cost $12 million and take two years, she said.\n\n"
          + "Traffic was diverted through the town centre.\n\n"
          + "Detours were posted on every road.\n\n"
          + "\"Closed until further notice.\"";

  /** Every speaker the rules find, taken as sure: these tests are about layout, not the model. */
  private static Analysis surely(Analysis analysis) {
    return new Analysis(
        analysis.article(),
        analysis.quotes().stream()
            .map(q -> q.withSpeaker(q.speaker().map(s -> s.withConfidence(1.0)).orElse(null)))
            .toList(),
        analysis.people(),
        analysis.facts(),
        analysis.summary(),
        analysis.dek());
  }

  private final Brief brief =
      Brief.of(
          surely(new Analyzer(3, 0.0).analyze(new PlainTextReader().read(STORY))),
          AttributionBands.DEFAULT);

  @Test
  void headlineBylineAndSummaryComeFromTheArticle() {
    assertThat(brief.headline()).isEqualTo("'We will rebuild', Lopez says");
    assertThat(brief.byline()).contains("Jane Doe");
    assertThat(brief.summary()).isNotEmpty().allSatisfy(line -> assertThat(STORY).contains(line));
  }

  @Test
  void whoSaidWhatPutsBodyQuotesBeforeHeadlineOnesAndUnknownSpeakersLast() {
    assertThat(brief.whoSaidWhat().get(0).speaker()).isEqualTo("Maria Lopez, Finance Minister");
    assertThat(brief.whoSaidWhat().get(0).band()).isEqualTo(Band.SURE);
    assertThat(brief.whoSaidWhat().get(0).quotes())
        .containsExactly("We will rebuild the bridge,", "We will rebuild");
    assertThat(brief.whoSaidWhat().get(brief.whoSaidWhat().size() - 1).speaker())
        .isEqualTo(Brief.UNKNOWN);
  }

  @Test
  void aProbableSpeakerIsALineOfItsOwnAndAWithheldOneIsUnclearBeforeTheUnnamed() {
    Brief uncertain = Brief.of(UncertainSpeakers.analysis(), AttributionBands.DEFAULT);
    assertThat(uncertain.whoSaidWhat())
        .extracting(Brief.SpeakerQuotes::speaker)
        .containsExactly(
            "Jens Stoltenberg, NATO Secretary General",
            "Probably Jens Stoltenberg, NATO Secretary General",
            "Speaker unclear: 'he'",
            Brief.UNKNOWN);
    assertThat(uncertain.whoSaidWhat())
        .extracting(Brief.SpeakerQuotes::band)
        .containsExactly(Band.SURE, Band.PROBABLE, Band.UNCLEAR, Band.NOT_NAMED);
    assertThat(uncertain.whoSaidWhat().get(1).quotes()).containsExactly(UncertainSpeakers.PROBABLE);
    assertThat(uncertain.whoSaidWhat().get(2).quotes()).containsExactly(UncertainSpeakers.WITHHELD);
  }

  @Test
  void bandsFollowTheTwoSettings() {
    Quote probable = UncertainSpeakers.analysis().quotes().get(1); // confidence 0.6
    assertThat(new AttributionBands(0.5, 0.8).label(probable))
        .isEqualTo("probably Jens Stoltenberg, NATO Secretary General");
    assertThat(new AttributionBands(0.5, 0.6).label(probable))
        .isEqualTo("Jens Stoltenberg, NATO Secretary General");
    // A record stored under a lower threshold is withheld like one the analyzer withheld.
    assertThat(new AttributionBands(0.7, 0.8).label(probable))
        .isEqualTo("speaker unclear: 'Stoltenberg'");
    Quote withheld = UncertainSpeakers.analysis().quotes().get(2);
    assertThat(AttributionBands.DEFAULT.label(withheld)).isEqualTo("speaker unclear: 'he'");
    Quote unnamed = UncertainSpeakers.analysis().quotes().get(3);
    assertThat(AttributionBands.DEFAULT.label(unnamed)).isEqualTo("speaker not named");
  }

  @Test
  void keyNumbersPutMoneyFirst() {
    assertThat(brief.keyNumbers()).containsExactly("$12 million", "two years");
  }

  @Test
  void datesAreInApStyle() {
    assertThat(ApStyle.date("2024-02-14T09:30:00Z")).contains("Feb. 14, 2024");
    assertThat(ApStyle.date("2024-03-03")).contains("March 3, 2024");
    assertThat(ApStyle.date("2024-09-01")).contains("Sept. 1, 2024");
    assertThat(ApStyle.date("yesterday")).isEmpty();
  }

  @Test
  void theTerminalRendersEverySection() {
    String text = new TextRenderer().render(brief);
    assertThat(text).contains("Summary").contains("Key numbers").contains("Who said what");
  }

  @Test
  void theTerminalShowsAProbableSpeakerAsProbableAndAWithheldOneAsUnclear() {
    String text =
        new TextRenderer().render(Brief.of(UncertainSpeakers.analysis(), AttributionBands.DEFAULT));
    assertThat(text)
        .contains(
            "\nWho said what\n"
                + "  Jens Stoltenberg, NATO Secretary General\n"
                + "    \u201C"
                + UncertainSpeakers.SURE
                + "\u201D\n"
                + "  Probably Jens Stoltenberg, NATO Secretary General\n"
                + "    \u201C"
                + UncertainSpeakers.PROBABLE
                + "\u201D\n"
                + "  Speaker unclear: 'he'\n"
                + "    \u201C"
                + UncertainSpeakers.WITHHELD
                + "\u201D\n"
                + "  Speaker not named in the text\n"
                + "    \u201C"
                + UncertainSpeakers.UNNAMED
                + "\u201D\n");
  }
}
