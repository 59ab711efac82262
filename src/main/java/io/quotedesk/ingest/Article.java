package io.quotedesk.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * An article ready for analysis: its text exactly as analyzed, what the page said about it, where
 * its headline sits, and the ranges of page furniture (share prompts, credits, related links) that
 * analysis skips; a notice says when it could be read but only partly served (not English).
 */
public record Article(
    String text,
    ArticleMetadata metadata,
    Optional<TextRange> headline,
    List<TextRange> furniture,
    Optional<String> notice) {

  public Article {
    requireNonNull(text, "text");
    requireNonNull(notice, "notice");
    requireNonNull(metadata, "metadata");
    requireNonNull(headline, "headline");
    furniture = List.copyOf(furniture);
    for (TextRange range : furniture) {
      if (range.end() > text.length()) {
        throw new IllegalArgumentException("furniture range beyond the text: " + range);
      }
    }
  }

  /** This article with a notice for the reader: read, but only partly served. */
  public Article withNotice(String sentence) {
    return new Article(text, metadata, headline, furniture, Optional.of(sentence));
  }

  /** True when the character at {@code index} belongs to page furniture. */
  public boolean isFurniture(int index) {
    for (TextRange range : furniture) {
      if (range.contains(index)) {
        return true;
      }
    }
    return false;
  }
}
