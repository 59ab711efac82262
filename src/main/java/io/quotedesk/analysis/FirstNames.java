package io.quotedesk.analysis;

import io.quotedesk.analysis.Lexicon.Gender;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * About 87,500 first names in five languages with the gender they usually signal, for "he" and
 * "she". Read once, on first use (about 1 MB of text); see first-names/LICENSE and NOTICE.md.
 */
final class FirstNames {
  /** English first: where the lists disagree ("Andrea"), an English text's reading wins. */
  private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it"};

  private static final Map<String, Map<String, Optional<Gender>>> BY_LANGUAGE =
      new ConcurrentHashMap<>();

  private FirstNames() {}

  /** The holder idiom: the lists load when a name is first looked up, not when Lexicon loads. */
  private static final class Holder {
    static final Map<String, Gender> NAMES = merged();
  }

  /**
   * The gender a first name, in lower case, usually signals; UNKNOWN for unisex names. Empty if not
   * a name.
   */
  static Optional<Gender> of(String lowerCaseWord) {
    return Optional.ofNullable(Holder.NAMES.get(lowerCaseWord));
  }

  /**
   * The gender of a first name in one language's list only ("de", "fr"); empty when that language
   * has no list or the list does not hold the name. The lists of the story's own language are the
   * ones to trust with a lone capitalised word ("Samuel sagt"), the merged ones hold "Apple".
   */
  static Optional<Gender> inLanguage(String language, String lowerCaseWord) {
    Map<String, Optional<Gender>> names = BY_LANGUAGE.computeIfAbsent(language, FirstNames::read);
    Optional<Gender> gender = names.get(lowerCaseWord);
    if (gender != null && gender.isEmpty()) {
      // fr.tsv lists "valérie", "hélène" and "raphaël" under both genders, and "valerie",
      // "helene" and "raphael" under one: the spelling without accents decides
      gender = names.getOrDefault(withoutAccents(lowerCaseWord), gender);
    }
    return gender == null ? Optional.empty() : Optional.of(gender.orElse(Gender.UNKNOWN));
  }

  private static String withoutAccents(String word) {
    return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
  }

  /**
   * Every list, the first language that is sure of a name's gender winning. A list that gives one
   * name under both genders (fr.tsv lists "marie" as male too, and male names come first there) is
   * unsure of it: the next list decides, else the name is unisex.
   */
  private static Map<String, Gender> merged() {
    Map<String, Gender> names = new HashMap<>(1 << 17);
    Map<String, Gender> unsure = new HashMap<>();
    for (String language : LANGUAGES) {
      for (Map.Entry<String, Optional<Gender>> entry : read(language).entrySet()) {
        if (names.containsKey(entry.getKey())) {
          continue;
        }
        if (entry.getValue().isPresent()) {
          names.put(entry.getKey(), entry.getValue().get());
        } else {
          unsure.putIfAbsent(entry.getKey(), Gender.UNKNOWN);
        }
      }
    }
    unsure.forEach(names::putIfAbsent);
    return names;
  }

  /** One list: each name with its gender, or empty when the list gives it both. */
  private static Map<String, Optional<Gender>> read(String language) {
    String file = "first-names/" + language + ".tsv";
    Map<String, Optional<Gender>> names = new HashMap<>();
    try (InputStream in = FirstNames.class.getResourceAsStream(file)) {
      if (in == null) {
        return Map.of(); // Polish and Portuguese have no list
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        if (tab > 0 && !line.startsWith("#")) {
          Optional<Gender> gender = Optional.of(gender(line.substring(tab + 1).strip()));
          names.merge(line.substring(0, tab), gender, (a, b) -> a.equals(b) ? a : Optional.empty());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private static Gender gender(String label) {
    return switch (label) {
      case "male" -> Gender.MALE;
      case "female" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }
}
