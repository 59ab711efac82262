package io.quotedesk.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Plurals of common nouns, which open sentences with a capital like names: "Audiences can expect
 * him …", "Critics called it …", "Hours later". A word ending in "s" is one when the story writes
 * its singular in lower case ("audience", "critic"), unless the story writes it after another
 * capital as a name's part ("Maxine Waters"), or it is a first name ("Francis"). A title's plural
 * alone ("Attorneys for Clinton appeared to oppose …") stays a subject that may speak.
 */
final class CommonPlurals implements Predicate<String> {
  private final String text;
  private final Predicate<String> lowerCaseWords;

  CommonPlurals(String text, Predicate<String> lowerCaseWords) {
    this.text = text;
    this.lowerCaseWords = lowerCaseWords;
  }

  /**
   * The answer for each word asked, since each asking searches the whole story: a story opening
   * 8,000 sentences with "Officials" searched it 8,000 times (5 s instead of 2).
   */
  private final Map<String, Boolean> answers = new HashMap<>();

  @Override
  public boolean test(String lower) {
    return answers.computeIfAbsent(lower, this::isPlural);
  }

  private boolean isPlural(String lower) {
    if (lower.length() < 4
        || !lower.endsWith("s")
        || lower.endsWith("ss")
        || lower.endsWith("us")
        || lower.endsWith("is")
        || NameWords.isFirstName(lower)) {
      return false;
    }
    String stem = lower.substring(0, lower.length() - 1);
    boolean plural =
        isCommon(stem)
            || lower.endsWith("es") && isCommon(lower.substring(0, lower.length() - 2))
            || lower.endsWith("ies") && isCommon(lower.substring(0, lower.length() - 3) + "y");
    return plural && !followsCapital(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
  }

  private boolean isCommon(String singular) {
    return lowerCaseWords.test(singular);
  }

  /** "Tom Banks": the word written right after another capitalised word, as a surname. */
  private boolean followsCapital(String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      if (end < text.length() && Character.isLetter(text.charAt(end))) {
        continue;
      }
      int space = at - 1;
      if (space < 1 || text.charAt(space) != ' ') {
        continue;
      }
      int wordEnd = space;
      int wordStart = wordEnd;
      while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordStart < wordEnd && Character.isUpperCase(text.charAt(wordStart))) {
        return true;
      }
    }
    return false;
  }
}
