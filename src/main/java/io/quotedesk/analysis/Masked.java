package io.quotedesk.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * The article text with every quotation (marks included) blanked out, so that the writer's own
 * words, where cues and speakers are, can be read without the speakers' words getting in the way.
 * Offsets are those of the article text.
 */
final class Masked {
  static final char MARK = '\u0001';

  private Masked() {}

  static String of(String text, List<Quote> quotes) {
    char[] chars = text.toCharArray();
    for (Quote quote : quotes) {
      int start = quote.start();
      int end = quote.end();
      while (start > 0 && isMarkOrSpace(chars[start - 1]) && start > quote.start() - 3) {
        start--;
      }
      while (end < chars.length && isMarkOrSpace(chars[end]) && end < quote.end() + 3) {
        end++;
      }
      while (start < quote.start() && Character.isWhitespace(chars[start])) {
        start++;
      }
      while (end > quote.end() && Character.isWhitespace(chars[end - 1])) {
        end--;
      }
      Arrays.fill(chars, start, end, MARK);
    }
    return new String(chars);
  }

  private static boolean isMarkOrSpace(char c) {
    return QuoteMarks.isDouble(c)
        || QuoteMarks.isSingle(c)
        || c == ' '
        || c == '\u00A0'
        || c == '\u202F'
        || c == '\u2009';
  }
}
