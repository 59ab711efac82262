package io.quotedesk.ingest;

import java.util.ArrayList;
import java.util.List;

/** One line of a text, without its line terminator, with its offsets in the text. */
record Line(int start, int end, String content) {

  static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      lines.add(new Line(start, contentEnd, text.substring(start, contentEnd)));
      if (newline < 0) {
        break;
      }
      start = newline + 1;
    }
    return lines;
  }

  boolean isBlank() {
    return Whitespace.isBlank(content);
  }

  /** The content without leading and trailing whitespace, non-breaking spaces included. */
  String trimmed() {
    return Whitespace.strip(content);
  }

  TextRange range() {
    return new TextRange(start, end);
  }
}
