package io.quotedesk.analysis;

import static io.quotedesk.analysis.WordsAroundQuote.wordCount;

import io.quotedesk.analysis.QuoteMarks.Family;
import io.quotedesk.analysis.QuoteMarks.Role;
import io.quotedesk.ingest.Article;
import io.quotedesk.ingest.Whitespace;
import java.util.List;

/**
 * Decides what becomes of a quote still open at the end of its paragraph. News style reopens a
 * quote that runs on ("… / "… / …"); writers also break a quote across a line without a new mark,
 * set the speaker's name on its own line before the closing mark as a pull quote is printed, or
 * forget the closing mark at the end of the paragraph. A mark left open otherwise is dropped, so
 * that it never swallows the rest of the article.
 */
final class UnclosedQuotes {

  /** What becomes of the open quote. */
  enum Fate {
    /** The next paragraph opens with the same mark: the quote goes on past that mark. */
    REOPENED,
    /** "… since the election in. / 1988. The one thing …," Lee says: the next paragraph closes. */
    CLOSED_IN_NEXT,
    /** "Quote. / Ann Lee, mayor.", or "… says. “It is done. / Next": it ends with the paragraph. */
    ENDS_WITH_PARAGRAPH,
    /** A stray mark: no quote. */
    DROPPED
  }

  /** A line this short that only names someone credits the quote above it. */
  private static final int MAX_CREDIT_WORDS = 8;

  private UnclosedQuotes() {}

  /**
   * The fate of the quote opened at {@code opener} and still open at the end of paragraph {@code
   * p}; {@code pairs} are the pairs found so far, {@code to} the paragraph after the last one read.
   */
  static Fate fate(
      String text,
      Paragraphs paragraphs,
      int p,
      int to,
      Family family,
      Article article,
      int opener,
      List<MarkPair> pairs) {
    int next = p + 1;
    if (next < to && reopens(text, opener, paragraphs.start(next), family, article)) {
      return Fate.REOPENED;
    }
    int closer = next < to ? firstMarkCloses(text, paragraphs, next, family, article) : -1;
    if (closer >= 0 && sameGlyphKind(text, opener, closer)) {
      return isCreditLine(text, paragraphs, next, closer)
          ? Fate.ENDS_WITH_PARAGRAPH
          : Fate.CLOSED_IN_NEXT;
    }
    return paragraphs.end(p) < text.length() && opensASentence(text, opener, pairs)
        ? Fate.ENDS_WITH_PARAGRAPH
        : Fate.DROPPED;
  }

  /**
   * A writer reopens a quote with the mark that opened it: straight with straight, curly with
   * curly.
   */
  private static boolean reopens(
      String text, int opener, int start, Family family, Article article) {
    char mark = text.charAt(start);
    if (article.isFurniture(start)
        || !QuoteMarks.isMark(mark, family)
        || !sameGlyphKind(text, opener, start)) {
      return false;
    }
    Role role = QuoteMarks.role(text, start, family, false);
    return (role == Role.OPEN || role == Role.EITHER)
        && !QuoteFinder.TRANSCRIPT_LABEL.matcher(text).region(start + 1, text.length()).lookingAt();
  }

  /**
   * The index of the first mark of paragraph {@code p} when it closes a quote, or -1 when it opens
   * one or there is none. A paragraph that opens a quote first may be a document quoted in a block,
   * whose nested quotes are the speech in it; it is left alone.
   */
  private static int firstMarkCloses(
      String text, Paragraphs paragraphs, int p, Family family, Article article) {
    int start = paragraphs.start(p);
    if (article.isFurniture(start)) {
      return -1;
    }
    for (int i = start; i < paragraphs.end(p); i++) {
      if (QuoteMarks.isMark(text.charAt(i), family)) {
        return QuoteMarks.role(text, i, family, false) == Role.CLOSE ? i : -1;
      }
    }
    return -1;
  }

  /**
   * "Ann Lee, mayor of Harbor.": a short capitalised line whose only mark is the closing one at its
   * end names who said the paragraph above; it is no part of the quote.
   */
  private static boolean isCreditLine(String text, Paragraphs paragraphs, int p, int closer) {
    int start = paragraphs.start(p);
    return closer == paragraphs.end(p) - 1
        && Character.isUpperCase(text.charAt(start))
        && wordCount(text.substring(start, closer)) <= MAX_CREDIT_WORDS;
  }

  /**
   * Lee said. “It is done. / (no closing mark): a quote that opens a sentence with a capital and
   * holds no quotes of its own ends with its paragraph. A quote inside a sentence ("among those who
   * are “somewhat liberal), education …") lost its closing mark somewhere unknown.
   */
  private static boolean opensASentence(String text, int opener, List<MarkPair> pairs) {
    int before = opener - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    int first = Whitespace.skip(text, opener + 1, text.length());
    return (before < 0 || ".:,!?\n".indexOf(text.charAt(before)) >= 0)
        && first < text.length()
        && Character.isUpperCase(text.charAt(first))
        && !holdsQuotes(pairs, opener);
  }

  /** A pair already found opens after {@code opener}: the open quote holds quotes of its own. */
  private static boolean holdsQuotes(List<MarkPair> pairs, int opener) {
    for (int k = pairs.size() - 1; k >= 0 && pairs.get(k).close() > opener; k--) {
      if (pairs.get(k).open() > opener) {
        return true;
      }
    }
    return false;
  }

  /** Straight with straight, curly with curly: "… / …" or “… / …”. */
  private static boolean sameGlyphKind(String text, int opener, int other) {
    return isStraight(text.charAt(opener)) == isStraight(text.charAt(other));
  }

  private static boolean isStraight(char mark) {
    return mark == '"' || mark == '\'';
  }
}
