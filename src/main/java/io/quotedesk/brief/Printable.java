package io.quotedesk.brief;

/**
 * Text as a terminal or Slack shows it, invisible controls left out: a quote holding U+202E (right
 * to left override) would show "said Smith" reversed and reorder the line after it, a zero-width
 * space hides a name's real spelling, an escape character drives the terminal. Only what is shown
 * changes; the stored text and its offsets keep every character.
 */
public final class Printable {
  private Printable() {}

  /** "\u202Eevil" → "evil"; "Ann\u200BLee" → "AnnLee"; line breaks and tabs stay. */
  public static String of(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (hidden(text, i)) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean hidden(String text, int i) {
    char c = text.charAt(i);
    return switch (c) {
      case '\n', '\t' -> false;
      // bidi embeddings, overrides and isolates; zero-width space, word joiner, byte-order mark
      case '\u202A',
          '\u202B',
          '\u202C',
          '\u202D',
          '\u202E',
          '\u2066',
          '\u2067',
          '\u2068',
          '\u2069',
          '\u200B',
          '\u2060',
          '\uFEFF' ->
          true;
      // zero-width (non-)joiners shape Persian or Hindi words between letters; elsewhere they hide
      case '\u200C', '\u200D' -> !(letterAt(text, i - 1) && letterAt(text, i + 1));
      default -> Character.getType(c) == Character.CONTROL;
    };
  }

  private static boolean letterAt(String text, int i) {
    return i >= 0 && i < text.length() && Character.isLetter(text.charAt(i));
  }
}
