package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.ingest.Article;
import io.quotedesk.ingest.PlainTextReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NonOverlappingFactsTest {
  private static final String TEXT = "They pledged $380 billion (€355 billion) over five years.";
  private final Article article = new PlainTextReader().read(TEXT);

  private static Fact money(String written) {
    int start = TEXT.indexOf(written);
    return new Fact(
        Fact.Kind.MONEY,
        written,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        start,
        start + written.length());
  }

  @Test
  void aFigureInsideOneKeptIsPartOfIt() {
    NonOverlappingFacts facts = new NonOverlappingFacts(article, f -> f);
    Fact both = money("$380 billion (€355 billion)");
    Fact inner = money("€355 billion");
    assertThat(facts.keep(both, both.start() + 1)).isEqualTo(both.end());
    assertThat(facts.keep(inner, inner.start() + 1)).isEqualTo(inner.start() + 1);
    assertThat(facts.keep(null, 50)).isEqualTo(50);
    assertThat(facts.list()).containsExactly(both);
  }

  @Test
  void eachKeptFactSaysWhatItMeasures() {
    NonOverlappingFacts facts =
        new NonOverlappingFacts(article, f -> FactSpans.withAbout(f, "defence"));
    facts.keep(money("$380 billion"), 14);
    assertThat(facts.list())
        .singleElement()
        .extracting(Fact::about)
        .isEqualTo(Optional.of("defence"));
  }
}
