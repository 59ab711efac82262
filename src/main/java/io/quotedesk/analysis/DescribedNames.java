package io.quotedesk.analysis;

import io.quotedesk.analysis.Lexicon.Gender;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * English runs that open with capitalised words describing a person before their first name and
 * surname, no title among them: "Engineer Bob Ruiz said", "Billionaire Donald Trump", "Democrat
 * Hillary Clinton", "Fox News Sean Hannity". The rest is the name when the story names the person
 * elsewhere without the description ("Ruiz said", "Hillary Clinton"): a first-name list holds
 * "Carolina", "Angeles" and "Washington", so "South Carolina Republicans", "Los Angeles Times" and
 * "The Washington Post" need that evidence to be split. The description is the person's role only
 * when nothing else gives one, and never from a headline in title case: "Pence Endorses Paul Ryan"
 * splits the same way, and "Pence Endorses" is no role.
 */
final class DescribedNames {
  private static final List<String> ADJECTIVE_ENDINGS =
      List.of("ed", "en", "al", "ous", "ful", "ive", "ic", "ble", "ing", "less", "ly", "time");

  /** Words that open a clause or a pair, not a description: "Neither Donald J. Trump nor …". */
  private static final Set<String> CLAUSE_OPENERS =
      Lexicon.setOf(
          "neither", "either", "both", "whether", "wherever", "whenever", "whatever", "whoever");

  private final Set<String> loneWords = new HashSet<>();
  private final Set<String> firstAndLast = new HashSet<>();
  private final Map<String, String> descriptions = new HashMap<>();
  // each pair of words written together in a run, with the words written after the pair
  private final Map<String, Set<String>> wordsAfterPairs = new HashMap<>();
  private final Predicate<String> lowerCaseWords;
  private final Set<List<Token>> inTitleCase;

  /**
   * Learns from every run of the story how it names people without a description; the runs of
   * {@code inTitleCase} (compared by identity) stand in a headline, whose capitals give no
   * description: "Pence Endorses Paul Ryan".
   */
  DescribedNames(
      List<List<Token>> runs, Predicate<String> lowerCaseWords, Set<List<Token>> inTitleCase) {
    this.lowerCaseWords = lowerCaseWords;
    this.inTitleCase = inTitleCase;
    for (List<Token> run : runs) {
      if (run.size() == 1) {
        loneWords.add(NameRuns.bareName(run.get(0)));
      } else {
        firstAndLast.add(key(run.get(0), run.get(run.size() - 1)));
      }
      for (int i = 1; i < run.size(); i++) {
        String after = i + 1 < run.size() ? NameRuns.bareName(run.get(i + 1)) : "";
        wordsAfterPairs
            .computeIfAbsent(key(run.get(i - 1), run.get(i)), k -> new HashSet<>())
            .add(after);
      }
    }
  }

  /**
   * The run's name without its description: "Engineer Bob Ruiz" → "Bob Ruiz", the description
   * "Engineer" kept for {@link #descriptionOf}; else the run as {@link NameParts#of} splits it.
   */
  NameParts parts(List<Token> run) {
    NameParts parts = NameParts.of(run);
    if (parts.role() != null || parts.honorific() != Gender.UNKNOWN || run.size() < 3) {
      return parts;
    }
    for (int at = 1; at <= run.size() - 2; at++) {
      if (opensName(run, at)) {
        NameParts name = NameParts.of(run.subList(at, run.size()));
        if (isFirstAndSurname(name.name()) && !isOnePlace(run, at, name.name())) {
          String description = inTitleCase.contains(run) ? null : roleOf(run.subList(0, at));
          if (description != null) {
            String key = key(name.name().get(0), name.name().get(name.name().size() - 1));
            descriptions.putIfAbsent(key, description);
          }
          return new NameParts(null, name.name(), Gender.UNKNOWN);
        }
      }
    }
    return parts;
  }

  /** The description written before the name "bob ruiz" (first and surname, bare), or null. */
  String descriptionOf(String first, String last) {
    return descriptions.isEmpty() ? null : descriptions.get(first + " " + last);
  }

  /** A first name after a capitalised word that is none: "Democrat Hillary", not "Mary Ann". */
  private boolean opensName(List<Token> run, int at) {
    Token before = run.get(at - 1);
    String first = NameRuns.bareName(run.get(at));
    return NameWords.isFirstName(first)
        && !NameWords.isFirstName(NameRuns.bareName(before))
        && before.isCapitalized()
        && !before.text().endsWith(".") // "J. Paul Getty": an initial opens the name
        && !NameRuns.isPossessive(before)
        && !lowerCaseWords.test(first);
  }

  /**
   * "Bob Ruiz", "Elijah E. Cummings": a first name, perhaps an initial, and a surname the story
   * also names the person by ("Ruiz said") or writes after that first name alone.
   */
  private boolean isFirstAndSurname(List<Token> name) {
    boolean initial = name.size() == 3 && name.get(1).text().endsWith(".");
    if (name.size() != 2 && !initial) {
      return false;
    }
    Token surname = name.get(name.size() - 1);
    String bare = NameRuns.bareName(surname);
    return !surname.text().endsWith(".")
        && !lowerCaseWords.test(bare)
        && !SourceNouns.BODIES.contains(bare)
        && (loneWords.contains(bare) || firstAndLast.contains(key(name.get(0), surname)));
  }

  /**
   * "South Carolina Republicans" when the story also writes "South Carolina" alone or before
   * another word: the word before the first name and the first name are one name of their own.
   */
  private boolean isOnePlace(List<Token> run, int at, List<Token> name) {
    String surname = NameRuns.bareName(name.get(name.size() - 1));
    String second = NameRuns.bareName(name.get(1));
    return wordsAfterPairs.getOrDefault(key(run.get(at - 1), run.get(at)), Set.of()).stream()
        .anyMatch(after -> !after.equals(second) && !after.equals(surname));
  }

  /** The description as a role, without a determiner or opener ("The", "Neither"); or null. */
  private static String roleOf(List<Token> description) {
    for (Token token : description) {
      String lower = NameRuns.bareName(token);
      if (NameWords.isFirstName(lower) // "Hillary Clinton Slams Donald Trump"
          || Lexicon.TIME_WORDS.contains(lower) // "Yesterday Peter Hall said"
          || NameWords.NOT_NAMES.contains(lower) // "Monday", "However"
          || Lexicon.PHRASE_STOPS.contains(lower)
          || Lexicon.SUBORDINATORS.contains(lower)
          || CLAUSE_OPENERS.contains(lower)
          || Lexicon.DETERMINERS.contains(lower)
          || Lexicon.SENTENCE_OPENERS.contains(lower)) {
        return null;
      }
    }
    String head = NameRuns.bareName(description.get(description.size() - 1));
    return Titles.isTitle(head) || !readsAsAdjective(head) ? NameParts.join(description) : null;
  }

  /**
   * "Embattled", "Outspoken", "Longtime", "Famous": a word ending as English adjectives do says how
   * someone is, not what they are ("Engineer", "Democrat", "Billionaire"), so it is shown as no
   * role. Endings rather than a list, as the words before names are open-ended.
   */
  private static boolean readsAsAdjective(String word) {
    return ADJECTIVE_ENDINGS.stream().anyMatch(word::endsWith);
  }

  private static String key(Token first, Token last) {
    return NameRuns.bareName(first) + " " + NameRuns.bareName(last);
  }
}
