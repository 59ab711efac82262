package io.quotedesk.analysis;

import io.quotedesk.analysis.Lexicon.Gender;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a capitalised word is part of a name, and what gender it tells: honorifics ("Mrs"), words
 * that are never names ("Click", "Getty"), and first names ("Jordan", "Marie-Pierre").
 */
final class NameWords {
  /** Honorifics that tell gender but are no role. Read for every capitalised word: hashed. */
  static final Map<String, Gender> HONORIFICS =
      hashed(
          Map.of(
              "mr",
              Gender.MALE,
              "mrs",
              Gender.FEMALE,
              "ms",
              Gender.FEMALE,
              "miss",
              Gender.FEMALE,
              "sir",
              Gender.MALE,
              "lady",
              Gender.FEMALE,
              "lord",
              Gender.MALE));

  /** Capitalised only because they start a sentence, or never part of a name. */
  static final Set<String> NOT_NAMES =
      Lexicon.setOf(
          "the",
          "a",
          "an",
          "but",
          "and",
          "or",
          "in",
          "on",
          "at",
          "for",
          "if",
          "when",
          "while",
          "as",
          "after",
          "before",
          "during",
          "since",
          "this",
          "that",
          "these",
          "those",
          "it",
          "he",
          "she",
          "they",
          "we",
          "i",
          "his",
          "her",
          "their",
          "our",
          "its",
          "there",
          "here",
          "what",
          "who",
          "why",
          "how",
          "where",
          "so",
          "yet",
          "still",
          "also",
          "then",
          "now",
          "however",
          "meanwhile",
          "still",
          "to",
          "of",
          "with",
          "by",
          "from",
          "about",
          "over",
          "under",
          "according",
          "last",
          "next",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "one",
          "two",
          "my",
          "your",
          "you",
          "us",
          "me",
          "him",
          "them",
          "is",
          "was",
          "are",
          "were",
          "not",
          "no",
          "yes",
          "some",
          "many",
          "most",
          "all",
          "each",
          "every",
          "both",
          "other",
          "another",
          "such",
          "even",
          "just",
          "only",
          "because",
          "although",
          "though",
          "until",
          "unless",
          "whether",
          "among",
          "between",
          "despite",
          "without",
          "within",
          "into",
          "onto",
          "upon",
          "than",
          "read",
          "share",
          "watch",
          "click",
          "photo",
          "video",
          "image",
          "getty",
          "images");

  private NameWords() {}

  /**
   * The gender a first name usually signals; UNKNOWN for a unisex name, a word the lists do not
   * know, or one that is a title or function word here ("General", "Will" in "Will he?").
   */
  static Gender genderOfFirstName(String bareWord) {
    return firstName(bareWord).orElse(Gender.UNKNOWN);
  }

  /** A known first name of any gender ("Jordan"), not a title or function word. */
  static boolean isFirstName(String bareWord) {
    return firstName(bareWord).isPresent();
  }

  // One lower-casing and one look-up in the 87,500 names: asked of most capitalised words.
  private static Optional<Gender> firstName(String bareWord) {
    String lower = bareWord.toLowerCase(Locale.ROOT);
    if (Titles.TITLES.contains(lower)
        || NOT_NAMES.contains(lower)
        || Lexicon.PHRASE_STOPS.contains(lower)) {
      return Optional.empty();
    }
    // Looked up once: most capitalised words are no first name, and the lists are large.
    Optional<Gender> whole = FirstNames.of(lower);
    if (whole.isPresent() && whole.get() != Gender.UNKNOWN) {
      return whole;
    }
    Optional<Gender> compound = firstOfCompound(lower);
    return compound.isPresent() ? compound : whole;
  }

  /**
   * "Marie-Pierre", "Jean-Luc", "Hans-Peter": a compound first name goes by its first part, unless
   * a list is sure of the whole.
   */
  private static Optional<Gender> firstOfCompound(String lower) {
    int dash = lower.indexOf('-');
    return dash > 1
            && lower.indexOf('-', dash + 1) < 0
            && FirstNames.of(lower.substring(dash + 1)).isPresent()
        ? FirstNames.of(lower.substring(0, dash))
        : Optional.empty();
  }

  /** A HashMap for the same reason as {@link Lexicon#setOf}: looked up for every capital. */
  private static <V> Map<String, V> hashed(Map<String, V> map) {
    return Collections.unmodifiableMap(new HashMap<>(map));
  }
}
