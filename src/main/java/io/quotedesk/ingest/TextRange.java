package io.quotedesk.ingest;

/** A half-open range [start, end) of UTF-16 indexes into an article's text. */
public record TextRange(int start, int end) {
  public TextRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
  }

  public boolean contains(int index) {
    return index >= start && index < end;
  }

  public boolean overlaps(int otherStart, int otherEnd) {
    return otherStart < end && start < otherEnd;
  }

  public int length() {
    return end - start;
  }
}
