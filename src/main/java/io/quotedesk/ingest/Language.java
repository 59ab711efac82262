package io.quotedesk.ingest;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The language of a story as an ISO 639-1 code: as the page declares it ("de-CH" → "de"), else as
 * optimaize's n-gram detector reads the text, else English when the text is too short or too mixed
 * to tell.
 */
final class Language {
  /** The languages whose quotes, speakers and figures QuoteDesk reads. */
  static final Set<String> ANALYSED = Set.of("en", "de", "fr", "pl", "es", "it", "pt");

  /**
   * The profiles loaded: the languages analysed and the neighbours most often taken for them (Dutch
   * for German, Catalan for Spanish, Romanian for Italian, Czech for Polish…). All 70 of
   * optimaize's profiles take seconds to read; these take a fraction of one.
   */
  private static final List<String> PROFILES =
      List.of(
          "en", "de", "fr", "pl", "es", "it", "pt", "nl", "ca", "ro", "cs", "sk", "sv", "da", "no",
          "ru", "uk", "hu", "tr");

  /**
   * English function words, a quarter of any English story's words: text this English needs no
   * detector, so a run over English stories never loads it.
   */
  private static final Set<String> ENGLISH_FUNCTION_WORDS =
      Set.of(
          "the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "he",
          "she", "as", "at", "by", "said", "his", "her", "from", "have", "has", "are", "be");

  private static final int LONGEST_FUNCTION_WORD =
      ENGLISH_FUNCTION_WORDS.stream().mapToInt(String::length).max().orElseThrow();

  /** The detector reads the story's opening: a page tells its language long before this. */
  private static final int SAMPLE = 2_000;

  /**
   * Below this many letters the detector guesses: "Merci" is not a French story, and "«No lo
   * haremos», afirmó el ministro" is Spanish by its words, not its letters.
   */
  private static final int MIN_LETTERS = 40;

  private Language() {}

  /** The declared code reduced to its language ("en-US" → "en"), else the detected one. */
  static String of(String declared, CharSequence text) {
    Optional<String> code = declared == null ? Optional.empty() : primary(declared);
    return code.orElseGet(() -> detect(text));
  }

  /**
   * The language of {@code text}: by its function words when it is too short for the detector (see
   * {@link ShortTextLanguage}), "en" when it is mixed.
   */
  static String detect(CharSequence text) {
    if (letters(text) < MIN_LETTERS) {
      return ShortTextLanguage.of(text);
    }
    if (plainlyEnglish(text)) {
      return "en";
    }
    return Detector.INSTANCE
        .detect(Detector.TEXTS.forText(text.subSequence(0, Math.min(text.length(), SAMPLE))))
        .transform(LdLocale::getLanguage)
        .or("en");
  }

  /** A notice for pages QuoteDesk can extract but not analyse. */
  static Optional<String> notice(Optional<String> language) {
    if (language.isEmpty() || ANALYSED.contains(primary(language.get()).orElse("en"))) {
      return Optional.empty();
    }
    String name = Locale.forLanguageTag(language.get()).getDisplayLanguage(Locale.ENGLISH);
    String which = name.isBlank() ? "not in a language QuoteDesk reads" : "in " + name;
    return Optional.of(
        "This page is "
            + which
            + "; QuoteDesk reads English, German, French, Polish, Spanish, Italian and"
            + " Portuguese, so quotes, people and facts may be missing.");
  }

  /** "de-CH", "pt_BR", "EN" → "de", "pt", "en"; nothing for "", "x-klingon" or "und". */
  private static Optional<String> primary(String tag) {
    String first = tag.strip().replace('_', '-').split("-", 2)[0].toLowerCase(Locale.ROOT);
    return first.length() == 2 && first.chars().allMatch(c -> c >= 'a' && c <= 'z')
        ? Optional.of(first)
        : Optional.empty();
  }

  /** One word in six an English function word: German or French with English quotes is not. */
  private static boolean plainlyEnglish(CharSequence text) {
    int words = 0;
    int english = 0;
    // The opening, as the detector reads it: splitting a whole long story cost a fifth of analysis.
    String opening = text.subSequence(0, Math.min(text.length(), SAMPLE)).toString();
    // The words are the runs of letters, read in place from an array: a regex split cost 4% of
    // analysis, and String.codePointAt checks every index.
    char[] lower = opening.toLowerCase(Locale.ROOT).toCharArray();
    int i = 0;
    while (i < lower.length) {
      int start = i;
      while (i < lower.length && isPlainLetter(lower[i])) {
        i++; // one char, one letter: ASCII tested first, as most of an opening's letters are
      }
      while (i < lower.length && Character.isLetter(Character.codePointAt(lower, i))) {
        i += Character.charCount(Character.codePointAt(lower, i));
      }
      if (i > start) {
        words++;
        boolean mayBeListed = i - start <= LONGEST_FUNCTION_WORD;
        english +=
            mayBeListed && ENGLISH_FUNCTION_WORDS.contains(new String(lower, start, i - start))
                ? 1
                : 0;
      } else {
        i += Character.charCount(Character.codePointAt(lower, i));
      }
    }
    return words > 0 && english * 6 >= words;
  }

  /** A letter that is a whole code point (no surrogate): for ASCII, a to z. */
  private static boolean isPlainLetter(char c) {
    return c < 128
        ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z'
        : !Character.isSurrogate(c) && Character.isLetter(c);
  }

  private static int letters(CharSequence text) {
    int letters = 0;
    for (int i = 0; i < text.length() && letters < MIN_LETTERS; i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    return letters;
  }

  /** Loaded on first use (the profiles take a moment to read), then shared: it is immutable. */
  private static final class Detector {
    static final TextObjectFactory TEXTS = CommonTextObjectFactories.forDetectingOnLargeText();
    static final LanguageDetector INSTANCE = build();

    private static LanguageDetector build() {
      try {
        return LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(
                new LanguageProfileReader()
                    .readBuiltIn(PROFILES.stream().map(LdLocale::fromString).toList()))
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException(
            "the language profiles shipped in the jar are unreadable", e);
      }
    }
  }
}
