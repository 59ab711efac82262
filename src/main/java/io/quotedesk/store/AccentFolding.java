package io.quotedesk.store;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Folds accents for search, so "Scholz" finds "Schölz" and "Elysee" finds "Élysée": a letter's
 * combining marks are dropped, as SQLite's {@code unicode61} tokenizer drops them when it indexes.
 * Letters with no decomposition ("ł", "ø", "ß") stay as they are, there as here.
 */
public final class AccentFolding {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Every Latin letter from U+00C0 to U+024F that folds to another single letter. */
  private static final String ACCENTED;

  private static final String PLAIN;

  static {
    StringBuilder accented = new StringBuilder();
    StringBuilder plain = new StringBuilder();
    for (char c = '\u00C0'; c <= '\u024F'; c++) {
      String folded = fold(String.valueOf(c));
      if (folded.length() == 1 && folded.charAt(0) != c) {
        accented.append(c);
        plain.append(folded);
      }
    }
    ACCENTED = accented.toString();
    PLAIN = plain.toString();
  }

  private AccentFolding() {}

  /** "Élysée" → "Elysee"; text with no accents comes back as it is. */
  public static String fold(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\u00C0') {
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return Normalizer.normalize(bare, Normalizer.Form.NFC); // Hangul syllables recomposed
      }
    }
    return text;
  }

  /**
   * The same folding as a SQL expression over {@code column}, for a database whose own text search
   * keeps accents (PostgreSQL's {@code translate} is immutable, so an index may be built on it).
   */
  static String sqlFold(String column) {
    return "translate(" + column + ", '" + ACCENTED + "', '" + PLAIN + "')";
  }
}
