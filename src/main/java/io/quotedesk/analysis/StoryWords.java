package io.quotedesk.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The summary's words: lower-cased runs of letters and digits ("NATO's" gives "nato" and "s"; with
 * other languages' letters on, "Für" gives "für"), read from the story's characters in place and
 * counted without a String per word, since every character of the story passes here.
 */
final class StoryWords {
  private StoryWords() {}

  /**
   * The words of text[start, end), lower-cased: runs of ASCII letters and digits, or with {@code
   * unicode} of any letters and digits ("für", "się").
   */
  static List<String> words(String text, int start, int end, boolean unicode) {
    char[] range = new char[end - start];
    text.getChars(start, end, range, 0);
    List<String> words = new ArrayList<>();
    forEachWord(
        range,
        0,
        range.length,
        unicode,
        (word, length, hash) -> words.add(new String(word, 0, length)));
    return words;
  }

  /** Receives each word in a shared buffer, with the hash its String would have. */
  private interface WordSink {
    void accept(char[] word, int length, int hash);
  }

  /** ASCII letters and digits lower-cased; 0 for the other ASCII characters, which part words. */
  private static final char[] ASCII_WORD_CHARS = new char[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      ASCII_WORD_CHARS[c] = c;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII_WORD_CHARS[c] = c;
      ASCII_WORD_CHARS[c - 'a' + 'A'] = c;
    }
  }

  /** The character lower-cased when it belongs to a word, else 0. */
  private static char wordChar(char c, boolean unicode) {
    if (c < 128) {
      return ASCII_WORD_CHARS[c];
    }
    char lower = Character.toLowerCase(c); // "İ" is "i"
    if (lower < 128) {
      return ASCII_WORD_CHARS[lower];
    }
    return unicode && Character.isLetterOrDigit(lower) ? lower : 0;
  }

  // Every character of the story passes here: a char array and a table read cost a third of
  // String.charAt and the range tests.
  private static void forEachWord(char[] text, int start, int end, boolean unicode, WordSink sink) {
    char[] word = new char[32];
    int length = 0;
    int hash = 0;
    for (int i = start; i < end; i++) {
      char lower = wordChar(text[i], unicode);
      if (lower != 0) {
        if (length == word.length) {
          word = Arrays.copyOf(word, length * 2);
        }
        word[length++] = lower;
        hash = 31 * hash + lower;
      } else if (length > 0) {
        sink.accept(word, length, hash);
        length = 0;
        hash = 0;
      }
    }
    if (length > 0) {
      sink.accept(word, length, hash);
    }
  }

  /**
   * How often a few chosen words occur in the story. Counted in place, without a String per word:
   * the story has hundreds of words and only the candidates' words matter.
   */
  static final class WordCounts {
    private final String[] keys;
    private final int[] hashes; // each key's, compared before its letters: most probes miss
    private final int[] counts;
    private final int shift;
    private final boolean unicode;

    WordCounts(Set<String> words, boolean unicode) {
      this.unicode = unicode;
      int size = Integer.highestOneBit(Math.max(words.size(), 1) * 4) * 2;
      keys = new String[size];
      hashes = new int[size];
      counts = new int[size];
      shift = Integer.numberOfLeadingZeros(size) + 1;
      for (String word : words) {
        int slot = slot(word.toCharArray(), word.length(), word.hashCode());
        keys[slot] = word;
        hashes[slot] = word.hashCode();
      }
    }

    void countIn(char[] text, int start, int end) {
      forEachWord(
          text,
          start,
          end,
          unicode,
          (word, length, hash) -> {
            int slot = slot(word, length, hash);
            if (keys[slot] != null) {
              counts[slot]++;
            }
          });
    }

    int of(String word) {
      int slot = slot(word.toCharArray(), word.length(), word.hashCode());
      return keys[slot] == null ? 0 : counts[slot];
    }

    /** The slot holding the word, or the empty slot where it would go (linear probing). */
    private int slot(char[] word, int length, int hash) {
      int mask = keys.length - 1;
      int slot = (hash * 0x9E3779B9) >>> shift; // Fibonacci hashing spreads similar words apart
      while (keys[slot] != null && !(hashes[slot] == hash && spells(keys[slot], word, length))) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private static boolean spells(String key, char[] word, int length) {
      if (key.length() != length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (key.charAt(i) != word[i]) {
          return false;
        }
      }
      return true;
    }
  }
}
