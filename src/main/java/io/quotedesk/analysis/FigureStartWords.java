package io.quotedesk.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words an English figure may start with: a number word ("four years"), a month ("March 5") or
 * a weekday ("Wednesday"). Every word of a story is asked, and most are none of these, so the
 * answer is found without copying the word or comparing it with the whole list.
 */
final class FigureStartWords {
  /** Which figure a word may start. */
  enum Start {
    NUMBER,
    MONTH,
    WEEKDAY,
    NONE
  }

  private static final Set<String> MONTHS =
      Lexicon.setOf(
          "Jan",
          "January",
          "Feb",
          "February",
          "Mar",
          "March",
          "Apr",
          "April",
          "May",
          "Jun",
          "June",
          "Jul",
          "July",
          "Aug",
          "August",
          "Sep",
          "Sept",
          "September",
          "Oct",
          "October",
          "Nov",
          "November",
          "Dec",
          "December");

  private static final Set<String> WEEKDAYS =
      Lexicon.setOf("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  /**
   * A bit for the lower-case hash of each number word, month and weekday. Most words of a story are
   * none of these, and one bit read tells so where the lookups below would compare letters.
   */
  private static final long[] LISTED_WORDS = new long[32];

  static {
    for (Set<String> words : List.of(EnglishNumbers.WORD_VALUES.keySet(), MONTHS, WEEKDAYS)) {
      for (String word : words) {
        int bit = listedBit(word.toLowerCase(Locale.ROOT).hashCode());
        LISTED_WORDS[bit >>> 6] |= 1L << bit;
      }
    }
  }

  private static final String[][] NUMBER_WORDS_BY_LENGTH =
      byLength(EnglishNumbers.WORD_VALUES.keySet());
  private static final String[][] MONTHS_BY_LENGTH = byLength(MONTHS);
  private static final String[][] WEEKDAYS_BY_LENGTH = byLength(WEEKDAYS);

  private FigureStartWords() {}

  /** Where the word of letters that starts at {@code start} ends. */
  static int wordEnd(char[] chars, int start) {
    int end = start;
    while (end < chars.length && Token.isLetter(chars[end])) {
      end++;
    }
    return end;
  }

  /**
   * The figure the word text[start, end) may start: a number word in any case ("Four"), a month or
   * weekday only capitalised ("may" is a verb, "May 5" a date).
   */
  static Start of(char[] chars, String text, int start, int end) {
    if (!mayBeListed(chars, start, end)) {
      return Start.NONE; // most words: no lookup
    }
    if (lookup(NUMBER_WORDS_BY_LENGTH, text, start, end, true) != null) {
      return Start.NUMBER;
    }
    if (!Character.isUpperCase(chars[start])) {
      return Start.NONE;
    }
    if (lookup(MONTHS_BY_LENGTH, text, start, end, false) != null) {
      return Start.MONTH;
    }
    if (lookup(WEEKDAYS_BY_LENGTH, text, start, end, false) != null) {
      return Start.WEEKDAY;
    }
    return Start.NONE;
  }

  /** False only for a word whose bit is clear: an ASCII word that is surely none of the lists. */
  private static boolean mayBeListed(char[] chars, int start, int end) {
    int hash = 0; // of the word in lower case, as String.hashCode would give it for ASCII
    boolean ascii = true;
    for (int i = start; i < end; i++) {
      ascii &= chars[i] < 128;
      hash = 31 * hash + (chars[i] | 0x20);
    }
    if (!ascii) {
      return true;
    }
    int bit = listedBit(hash);
    return (LISTED_WORDS[bit >>> 6] & 1L << bit) != 0;
  }

  private static int listedBit(int hash) {
    return (hash * 0x9E3779B9) >>> 21; // 0 to 2047
  }

  /** The words by their length: index [n] holds the words of n letters. */
  private static String[][] byLength(Set<String> words) {
    int longest = words.stream().mapToInt(String::length).max().orElse(0);
    String[][] index = new String[longest + 1][];
    for (int length = 0; length <= longest; length++) {
      final int n = length;
      index[length] = words.stream().filter(w -> w.length() == n).toArray(String[]::new);
    }
    return index;
  }

  /**
   * The listed word that text[start, end) spells, or null; compares in place, since most words of a
   * story are none of these and copying each would cost more than the rest of the search.
   */
  private static String lookup(
      String[][] words, String text, int start, int end, boolean ignoreCase) {
    if (end - start >= words.length) {
      return null;
    }
    String[] candidates = words[end - start];
    if (candidates.length == 0) {
      return null;
    }
    char first = ignoreCase ? Token.toLowerCase(text.charAt(start)) : text.charAt(start);
    char last = ignoreCase ? Token.toLowerCase(text.charAt(end - 1)) : text.charAt(end - 1);
    for (String candidate : candidates) {
      if (candidate.charAt(0) == first
          && candidate.charAt(candidate.length() - 1) == last
          && text.regionMatches(ignoreCase, start, candidate, 0, candidate.length())) {
        return candidate;
      }
    }
    return null;
  }
}
