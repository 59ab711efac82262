package io.quotedesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.quotedesk.analysis.FirstNameWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a gold "he" or "she" source is, for the label the attribution model learns from. PolNeAR
 * marks the pronoun, not the person. The scorer's guess, the nearest earlier named source of a
 * quote, is often someone else: a woman quoted just before "he said", or a man only reported on
 * ("Cox says Obama is trying to distract ... He says ..." is Cox, named as the source of reported
 * speech). Here the antecedent is the nearest person named as the source of any attribution before
 * the pronoun, reported speech included, who can be that pronoun: one person, not a group, a place
 * or a newspaper ("Clinton and husband Bill", "the Vermont senator", "The New York Times"), whose
 * title, first name or fuller mention elsewhere in the text gives the pronoun's gender or no
 * gender.
 */
final class PronounAntecedents {
  /** Where a source's own name ends and an apposition or a possessed noun begins. */
  private static final Pattern NAME_END =
      Pattern.compile(",|\\(| -LRB-| --|\u2014| who |['\u2019] ?s\\b");

  private static final Set<String> HE_TITLES =
      Set.of("mr", "sir", "lord", "king", "prince", "father", "rev");
  private static final Set<String> SHE_TITLES =
      Set.of("mrs", "ms", "miss", "madam", "lady", "queen", "princess", "sister");

  /** Words that stand before a name and are no part of it ("Democratic presidential candidate"). */
  private static final Set<String> BEFORE_NAMES =
      Set.of("the", "democratic", "republican", "candidate", "presidential");

  /** Last words of a capitalised phrase that names no person ("Fox Business Network"). */
  private static final Set<String> ORGANISATIONS =
      Set.of(
          "times",
          "post",
          "news",
          "journal",
          "house",
          "committee",
          "party",
          "department",
          "campaign",
          "university",
          "institute",
          "association",
          "council",
          "agency",
          "network",
          "foundation",
          "corp",
          "inc",
          "group",
          "center",
          "press",
          "magazine",
          "bureau",
          "office",
          "ministry",
          "administration",
          "court",
          "congress",
          "senate",
          "fund",
          "union",
          "company",
          "tribune",
          "cnn",
          "fox",
          "abc",
          "cbs",
          "nbc",
          "msnbc",
          "reuters",
          "republicans",
          "democrats",
          "americans",
          "state",
          "states",
          "pac",
          "media");

  private static final Set<String> PARTICLES =
      Set.of(
          "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin",
          "al", "el", "ibn");

  private final String text;
  private final List<JsonNode> namedSources = new ArrayList<>();
  private final Map<String, Optional<String>> pronounOfSurname = new HashMap<>();

  /** The named sources of one annotated article, in the order the text names them. */
  PronounAntecedents(JsonNode article) {
    this.text = article.path("text").asText();
    for (JsonNode attribution : article.path("quotes")) {
      if (attribution.path("speaker_kind").asText().equals("proper_or_titled")
          && speakerStart(attribution) >= 0) {
        namedSources.add(attribution);
      }
    }
    namedSources.sort(Comparator.comparingInt(PronounAntecedents::speakerStart));
  }

  /**
   * The name of the person a {@code pronoun} ("he" or "she") written at {@code position} stands
   * for: the nearest named source before it that can be that pronoun; empty when none.
   */
  Optional<String> before(int position, String pronoun) {
    for (int i = namedSources.size() - 1; i >= 0; i--) {
      JsonNode source = namedSources.get(i);
      if (speakerStart(source) >= position) {
        continue;
      }
      String said = source.path("speaker").asText("");
      Optional<String> name = personName(said);
      if (name.isPresent() && pronounOf(said, name.get()).map(pronoun::equals).orElse(true)) {
        return name;
      }
    }
    return Optional.empty();
  }

