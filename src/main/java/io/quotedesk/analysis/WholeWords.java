package io.quotedesk.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether a text writes a word somewhere as a whole word (letters on neither side). Each word asked
 * is searched once; after 32 distinct questions the text gets an index of its letter runs instead
 * (a page listing names: 434 KB took 11 s).
 */
final class WholeWords implements Predicate<String> {
  private static final int SEARCHES_BEFORE_INDEX = 32;
  private final String text;
  private final Map<String, Boolean> answers = new HashMap<>();
  private Set<String> letterRuns; // every maximal run of letters, once many words were asked

  WholeWords(String text) {
    this.text = text;
  }

  @Override
  public boolean test(String word) {
    return answers.computeIfAbsent(word, this::occurs);
  }

  private boolean occurs(String word) {
    if (letterRuns == null && answers.size() >= SEARCHES_BEFORE_INDEX) {
      letterRuns = letterRuns(text);
    }
    if (letterRuns != null && word.chars().allMatch(c -> Character.isLetter((char) c))) {
      return letterRuns.contains(word); // a whole word of letters is a maximal run of them
    }
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      boolean startsWord = at == 0 || !Character.isLetter(text.charAt(at - 1));
      boolean endsWord = end == text.length() || !Character.isLetter(text.charAt(end));
      if (startsWord && endsWord) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> letterRuns(String text) {
    Set<String> runs = new HashSet<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        runs.add(text.substring(start, i));
        start = -1;
      }
    }
    return runs;
  }
}
