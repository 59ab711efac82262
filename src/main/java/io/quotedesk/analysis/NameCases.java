package io.quotedesk.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A name written in another case, read back to the form that names the person, in a language that
 * declines names (Polish: "Zdaniem Kowalskiego" is Kowalski, "według Anny Nowak" is Anna Nowak, "z
 * Tuskiem" is Tusk). The endings come from the language's cue words: the sure ones (-skiego → -ski)
 * always apply; the others (-a → -, Tuska → Tusk; -ka → -ek, Marka → Marek) only where the form
 * they give is a name the text writes or a first name of the language, or for a surname after a
 * first name read back so ("Piotra Nowaka" → Piotr Nowak).
 */
final class NameCases {
  private final CueWords words;
  private final Set<String> namesInText;

  /** {@code namesInText}: the capitalised words of the story, in lower case. */
  NameCases(CueWords words, Set<String> namesInText) {
    this.words = words;
    this.namesInText = namesInText;
  }

  /** The run with each name word in the case that names; the run itself when none changes. */
  List<Token> nominative(List<Token> run) {
    List<Token> out = null;
    boolean afterDeclinedFirstName = false;
    for (int i = 0; i < run.size(); i++) {
      Token token = run.get(i);
      String text =
          token.lower().indexOf('-') > 0
              ? hyphenated(token.text(), afterDeclinedFirstName)
              : declined(token.text(), nominative(token.lower(), afterDeclinedFirstName));
      String form = text == null ? null : text.toLowerCase(Locale.ROOT);
      afterDeclinedFirstName = form != null && isFirstName(form);
      if (form == null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(run);
      }
      out.set(i, new Token(token.start(), token.end(), text, token.kind(), form));
    }
    return out == null ? run : out;
  }

  /** The written word with {@code form}'s ending and its own capitals; null for no form. */
  private static String declined(String written, String form) {
    return form == null ? null : written.substring(0, 1) + form.substring(1);
  }

  /**
   * Kidawy-Błońskiej → Kidawa-Błońska: each part of a double surname is declined, and when the last
   * part's ending is a sure one, the parts before it take the same case's ending with it; null when
   * no part changes.
   */
  private String hyphenated(String written, boolean afterDeclinedFirstName) {
    String[] parts = written.split("-", -1);
    String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
    boolean sure = replaced(last, words.sureNameEndings()) != null;
    boolean changed = false;
    for (int i = 0; i < parts.length; i++) {
      String lower = parts[i].toLowerCase(Locale.ROOT);
      String form = parts[i].isEmpty() ? null : nominative(lower, afterDeclinedFirstName || sure);
      if (form != null) {
        parts[i] = declined(parts[i], form);
        changed = true;
      }
    }
    return changed ? String.join("-", parts) : null;
  }

  /** The form that names, or null when {@code lower} is one already or no ending fits. */
  private String nominative(String lower, boolean afterDeclinedFirstName) {
    if (lower.length() < 4 || isFirstName(lower) || !Character.isLetter(lower.charAt(0))) {
      return null;
    }
    String sure = replaced(lower, words.sureNameEndings());
    if (sure != null) {
      return sure;
    }
    String fallback = null;
    for (Map.Entry<String, String> ending : words.nameEndings()) {
      String form = withEnding(lower, ending);
      if (form == null) {
        continue;
      }
      if (isFirstName(form) || namesInText.contains(form)) {
        return form;
      }
      fallback = fallback == null ? form : fallback;
    }
    return afterDeclinedFirstName ? fallback : null;
  }

  private static String replaced(String lower, List<Map.Entry<String, String>> endings) {
    for (Map.Entry<String, String> ending : endings) {
      String form = withEnding(lower, ending);
      if (form != null) {
        return form;
      }
    }
    return null;
  }

  /** {@code lower} with the ending swapped ("kowalskiego" → "kowalski"), when 3 letters stay. */
  private static String withEnding(String lower, Map.Entry<String, String> ending) {
    int stem = lower.length() - ending.getKey().length();
    return lower.endsWith(ending.getKey()) && stem >= 3
        ? lower.substring(0, stem) + ending.getValue()
        : null;
  }

  /** {@code lower}: already in lower case, as every caller's form is. */
  private boolean isFirstName(String lower) {
    return FirstNames.inLanguage(words.language(), lower).isPresent();
  }
}
