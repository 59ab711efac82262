package io.quotedesk.analysis;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A figure in the article: money, a percentage, a count, a date, a duration or another number, with
 * what it measures. {@code value} is a number, or for dates an ISO-8601 date or year.
 */
public record Fact(
    Kind kind,
    String text,
    Optional<Object> value,
    Optional<String> unit,
    Optional<String> about,
    int start,
    int end) {

  /** What kind of figure. */
  public enum Kind {
    MONEY,
    PERCENT,
    COUNT,
    DATE,
    DURATION,
    NUMBER;

    public String json() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Fact {
    requireNonNull(kind, "kind");
    requireNonNull(text, "text");
    requireNonNull(value, "value");
    requireNonNull(unit, "unit");
    requireNonNull(about, "about");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
