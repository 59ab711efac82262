package io.quotedesk.brief;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.ingest.PlainTextReader;
import org.junit.jupiter.api.Test;

class PrintableTest {
  @Test
  void leavesOutBidiOverridesZeroWidthCharactersAndControls() {
    assertThat(Printable.of("\u202Enoisrev\u202C Ann\u200BLee\uFEFF \u001B[2Jdone\n\tnext"))
        .isEqualTo("noisrev AnnLee [2Jdone\n\tnext");
    // A joiner between letters shapes the word (Persian "می‌خواهم"); a stray one is left out.
    assertThat(Printable.of("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 \u200Dx"))
        .isEqualTo("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 x");
    String plain = "“Plain text” — Ann Lee";
    assertThat(Printable.of(plain)).isSameAs(plain);
  }

  @Test
  void theTerminalBriefHidesControlsTheStoredTextKeeps() {
    String story =
        "Depot stays open\n\n"
            + "\"We will keep the depot \u202Eopen\u202C for \u200Bgood,\" said Ilse Varden.\n";
    Analysis analysis = new Analyzer().analyze(new PlainTextReader().read(story));
    assertThat(analysis.quotes()).anyMatch(q -> q.text().contains("\u202E"));
    String rendered = new TextRenderer().render(Brief.of(analysis, AttributionBands.DEFAULT));
    assertThat(rendered).contains("We will keep the depot open for good");
    assertThat(rendered).doesNotContain("\u202E").doesNotContain("\u200B");
  }
}
