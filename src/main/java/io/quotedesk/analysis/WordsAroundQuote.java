package io.quotedesk.analysis;

import io.quotedesk.ingest.Whitespace;

/**
 * The plain-text reading shared by the tests that decide whether quoted words are speech: the word
 * right before or after a quotation mark, whether that word is capitalised, and how many words a
 * quote holds. In {@code the film "Jaws" star Roy}, the word before the opening mark is "film" and
 * the word after the closing one is "star".
 */
final class WordsAroundQuote {

  /** How far back {@link #wordBefore} looks: no cue word is longer. */
  private static final int WORD_REACH = 60;

  private WordsAroundQuote() {}

  /**
   * The word before {@code position} in its paragraph; "" at a paragraph's start. It looks back at
   * most {@code WORD_REACH} characters, so a run of marks without spaces costs no more than a word.
   */
  static String wordBefore(String text, int position) {
    int end = Math.max(0, position);
    int reach = Math.max(0, end - WORD_REACH);
    while (end > reach
        && (Whitespace.isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
      if (text.charAt(end - 1) == '\n') {
        return ""; // the last word of the paragraph before says nothing about this quote
      }
      end--;
    }
    int start = end;
    while (start > reach && !Whitespace.isSpace(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end);
  }

  /** The letters from {@code position} on, after any white space: "star" in {@code " star Roy"}. */
  static String wordAfter(String text, int position) {
    int start = Whitespace.skip(text, position, text.length());
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }

  /** The token before {@code space} is capitalised: "Robert C." "Dwayne". */
  static boolean capitalizedWordEndsAt(String text, int space) {
    if (space < 1 || text.charAt(space) != ' ') {
      return false;
    }
    int i = space;
    while (i > 0 && !Whitespace.isSpace(text.charAt(i - 1))) {
      i--;
    }
    if (i == space || !Character.isUpperCase(text.charAt(i))) {
      return false;
    }
    for (int k = i + 1; k < space; k++) {
      if (!Character.isLetter(text.charAt(k)) && text.charAt(k) != '.') {
        return false;
      }
    }
    return true;
  }

  /** A capitalised word follows {@code space}: " Johnson". */
  static boolean capitalizedWordStartsAt(String text, int space) {
    return space + 1 < text.length()
        && text.charAt(space) == ' '
        && Character.isUpperCase(text.charAt(space + 1))
        && space + 2 < text.length()
        && Character.isLowerCase(text.charAt(space + 2));
  }

  static boolean containsAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Words separated by white space (non-breaking spaces too). */
  static int wordCount(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Whitespace.isSpace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
