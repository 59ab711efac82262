package io.quotedesk.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/** A who-said search: the words, and optional filters by speaker, outlet and date. */
public record SearchQuery(
    String words,
    Optional<String> speaker,
    Optional<String> outlet,
    Optional<LocalDate> since,
    Optional<LocalDate> until,
    int limit) {
  public SearchQuery {
    requireNonNull(words, "words");
    requireNonNull(speaker, "speaker");
    requireNonNull(outlet, "outlet");
    requireNonNull(since, "since");
    requireNonNull(until, "until");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }

  /** False when there is nothing to look for: blank, or only marks ({@code ""}, {@code ?}). */
  public boolean hasWords() {
    return hasWords(words);
  }

  /** True when {@code text} holds a letter or digit to look for; a check's claim asks the same. */
  public static boolean hasWords(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /**
   * True when the words are all common ones ("and or not"): they match no quote, and the empty
   * answer should say why.
   */
  public boolean commonWordsOnly() {
    return SearchTerms.of(words).commonWordsOnly();
  }

  /** One sentence for a query of common words only. */
  public String commonWordsAnswer() {
    return "\u201C"
        + words.strip()
        + "\u201D is only common words, which are in nearly every quote: add a word that says what"
        + " was said.";
  }

  /** The words alone, ten results at most. */
  public static SearchQuery of(String words) {
    return of(words, 10);
  }

  /** The words alone, {@code limit} results at most. */
  public static SearchQuery of(String words, int limit) {
    return new SearchQuery(
        words, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
  }
}
