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

/**
 * About 87,500 first names in five languages with the gender they usually signal, for "he" and
 * "she". Read once, on first use (about 1 MB of text); see first-names/LICENSE and NOTICE.md.
 */
final class FirstNames {
  /** English first: where the lists disagree ("Andrea"), an English text's reading wins. */
  private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it"};

  private FirstNames() {}

  /** The holder idiom: the lists load when a name is first looked up, not when Lexicon loads. */
  private static final class Holder {
    static final Map<String, Gender> NAMES = load();
  }

  /**
   * The gender a first name, in lower case, usually signals; UNKNOWN for unisex names. Empty if not
   * a name.
   */
  static Optional<Gender> of(String lowerCaseWord) {
    return Optional.ofNullable(Holder.NAMES.get(lowerCaseWord));
  }

  private static Map<String, Gender> load() {
    Map<String, Gender> names = new HashMap<>(1 << 17);
    for (String language : LANGUAGES) {
      String file = "first-names/" + language + ".tsv";
      try (InputStream in = FirstNames.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("missing " + file);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
          int tab = line.indexOf('\t');
          if (tab > 0 && !line.startsWith("#")) {
            names.putIfAbsent(line.substring(0, tab), gender(line.substring(tab + 1).strip()));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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
