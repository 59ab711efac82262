package io.quotedesk.analysis;

import io.quotedesk.ingest.Whitespace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The paragraphs of an article's text: every line that is not blank, numbered from 0. Pasted text
 * separates paragraphs by one line break as often as by two, so a line is the unit.
 */
final class Paragraphs {
  private final int[] starts;
  private final int[] ends;

  private Paragraphs(int[] starts, int[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  static Paragraphs of(String text) {
    List<int[]> found = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      int s = start;
      int e = end;
      while (s < e && Whitespace.isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && Whitespace.isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        found.add(new int[] {s, e});
      }
      start = end + 1;
    }
    int[] starts = new int[found.size()];
    int[] ends = new int[found.size()];
    for (int i = 0; i < found.size(); i++) {
      starts[i] = found.get(i)[0];
      ends[i] = found.get(i)[1];
    }
    return new Paragraphs(starts, ends);
  }

  int count() {
    return starts.length;
  }

  /** First non-space character of paragraph {@code i}. */
  int start(int i) {
    return starts[i];
  }

  /** Just past the last non-space character of paragraph {@code i}. */
  int end(int i) {
    return ends[i];
  }

  /** The paragraph holding {@code offset}, or the one before it when the offset is in a gap. */
  int indexOf(int offset) {
    int found = Arrays.binarySearch(starts, offset);
    return found >= 0 ? found : Math.max(0, -found - 2);
  }
}
