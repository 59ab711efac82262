package io.quotedesk.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A language's words for the summary: the stop words its word statistics leave out (der, die, und;
 * le, la, de), with its speech verbs, as the English list leaves out "said"; the words opening a
 * sentence that leans on the one before ("Aber", "Elle"); and whether words hold letters beyond
 * ASCII ("für", "się"), which English words are read without.
 */
record SummaryWords(Set<String> stopWords, Pattern leansOnTheSentenceBefore, boolean unicode) {
  static final SummaryWords ENGLISH =
      new SummaryWords(
          Lexicon.setOf(
              "a", "an", "the", "of", "to", "in", "and", "or", "but", "is", "are", "was", "were",
              "be", "been", "for", "on", "at", "by", "with", "from", "as", "that", "this", "it",
              "its", "his", "her", "their", "he", "she", "they", "we", "i", "you", "not", "no",
              "said", "says", "will", "would", "has", "have", "had", "do", "does", "did", "than",
              "then", "so", "if", "into", "about", "after", "over", "more", "most", "also", "who",
              "which", "what", "when", "where", "while"),
          Pattern.compile(
              "^[\"'“‘]?(?:But|And|However|Yet|So|Still|Also|He|She|They|It|This|These|Those|His"
                  + "|Her|Their|Its|There)\\b"),
          false);

  private static final Map<String, SummaryWords> LOADED = new ConcurrentHashMap<>();

  /** The words of the story's language; English's for English and languages without a list. */
  static SummaryWords of(Optional<String> language) {
    return language
        .map(code -> code.toLowerCase(Locale.ROOT))
        .filter(code -> !code.equals("en") && code.matches("[a-z]{2}"))
        .map(code -> LOADED.computeIfAbsent(code, SummaryWords::load))
        .orElse(ENGLISH);
  }

  private static SummaryWords load(String code) {
    List<String> stopWords = lines("stop-words/" + code + ".txt");
    if (stopWords.isEmpty()) {
      return ENGLISH;
    }
    Set<String> words = new HashSet<>();
    for (String word : stopWords) {
      words.add(word.toLowerCase(Locale.ROOT));
    }
    CueWords.of(code).ifPresent(cues -> words.addAll(cues.verbs())); // "sagte", "a déclaré"
    String openers = OPENERS.getOrDefault(code, "(?!)");
    return new SummaryWords(
        Lexicon.setOf(words.toArray(String[]::new)),
        Pattern.compile("^[\"'“‘„«»‚‹\\s]*(?:" + openers + ")(?![\\p{L}])"),
        true);
  }

  /** Each language's leaning openers as one alternation: "Aber|Und|Doch|…". */
  private static final Map<String, String> OPENERS = openers();

  private static Map<String, String> openers() {
    Map<String, String> byLanguage = new HashMap<>();
    for (String line : lines("leaning-openers.txt")) {
      String[] words = line.split("\\s+");
      byLanguage.put(
          words[0],
          String.join("|", Arrays.stream(words, 1, words.length).map(Pattern::quote).toList()));
    }
    return byLanguage;
  }

  /** The resource's lines, without blank lines and # comments; none when it is missing. */
  private static List<String> lines(String resource) {
    try (InputStream in = SummaryWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        return List.of();
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
