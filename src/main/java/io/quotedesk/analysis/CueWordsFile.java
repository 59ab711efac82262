package io.quotedesk.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a language's {@link CueWords} from {@code cues/LANG.txt}: one kind of word a line, its name
 * first, then the words ("verb sagte erklärte"); pairs where a word stands for another ("pronoun
 * er=he", "name-ending skiego=ski", "describes der=he:e").
 */
final class CueWordsFile {
  private CueWordsFile() {}

  /** The words of the language with ISO 639-1 {@code code}; none when it has no file. */
  static Optional<CueWords> read(String code) {
    try (InputStream in = CueWords.class.getResourceAsStream("cues/" + code + ".txt")) {
      if (in == null) {
        return Optional.empty();
      }
      Map<String, Set<String>> words = new HashMap<>();
      Map<String, String> pronouns = new HashMap<>();
      Map<String, String> dropped = new HashMap<>();
      Map<String, String> owners = new HashMap<>();
      Map<String, String> plurals = new HashMap<>();
      Map<String, String> possessives = new HashMap<>();
      Map<String, String> honorifics = new HashMap<>();
      List<Map.Entry<String, String>> sureEndings = new ArrayList<>();
      List<Map.Entry<String, String>> endings = new ArrayList<>();
      Map<String, List<String>> describes = new HashMap<>();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .forEach(
              line -> {
                String[] parts = line.toLowerCase(Locale.ROOT).split("\\s+");
                for (int i = 1; i < parts.length; i++) {
                  if (parts[0].equals("pronoun")) {
                    String[] pair = parts[i].split("=", 2);
                    pronouns.put(pair[0], pair[1]);
                  } else if (parts[0].equals("plural")) {
                    String[] pair = parts[i].split("=", 2);
                    plurals.put(pair[0], pair[1]);
                  } else if (parts[0].equals("owner") || parts[0].equals("possessive")) {
                    String[] pair = parts[i].split("=", 2);
                    (parts[0].equals("owner") ? owners : possessives).put(pair[0], pair[1]);
                  } else if (parts[0].equals("dropped")) {
                    String[] pair = parts[i].split("=", 2);
                    dropped.put(pair[0], pair[1]);
                  } else if (parts[0].equals("name-ending-sure")
                      || parts[0].equals("name-ending")) {
                    // skiego=ski, a= : the ending and what replaces it, in the file's order
                    String[] pair = parts[i].split("=", -1);
                    (parts[0].endsWith("sure") ? sureEndings : endings)
                        .add(Map.entry(pair[0], pair[1]));
                  } else if (parts[0].equals("honorific")) {
                    String[] pair = parts[i].split("=", 2);
                    honorifics.put(pair[0], pair[1]);
                  } else if (parts[0].equals("describes")) {
                    // der=he:e → "der", then "he" and the endings
                    String[] pair = parts[i].split("=", 2);
                    describes.put(pair[0], List.of(pair[1].split("[:,]")));
                  } else {
                    words.computeIfAbsent(parts[0], k -> new HashSet<>()).add(parts[i]);
                  }
                }
              });
      return Optional.of(
          new CueWords(
              code,
              words.getOrDefault("verb", Set.of()),
              words.getOrDefault("source", Set.of()),
              words.getOrDefault("source-after", Set.of()),
              words.getOrDefault("source-noun", Set.of()),
              pronouns,
              words.getOrDefault("determiner", Set.of()),
              words.getOrDefault("auxiliary", Set.of()),
              words.getOrDefault("oblique", Set.of()),
              words.getOrDefault("object", Set.of()),
              words.getOrDefault("clitic", Set.of()),
              honorifics,
              sureEndings,
              endings,
              describes,
              words.getOrDefault("unnamed", Set.of()),
              words.getOrDefault("genitive", Set.of()),
              words.getOrDefault("conjunction", Set.of()),
              words.getOrDefault("reported", Set.of()),
              words.getOrDefault("as", Set.of()),
              words.getOrDefault("with", Set.of()),
              dropped,
              words.getOrDefault("that", Set.of()),
              words.getOrDefault("article", Set.of()),
              words.getOrDefault("document", Set.of()),
              words.getOrDefault("copula", Set.of()),
              words.getOrDefault("impersonal", Set.of()),
              owners,
              possessives,
              words.getOrDefault("addressee", Set.of()),
              words.getOrDefault("complement", Set.of()),
              words.getOrDefault("nobody", Set.of()),
              words.getOrDefault("counting-genitive", Set.of()),
              plurals));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
