package io.quotedesk.analysis;

import static java.util.Objects.requireNonNull;

import io.quotedesk.ingest.Article;
import java.util.List;

/** Everything QuoteDesk read in one article, each item pointing back into the article's text. */
public record Analysis(Article article, List<Quote> quotes, List<Person> people) {
  public Analysis {
    requireNonNull(article, "article");
    quotes = List.copyOf(quotes);
    people = List.copyOf(people);
  }
}
