package io.quotedesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The language of a text too short for the n-gram detector ("«No lo haremos», afirmó el ministro."
 * → "es"), by its function words and speech verbs ({@code short-text-words.txt}), the letters only
 * one language writes (ł, ß, ñ, ã) and its quotation marks („…“ German, „…” Polish); English when
 * nothing tells another language apart, as "Merci beaucoup" does not.
 */
final class ShortTextLanguage {
  /** Letters that only one of the languages writes. */
  private static final Map<Character, String> OWN_LETTERS = ownLetters();

  /** The fewest points another language needs: one function word alone may be a name. */
  private static final int MIN_POINTS = 2;

  private static final Map<String, Set<String>> WORDS = load();

  private ShortTextLanguage() {}

  /**
   * Speech verbs weigh double: in a line of attribution they say more than a function word, and
   * '"No comment," Ana Souza de la Cruz said.' is English whatever the name's particles say.
   */
  private static final Set<String> SPEECH_VERBS =
      Set.of(
          "said",
          "says",
          "told",
          "sagte",
          "sagt",
          "dit",
          "déclaré",
          "affirme",
          "dijo",
          "afirmó",
          "detto",
          "disse",
          "diz",
          "powiedział",
          "powiedziała",
          "mówi");

  /** The language {@code text} shows most, ahead of every other one, else "en". */
  static String of(CharSequence text) {
    Map<String, Integer> points = new HashMap<>();
    for (String word : text.toString().split("[^\\p{L}]+")) {
      String lower = word.toLowerCase(Locale.ROOT);
      int weight = SPEECH_VERBS.contains(lower) ? 2 : 1;
      for (Map.Entry<String, Set<String>> language : WORDS.entrySet()) {
        if (language.getValue().contains(lower)) {
          points.merge(language.getKey(), weight, Integer::sum);
        }
      }
      // A name's letters are no evidence: Jürgen Müller and Iga Świątek speak English here too.
      if (!word.isEmpty() && !Character.isUpperCase(word.charAt(0))) {
        ownLetter(lower).ifPresent(language -> points.merge(language, 1, Integer::sum));
      }
    }
    String lower = text.toString().toLowerCase(Locale.ROOT);
    addMarks(lower, points);
    String best = "en";
    int bestPoints = points.getOrDefault("en", 0);
    boolean tied = false;
    for (Map.Entry<String, Integer> entry : points.entrySet()) {
      if (entry.getKey().equals(best)) {
        continue;
      }
      if (entry.getValue() > bestPoints) {
        best = entry.getKey();
        bestPoints = entry.getValue();
        tied = false;
      } else if (entry.getValue() == bestPoints) {
        tied = true;
      }
    }
    return !tied && !best.equals("en") && bestPoints >= MIN_POINTS ? best : "en";
  }

  /** The language whose own letter the word holds first, once per word. */
  private static Optional<String> ownLetter(String lowerWord) {
    for (int i = 0; i < lowerWord.length(); i++) {
      String language = OWN_LETTERS.get(lowerWord.charAt(i));
      if (language != null) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /** „…“ is German, „…” Polish: the closing mark tells them apart. */
  private static void addMarks(String text, Map<String, Integer> points) {
    int open = text.indexOf('„');
    if (open < 0) {
      return;
    }
    int german = text.indexOf('“', open);
    int polish = text.indexOf('”', open);
    if (german >= 0 && (polish < 0 || german < polish)) {
      points.merge("de", 2, Integer::sum);
    } else if (polish >= 0) {
      points.merge("pl", 2, Integer::sum);
    }
  }

  private static Map<Character, String> ownLetters() {
    Map<Character, String> letters = new HashMap<>();
    for (char c : "ąęłśćżźń".toCharArray()) {
      letters.put(c, "pl");
    }
    for (char c : "ßäöü".toCharArray()) {
      letters.put(c, "de");
    }
    for (char c : "ñ¿¡".toCharArray()) {
      letters.put(c, "es");
    }
    for (char c : "ãõ".toCharArray()) {
      letters.put(c, "pt");
    }
    for (char c : "œ".toCharArray()) {
      letters.put(c, "fr");
    }
    return Map.copyOf(letters);
  }

  private static Map<String, Set<String>> load() {
    try (InputStream in = ShortTextLanguage.class.getResourceAsStream("short-text-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("short-text-words.txt is missing from the jar");
      }
      Map<String, Set<String>> words = new LinkedHashMap<>();
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      for (String line : lines) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.strip().split("\\s+");
        words.put(parts[0], Set.copyOf(Arrays.asList(parts).subList(1, parts.length)));
      }
      return Map.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException("short-text-words.txt in the jar is unreadable", e);
    }
  }
}