  /**
   * The person a source names, as far as a capitalised run shows: "Rubio supporter Scott Szlachta"
   * is Scott Szlachta, "Grant Green, a national security official under Presidents Reagan and
   * George W. Bush" is Grant Green, "Ms. Murphy" is Murphy; "Some Republicans", "the Vermont
   * senator" and "Clinton and husband Bill" name no one person.
   */
  static Optional<String> personName(String source) {
    String head = NAME_END.split(source, 2)[0];
    if (head.contains(" and ") || head.contains("&")) {
      return Optional.empty();
    }
    List<List<String>> runs = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (String token : head.strip().split("\\s+")) {
      String bare = token.replaceAll("^[.\"'\u201c\u201d`]+|[.\"'\u201c\u201d`]+$", "");
      if (!bare.isEmpty()
          && (Character.isUpperCase(bare.charAt(0))
              || !run.isEmpty() && PARTICLES.contains(lower(bare)))) {
        run.add(token);
      } else if (!run.isEmpty()) {
        runs.add(run);
        run = new ArrayList<>();
      }
    }
    boolean endsWithRun = !run.isEmpty();
    if (endsWithRun) {
      runs.add(run);
    }
    // The last run that opens with a first name is the person: "former George W. Bush
    // speechwriter Noam Neusner" is Noam Neusner.
    for (int r = runs.size() - 1; r >= 0; r--) {
      List<String> words = runs.get(r);
      for (int i = 0; i + 1 < words.size(); i++) {
        String word = lower(words.get(i));
        if (FirstNameWords.isFirstName(word)
            && !GoldAttributions.FUNCTION.contains(word)
            && !isTitle(word)
            && !isTitle(lower(words.get(i + 1)))) {
          return Optional.of(String.join(" ", words.subList(i, words.size())));
        }
      }
    }
    if (runs.isEmpty() || !endsWithRun) {
      return Optional.empty(); // "the Vermont senator": a capital that qualifies a noun
    }
    List<String> last = runs.get(runs.size() - 1);
    if (lower(last.get(0)).equals("the")
        || ORGANISATIONS.contains(lower(last.get(last.size() - 1)))) {
      return Optional.empty();
    }
    int from = 0;
    while (from < last.size() && isTitle(lower(last.get(from)))) {
      from++;
    }
    return from == last.size()
        ? Optional.empty()
        : Optional.of(String.join(" ", last.subList(from, last.size())));
  }

  /**
   * "he" or "she" as the source's title ("Ms. Murphy"), its first name ("Michael J. Petrilli") or,
   * for a surname alone, a fuller mention in the text ("Devine" after "Tad Devine") tells; empty
   * when nothing does.
   */
  private Optional<String> pronounOf(String source, String name) {
    for (String word : NAME_END.split(source, 2)[0].split("\\s+")) {
      if (HE_TITLES.contains(lower(word))) {
        return Optional.of("he");
      }
      if (SHE_TITLES.contains(lower(word))) {
        return Optional.of("she");
      }
    }
    String[] words = name.split("\\s+");
    if (words.length > 1) {
      Optional<String> byFirstName = FirstNameWords.pronounOf(lower(words[0]));
      if (byFirstName.isPresent()) {
        return byFirstName;
      }
    }
    String surname = words[words.length - 1];
    Optional<String> bySurname =
        pronounOfSurname.computeIfAbsent(surname, this::pronounOfSurnameInText);
    return bySurname.isEmpty() && words.length == 1
        ? FirstNameWords.pronounOf(lower(surname))
        : bySurname;
  }

  /** The pronoun most mentions of a surname in the text give: "Mr. Devine", "Tad Devine". */
  private Optional<String> pronounOfSurnameInText(String surname) {
    String quoted = Pattern.quote(surname);
    int he = 0;
    int she = 0;
    Matcher titled =
        Pattern.compile("\\b(Mr|Mrs|Ms|Miss|Sir|Lady)\\.? " + quoted + "\\b").matcher(text);
    while (titled.find()) {
      boolean male = titled.group(1).equals("Mr") || titled.group(1).equals("Sir");
      he += male ? 1 : 0;
      she += male ? 0 : 1;
    }
    Matcher named =
        Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)(?: \\p{Lu}\\.)? " + quoted + "\\b").matcher(text);
    while (named.find()) {
      Optional<String> pronoun = FirstNameWords.pronounOf(lower(named.group(1)));
      he += pronoun.filter("he"::equals).isPresent() ? 1 : 0;
      she += pronoun.filter("she"::equals).isPresent() ? 1 : 0;
    }
    return he == she ? Optional.empty() : Optional.of(he > she ? "he" : "she");
  }

  private static boolean isTitle(String word) {
    return GoldAttributions.TITLES.contains(word)
        || HE_TITLES.contains(word)
        || SHE_TITLES.contains(word)
        || BEFORE_NAMES.contains(word);
  }

  /** A word in lower case without the marks around it: "Sen." is "sen". */
  private static String lower(String word) {
    return word.replaceAll("[^\\p{L}'\u2019-]", "").toLowerCase(Locale.ROOT);
  }

  /** Where an attribution's source is named, or -1 when the annotation does not say. */
  static int speakerStart(JsonNode attribution) {
    if (attribution.path("speaker_start").isInt()) {
      return attribution.path("speaker_start").asInt();
    }
    JsonNode spans = attribution.path("speaker_spans");
    return spans.isArray() && !spans.isEmpty() ? spans.get(0).get(0).asInt() : -1;
  }
}
