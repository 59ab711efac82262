package io.quotedesk.store;

import static java.util.Objects.requireNonNull;

import io.quotedesk.analysis.Analysis;
import java.time.Instant;
import java.util.List;

/**
 * One version of an article in the archive. {@code changes} lists the quotes whose wording differs
 * from the version before: the old words and the new.
 */
public record StoredArticle(
    String url, int version, Instant fetchedAt, Analysis analysis, List<QuoteChange> changes) {

  /** A quote reworded between versions of an article. */
  public record QuoteChange(String before, String after) {}

  public StoredArticle {
    requireNonNull(url, "url");
    requireNonNull(fetchedAt, "fetchedAt");
    requireNonNull(analysis, "analysis");
    changes = List.copyOf(changes);
    if (version < 1) {
      throw new IllegalArgumentException("versions start at 1: " + version);
    }
  }
}
