package io.quotedesk.analysis;

import static java.util.Objects.requireNonNull;

/** One sentence of the article chosen for its summary, as written, with its span. */
public record SummaryLine(String text, int start, int end) {
  public SummaryLine {
    requireNonNull(text, "text");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
