package io.quotedesk.ingest;

/**
 * Whitespace as pasted news text has it. Java's {@code \s} and {@link String#strip()} miss the
 * non-breaking spaces (U+00A0, U+2007, U+202F) that copy and paste from web pages is full of.
 */
public final class Whitespace {
  private Whitespace() {}

  public static boolean isSpace(char c) {
    if (c < 128) {
      // Character.isWhitespace's ASCII answer, asked of most characters a rule passes over
      return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  public static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The first index from {@code from} that is not whitespace; {@code end} when none is. */
  public static int skip(CharSequence text, int from, int end) {
    int i = from;
    while (i < end && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Where {@code text} ends before the trailing characters a pattern's {@code \s*$} passes over:
   * Java white space and the line terminators {@code $} may stand before (U+0085, U+2028, U+2029).
   * A check on the last character from here agrees with such a pattern, unlike {@link #isSpace},
   * which also skips non-breaking spaces.
   */
  public static int endBeforePatternSpace(CharSequence text) {
    int end = text.length();
    while (end > 0
        && (Character.isWhitespace(text.charAt(end - 1))
            || "\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return end;
  }

  public static String strip(String text) {
    int end = text.length();
    int start = skip(text, 0, end);
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /** Collapses every run of whitespace to one plain space and strips the ends. */
  public static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
