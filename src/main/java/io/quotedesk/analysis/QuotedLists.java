package io.quotedesk.analysis;

import io.quotedesk.ingest.Whitespace;
import java.util.Locale;
import java.util.Set;

/**
 * Ateliers de formation (« Comment tenir une AG ? », « Dessiner une affiche » ou « Rédiger un tract
 * »): quotes that together fill a parenthesis, joined by commas or "or", are titles or examples the
 * writer lists, not speech.
 */
final class QuotedLists {
  /** "and" and "or" in the languages QuoteDesk reads, which join the items of a list. */
  private static final Set<String> JOINERS =
      Lexicon.setOf(
          "and", "or", "und", "oder", "et", "ou", "i", "lub", "albo", "oraz", "y", "o", "e");

  /** A parenthesis longer than this is prose, whatever it holds. */
  private static final int MAX_PARENTHESIS = 400;

  private QuotedLists() {}

  /** The quote is one of two or more quotes that, with commas and "or", fill a parenthesis. */
  static boolean fillsParenthesis(String text, Quote quote) {
    int open = text.lastIndexOf('(', quote.start());
    int close = text.indexOf(')', quote.end());
    if (open < 0 || close < 0 || close - open > MAX_PARENTHESIS) {
      return false;
    }
    String inside = text.substring(open + 1, close);
    if (inside.indexOf('(') >= 0 || inside.indexOf(')') >= 0 || inside.indexOf('\n') >= 0) {
      return false;
    }
    int items = 0;
    int i = 0;
    while (i < inside.length()) {
      char c = inside.charAt(i);
      if (QuoteMarks.isDouble(c)) {
        int end = nextMark(inside, i + 1);
        if (end < 0) {
          return false;
        }
        items++;
        i = end + 1;
      } else if (Character.isLetter(c)) {
        int end = i;
        while (end < inside.length() && Character.isLetter(inside.charAt(end))) {
          end++;
        }
        if (!JOINERS.contains(inside.substring(i, end).toLowerCase(Locale.ROOT))) {
          return false; // a word of the writer's own: the parenthesis says something
        }
        i = end;
      } else if (Whitespace.isSpace(c) || c == ',' || c == ';' || c == '/') {
        i++;
      } else {
        return false;
      }
    }
    return items >= 2;
  }

  private static int nextMark(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (QuoteMarks.isDouble(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
