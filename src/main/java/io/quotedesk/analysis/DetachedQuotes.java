package io.quotedesk.analysis;

import io.quotedesk.ingest.Whitespace;
import java.util.BitSet;

/**
 * Quotation marks standing apart from the words they enclose, as tokenized text writes them: "she
 * said: ' we won. ' then she left." A mark with spaces on both sides may open or close, so which it
 * does is read from the marks before it in the paragraph: it closes a quotation that is open. Curly
 * closing marks (’ ”) always close. A sentence that ends inside such a quotation keeps its closing
 * mark, rather than the next sentence opening with it.
 */
final class DetachedQuotes {
  private DetachedQuotes() {}

  /**
   * The offsets in text[start, end) of the straight marks (' and ") that close a quotation: after a
   * word ("racist '."), or alone while a quotation is open ("stop. ' another said"). A mark before
   * a word opens one ("' apes"), one inside a word is an apostrophe ("don't").
   */
  static BitSet closingStraightMarks(String text, int start, int end) {
    BitSet closing = new BitSet();
    boolean singleOpen = false;
    boolean doubleOpen = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != '\'' && c != '"') {
        continue;
      }
      boolean spaceBefore = i == start || Whitespace.isSpace(text.charAt(i - 1));
      boolean spaceAfter = i + 1 >= end || Whitespace.isSpace(text.charAt(i + 1));
      boolean open = c == '\'' ? singleOpen : doubleOpen;
      boolean opensWord = !spaceAfter && Character.isLetterOrDigit(text.charAt(i + 1));
      if (opensWord && !spaceBefore && Character.isLetterOrDigit(text.charAt(i - 1))) {
        continue; // an apostrophe: "don't", "o'byrne"
      }
      boolean nowOpen;
      if (opensWord && spaceBefore) {
        nowOpen = true; // "' apes"
      } else if (open) {
        closing.set(i); // "racist '.", "stop. ' another"
        nowOpen = false;
      } else {
        nowOpen = spaceBefore && spaceAfter; // a lone mark opens; "players' club" is no mark
      }
      if (c == '\'') {
        singleOpen = nowOpen;
      } else {
        doubleOpen = nowOpen;
      }
    }
    return closing;
  }

  /**
   * Whether the mark at {@code at} stands alone, spaces on both sides, and closes: a curly closer
   * ("let down. ’ the neighbour"), or a straight one the paragraph's marks before it leave open.
   */
  static boolean closesAlone(String text, int at, int end, BitSet closingStraight) {
    if (at > 0 && !Whitespace.isSpace(text.charAt(at - 1))
        || at + 1 < end && !Whitespace.isSpace(text.charAt(at + 1))) {
      return false;
    }
    char c = text.charAt(at);
    return c == '’' || c == '”' || (c == '\'' || c == '"') && closingStraight.get(at);
  }
}
