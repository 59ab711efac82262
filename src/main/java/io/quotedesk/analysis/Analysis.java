package io.quotedesk.analysis;

import static java.util.Objects.requireNonNull;

import io.quotedesk.ingest.Article;
import java.util.List;
import java.util.Optional;

/** Everything QuoteDesk read in one article, each item pointing back into the article's text. */
public record Analysis(
    Article article,
    List<Quote> quotes,
    List<Person> people,
    List<Fact> facts,
    List<SummaryLine> summary,
    Optional<String> dek) {
  public Analysis {
    requireNonNull(article, "article");
    quotes = List.copyOf(quotes);
    people = List.copyOf(people);
    facts = List.copyOf(facts);
    summary = List.copyOf(summary);
    requireNonNull(dek, "dek");
  }
}
