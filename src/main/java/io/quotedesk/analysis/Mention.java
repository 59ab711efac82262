package io.quotedesk.analysis;

import static java.util.Objects.requireNonNull;

/** Where the text names a speaker, as written: "he", "the Secretary-General", "Stoltenberg". */
public record Mention(String text, int start, int end) {
  public Mention {
    requireNonNull(text, "text");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
