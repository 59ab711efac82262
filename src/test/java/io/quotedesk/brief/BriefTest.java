package io.quotedesk.brief;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.analysis.Analyzer;
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

  private final Brief brief = Brief.of(new Analyzer().analyze(new PlainTextReader().read(STORY)));

  @Test
  void headlineBylineAndSummaryComeFromTheArticle() {
    assertThat(brief.headline()).isEqualTo("'We will rebuild', Lopez says");
    assertThat(brief.byline()).contains("Jane Doe");
    assertThat(brief.summary()).isNotEmpty().allSatisfy(line -> assertThat(STORY).contains(line));
  }

  @Test
  void whoSaidWhatPutsBodyQuotesBeforeHeadlineOnesAndUnknownSpeakersLast() {
    assertThat(brief.whoSaidWhat().get(0).speaker()).isEqualTo("Maria Lopez, Finance Minister");
    assertThat(brief.whoSaidWhat().get(0).quotes())
        .containsExactly("We will rebuild the bridge,", "We will rebuild");
    assertThat(brief.whoSaidWhat().get(brief.whoSaidWhat().size() - 1).speaker())
        .isEqualTo(Brief.UNKNOWN);
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
}
