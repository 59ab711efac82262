package io.quotedesk.store;

import static java.util.Objects.requireNonNull;

import io.quotedesk.analysis.Quote;
import java.util.Optional;

/** A stored quote that matched, with the article it is from, best first by {@code score}. */
public record SearchHit(Quote quote, ArticleRef article, double score) {

  /** Where a quote was published. */
  public record ArticleRef(
      Optional<String> title, Optional<String> publisher, String url, Optional<String> published) {
    public ArticleRef {
      requireNonNull(url, "url");
    }
  }

  public SearchHit {
    requireNonNull(quote, "quote");
    requireNonNull(article, "article");
  }
}
