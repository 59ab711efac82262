package io.quotedesk.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The language of a page: as declared, else English when its commonest words are English. */
final class Language {
  private static final Set<String> ENGLISH_FUNCTION_WORDS =
      Set.of(
          "the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "he",
          "she", "as", "at", "by", "said", "his", "her", "from", "have", "has", "are", "be");

  private Language() {}

  /**
   * The declared code ("en-US"), else "en" when the text reads as English, else "und"
   * (undetermined).
   */
  static String of(String declared, CharSequence text) {
    if (declared != null && !declared.isBlank()) {
      return declared.replace('_', '-');
    }
    return looksEnglish(text) ? "en" : "und";
  }

  /** A notice for pages QuoteDesk can extract but not analyze. */
  static Optional<String> notice(Optional<String> language) {
    if (language.isEmpty() || language.get().toLowerCase(Locale.ROOT).startsWith("en")) {
      return Optional.empty();
    }
    String name = Locale.forLanguageTag(language.get()).getDisplayLanguage(Locale.ENGLISH);
    String which = name.isBlank() ? "not in English" : "in " + name;
    return Optional.of(
        "This page is "
            + which
            + "; QuoteDesk reads English only, so quotes, people and facts may be missing.");
  }

  private static boolean looksEnglish(CharSequence text) {
    int words = 0;
    int english = 0;
    for (String word : text.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!word.isEmpty()) {
        words++;
        if (ENGLISH_FUNCTION_WORDS.contains(word)) {
          english++;
        }
      }
    }
    return words > 0 && english * 100 / words >= 8;
  }
}
