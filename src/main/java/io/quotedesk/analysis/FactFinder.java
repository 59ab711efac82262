package io.quotedesk.analysis;

import io.quotedesk.ingest.Article;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Finds the figures a story turns on: money in every currency it is given in, percentages, counts
 * with their noun, dates (weekdays resolved against the publication date), durations. Each fact is
 * the article's own text at its span; page furniture has none. Stories in the other languages
 * QuoteDesk reads are read by {@link LocalFactFinder}, with their own number formats and names.
 */
final class FactFinder {
  List<Fact> find(Article article) {
    Optional<LocalDate> published = DateFigures.publicationDate(article);
    Optional<FigureWords> local = article.metadata().language().flatMap(FigureWords::of);
    if (local.isPresent()) {
      return new LocalFactFinder(local.get()).find(article, published); // "3,5 Mrd. Euro"
    }
    return findInEnglish(article, published);
  }

  /**
   * Tries the figure patterns only where a figure may start (a currency sign, a digit or a word
   * that starts a figure), never across the whole text: each pattern scanning all of it cost ten
   * times the rest of the analysis.
   */
  private static List<Fact> findInEnglish(Article article, Optional<LocalDate> published) {
    String text = article.text();
    NonOverlappingFacts facts =
        new NonOverlappingFacts(article, f -> FigureSubjects.withAbout(f, text));
    // Scanned as an array: every character passes here, and String.charAt checks each index.
    char[] chars = text.toCharArray();
    int i = 0;
    while (i < chars.length) {
      char c = chars[i];
      boolean currency = c == '$' || c == '€' || c == '£' || c == '¥';
      if (!currency && !Token.isLetterOrDigit(c)) {
        i++; // most characters start nothing: spaces, punctuation
        continue;
      }
      boolean wordStart = i == 0 || !Token.isLetterOrDigit(chars[i - 1]);
      int next = i + 1;
      Fact fact = null;
      if (currency) {
        fact = NumberFigures.moneyAtSign(text, i);
      } else if (wordStart && Character.isDigit(c)) {
        fact = NumberFigures.atNumber(text, i);
      } else if (wordStart && Token.isLetter(c)) {
        int end = FigureStartWords.wordEnd(chars, i);
        fact = atWord(chars, text, i, end, published);
        next = fact == null ? end : next;
      }
      i = facts.keep(fact, next);
    }
    return facts.list();
  }

  /** The figure the word text[start, end) starts: "four years", "March 5", "on Wednesday". */
  private static Fact atWord(
      char[] chars, String text, int start, int end, Optional<LocalDate> published) {
    return switch (FigureStartWords.of(chars, text, start, end)) {
      case NUMBER -> NumberFigures.atNumber(text, start);
      case MONTH -> DateFigures.monthDateAt(text, start, published);
      case WEEKDAY -> DateFigures.weekdayAt(text, start, published);
      case NONE -> null;
    };
  }
}
