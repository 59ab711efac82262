package io.quotedesk.analysis;

import io.quotedesk.ingest.Whitespace;
import java.util.ArrayList;
import java.util.List;

/**
 * The paragraphs of an article's text: every line that is not blank, numbered from 0. Pasted text
 * separates paragraphs by one line break as often as by two, so a line is the unit.
 */
final class Paragraphs {
  private final Ranges ranges;

  private Paragraphs(Ranges ranges) {
    this.ranges = ranges;
  }

  static Paragraphs of(String text) {
    List<int[]> found = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      int s = Whitespace.skip(text, start, end);
      int e = end;
      while (e > s && Whitespace.isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        found.add(new int[] {s, e});
      }
      start = end + 1;
    }
    return new Paragraphs(new Ranges(found));
  }

  int count() {
    return ranges.count();
  }

  /** First non-space character of paragraph {@code i}. */
  int start(int i) {
    return ranges.start(i);
  }

  /** Just past the last non-space character of paragraph {@code i}. */
  int end(int i) {
    return ranges.end(i);
  }

  /** The paragraph holding {@code offset}, or the one before it when the offset is in a gap. */
  int indexOf(int offset) {
    return ranges.indexOf(offset);
  }
}
