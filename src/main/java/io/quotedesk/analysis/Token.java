package io.quotedesk.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A word, a punctuation mark, or a whole masked quotation, with its offsets in the text. */
record Token(int start, int end, String text, Kind kind, String lower) {
  enum Kind {
    WORD,
    PUNCT,
    QUOTE
  }

  /**
   * Abbreviations whose period belongs to the word: "Mr." "Sen." "D-Wis.", and the Polish academic
   * titles before a name ("dr hab. Anna X", "mgr inż. Jan X").
   */
  private static final Set<String> KEEPS_PERIOD =
      Lexicon.setOf(
          "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "adm",
          "rev", "st", "jr", "sr", "prof", "pres", "atty", "supt", "cmdr", "maj", "gens", "reps",
          "sens", "govs", "u.s", "u.k", "u.n", "d.c", "inc", "co", "corp", "ltd", "no", "hab",
          "inż", "mgr");

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isQuote() {
    return kind == Kind.QUOTE;
  }

  boolean is(String punctuation) {
    return kind == Kind.PUNCT && text.equals(punctuation);
  }

  /** The word without a final period and in lower case: "Sen." → "sen". */
  String bare() {
    String lower = lower();
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  /** Written all in capitals ("NATO", "PENCE", "U.S."); digits and marks do not count against. */
  boolean isUpperCase() {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c) || c == 'ß') {
        return false;
      }
    }
    return true;
  }

  /** "NATO", "WHO", "U.S.": two characters or more, all in capitals. */
  boolean isAcronym() {
    return text.length() >= 2 && isUpperCase();
  }

  boolean isCapitalized() {
    return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
  }

  /** "Trump’s" → "Trump", "Davis’" → "Davis": the owner without the possessive ending. */
  Token withoutPossessive() {
    int cut = text.endsWith("s'") || text.endsWith("s’") ? 1 : 2;
    return token(start, end - cut, text.substring(0, text.length() - cut), kind);
  }

  /** Every character of the text passes here: ASCII first, the full Unicode test after. */
  static boolean isLetter(char c) {
    return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  static char toLowerCase(char c) {
    return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
  }

  static boolean isLetterOrDigit(char c) {
    return c < 128 ? isLetter(c) || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
  }

  /**
   * "Sanders’ campaign", "the Joneses' house": the apostrophe after a name's final s at {@code i}
   * ends the word as its possessive, when a word follows it. A quotation in single marks is masked
   * before this, so the mark is no closing quote.
   */
  private static boolean isPluralPossessive(char[] c, int from, int start, int i, int to) {
    return i + 2 < to
        && (c[i - from] == '’' || c[i - from] == '\'')
        && c[i - 1 - from] == 's'
        && Character.isUpperCase(c[start - from])
        && c[i + 1 - from] == ' '
        && isLetter(c[i + 2 - from]);
  }

  private static Token token(int start, int end, String text, Kind kind) {
    return new Token(start, end, text, kind, text.toLowerCase(Locale.ROOT));
  }

  /**
   * Tokens of {@code masked}[from, to). Masked quotations ({@link Masked#MARK}) become one QUOTE
   * token each.
   */
  static List<Token> of(String masked, int from, int to) {
    // Scanned as an array: every character of the story passes here, and String.charAt checks each
    // index. c[i - from] is masked.charAt(i).
    char[] c = new char[Math.max(0, to - from)];
    masked.getChars(from, from + c.length, c, 0);
    List<Token> tokens = new ArrayList<>();
    int i = from;
    while (i < to) {
      char first = c[i - from];
      if (first == Masked.MARK) {
        int start = i;
        while (i < to && c[i - from] == Masked.MARK) {
          i++;
        }
        tokens.add(token(start, i, "\u201CQ\u201D", Kind.QUOTE));
      } else if (isLetterOrDigit(first)) {
        int start = i;
        while (i < to) {
          char d = c[i - from];
          boolean joiner =
              (d == '\'' || d == '’' || d == '-' || d == '.' || d == '&')
                  && i + 1 < to
                  && isLetterOrDigit(c[i + 1 - from]);
          if (isLetterOrDigit(d) || joiner) {
            i++;
          } else {
            if (isPluralPossessive(c, from, start, i, to)) {
              i++;
            }
            break;
          }
        }
        if (i < to && c[i - from] == '.') {
          String word = masked.substring(start, i).toLowerCase(Locale.ROOT);
          boolean initial = i - start == 1 && Character.isUpperCase(c[start - from]);
          if (initial || KEEPS_PERIOD.contains(word) || word.contains(".")) {
            i++;
          }
        }
        tokens.add(token(start, i, masked.substring(start, i), Kind.WORD));
      } else if (Character.isWhitespace(first) || Character.isSpaceChar(first)) {
        i++;
      } else {
        tokens.add(token(i, i + 1, String.valueOf(first), Kind.PUNCT));
        i++;
      }
    }
    return tokens;
  }
}
