package io.quotedesk.brief;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.analysis.Fact;
import io.quotedesk.ingest.Article;
import io.quotedesk.ingest.PlainTextReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactLinesTest {
  private static List<Fact> facts(String text) {
    return new Analyzer().analyze(new PlainTextReader().read(text)).facts();
  }

  @Test
  void eachFigureOnceAtItsMostInformativeMention() {
    String text =
        "Only 11 of the 31 allies met the 2% target. Allies pledged to spend 2% of gross domestic"
            + " product on defence. The 2% pledge dates from 2006.";
    List<String> lines = facts(text).stream().map(FactLines::line).toList();
    List<String> distinct = FactLines.distinct(facts(text)).stream().map(FactLines::line).toList();
    assertThat(lines.stream().filter(l -> l.startsWith("2%"))).hasSizeGreaterThan(1);
    assertThat(distinct.stream().filter(l -> l.startsWith("2%")))
        .containsExactly("2% (gross domestic product)");
    assertThat(distinct).contains("11 of the 31 allies");
  }

  @Test
  void aWeekdayShowsTheDayItNamesWhenThePublicationDateIsKnown() {
    String text = "The minister spoke on Wednesday in Brussels about the budget.";
    Article read = new PlainTextReader().read(text);
    Article published =
        new Article(
            read.text(),
            read.metadata().withPublished("2024-02-15T09:00:00Z"),
            read.headline(),
            read.furniture(),
            read.notice());
    Analysis analysis = new Analyzer().analyze(published);
    assertThat(analysis.facts().stream().map(FactLines::line))
        .contains("on Wednesday (Feb. 14, 2024)");
  }

  @Test
  void aDateShowsOnlyWhatItsTextLeavesOut() {
    String text = "The council votes on May 23 and the new rules start on June 2, 2025.";
    Article read = new PlainTextReader().read(text);
    Article published =
        new Article(
            read.text(),
            read.metadata().withPublished("2025-05-01T09:00:00Z"),
            read.headline(),
            read.furniture(),
            read.notice());
    List<String> lines =
        new Analyzer().analyze(published).facts().stream().map(FactLines::line).toList();
    assertThat(lines).contains("May 23 (2025)").noneMatch(l -> l.contains("May 23, 2025"));
    assertThat(lines).anyMatch(l -> l.endsWith("June 2, 2025"));
  }
}
