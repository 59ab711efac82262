package io.quotedesk.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The publisher's own dek, when the description a page carries is one: "Facebook collects data
 * about people who have never even opted in." is; a teaser cut off mid-sentence ("Picture a deck of
 * tarot cards. What do you see? Or the skeleton on horseback for..."), a site's blurb ("Nicolas
 * Perriault's homepage.") or the headline again is not.
 */
final class Standfirst {
  static final int MIN_WORDS = 6;
  static final int MAX_WORDS = 60;

  /** "…", "...", "(...)", "[…]" at the end: the description is the story's start, cut off. */
  private static final Pattern CUT_OFF =
      Pattern.compile("(?:…|\\.\\.\\.|\\[…]|\\(…\\)|\\(\\.\\.\\.\\))\\s*$");

  private Standfirst() {}

  static Optional<String> of(String description, String headline) {
    String text = Whitespace.normalize(description);
    int words = text.isEmpty() ? 0 : text.split(" ").length;
    if (words < MIN_WORDS || words > MAX_WORDS || CUT_OFF.matcher(text).find()) {
      return Optional.empty();
    }
    if (headline != null && comparable(headline).equals(comparable(text))) {
      return Optional.empty();
    }
    return Optional.of(text);
  }

  private static String comparable(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
