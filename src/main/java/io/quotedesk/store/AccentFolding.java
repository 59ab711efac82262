package io.quotedesk.store;

import java.text.Normalizer;

/**
 * Folds accents for search, so "Scholz" finds "Schölz" and "Elysee" finds "Élysée": a Latin letter
 * with one accent becomes its plain letter, exactly the letters SQLite's {@code unicode61}
 * tokenizer folds when it indexes. Letters it keeps (Cyrillic "й", Greek "ά", Vietnamese "ệ", "ǖ",
 * "ł", "ß") stay as they are here too, or a query would no longer match its own index.
 */
public final class AccentFolding {
  private static final char FIRST = '\u00C0';
  private static final char LAST = '\u024F';

  /** Each letter from FIRST to LAST mapped to its plain letter, or to itself. */
  private static final char[] PLAIN = new char[LAST - FIRST + 1];

  private static final String ACCENTED_LETTERS;
  private static final String PLAIN_LETTERS;

  static {
    StringBuilder accented = new StringBuilder();
    StringBuilder plain = new StringBuilder();
    for (char c = FIRST; c <= LAST; c++) {
      String parts = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      boolean oneAccent =
          parts.length() == 2
              && parts.charAt(0) < 128
              && Character.isLetter(parts.charAt(0))
              && Character.getType(parts.charAt(1)) == Character.NON_SPACING_MARK;
      PLAIN[c - FIRST] = oneAccent ? parts.charAt(0) : c;
      if (oneAccent) {
        accented.append(c);
        plain.append(parts.charAt(0));
      }
    }
    ACCENTED_LETTERS = accented.toString();
    PLAIN_LETTERS = plain.toString();
  }

  private AccentFolding() {}

  /** "Élysée" → "Elysee"; text with no accented Latin letter comes back as it is. */
  public static String fold(String text) {
    String composed = text;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\u0300' && text.charAt(i) <= '\u036F') { // written decomposed
        composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        break;
      }
    }
    char[] chars = null;
    for (int i = 0; i < composed.length(); i++) {
      char c = composed.charAt(i);
      if (c >= FIRST && c <= LAST && PLAIN[c - FIRST] != c) {
        if (chars == null) {
          chars = composed.toCharArray();
        }
        chars[i] = PLAIN[c - FIRST];
      }
    }
    return chars == null ? composed : new String(chars);
  }

  /**
   * The same folding as a SQL expression over {@code column}, for a database whose own text search
   * keeps accents (PostgreSQL's {@code translate} is immutable, so an index may be built on it).
   */
  static String sqlFold(String column) {
    return "translate(" + column + ", '" + ACCENTED_LETTERS + "', '" + PLAIN_LETTERS + "')";
  }
}
