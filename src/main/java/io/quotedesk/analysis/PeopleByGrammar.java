package io.quotedesk.analysis;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the grammar of a German or French story shows to be people's, though no list of first names
 * holds them: the subject of a speech verb written without a determiner ("Das bestätigte Ennio
 * Marconi", "Marconi sagte", "glisse Pasiphaé"), since a common noun there would need one; and a
 * name with an age beside it ("Ana (Lia-Maren Holt, 25)", "Yanis, 32 ans,"); one word after "with"
 * ("discutant avec Yanis").
 */
final class PeopleByGrammar {
  /** The words for "years old" after an age: "32 ans", "46 Jahre". */
  private static final Set<String> AGE_WORDS = Set.of("ans", "jahre", "jahren", "lat");

  private PeopleByGrammar() {}

  /** Whether {@code run}, a run of capitalised words of {@code tokens}, names a person. */
  static boolean isPerson(List<Token> tokens, List<Token> run, CueWords words) {
    int first = Ranges.firstStartingAtOrAfter(tokens, Token::start, run.get(0).start());
    int after = first + run.size();
    if (first >= tokens.size() || tokens.get(first) != run.get(0)) {
      return false;
    }
    return subjectAfterVerb(tokens, first, words)
        || subjectBeforeVerb(tokens, first, after, run.size(), words)
        || withAge(tokens, after)
        || companion(tokens, first, run.size(), words);
  }

  /**
   * "en discutant avec Yanis", "im Gespräch mit Reto": one word, no article, after "with" is the
   * person one is with (a country takes an article: "avec la France").
   */
  private static boolean companion(List<Token> tokens, int first, int size, CueWords words) {
    return size == 1
        && first > 0
        && words.companions().contains(tokens.get(first - 1).lower())
        && !tokens.get(first).isAcronym();
  }

  /** "bestätigte Ennio Marconi", "sagt Reto", "glisse Pasiphaé": the verb, then the name. */
  private static boolean subjectAfterVerb(List<Token> tokens, int first, CueWords words) {
    if (first == 0) {
      return false;
    }
    Token verb = tokens.get(first - 1);
    return verb.isWord() && !verb.isCapitalized() && words.isVerb(verb.lower());
  }

  /**
   * "Marconi sagte", ", und Ennio Marconi erzählte": the name opens its clause and the verb
   * follows; one word opening a sentence may be an adverb ("Dazu sagte"), so it needs a second word
   * or a clause opened by a comma or a conjunction.
   */
  private static boolean subjectBeforeVerb(
      List<Token> tokens, int first, int after, int size, CueWords words) {
    if (after >= tokens.size()) {
      return false;
    }
    Token verb = tokens.get(after);
    if (!verb.isWord() || verb.isCapitalized() || !words.isVerb(verb.lower())) {
      return false;
    }
    if (first == 0 || !tokens.get(first - 1).isWord()) {
      boolean sentenceStart = first == 0 || !tokens.get(first - 1).is(",");
      return size >= 2 || !sentenceStart;
    }
    return words.conjunctions().contains(tokens.get(first - 1).lower());
  }

  /**
   * Whether the run is followed by an age ("Bukayo Saka, 24, said"): in any language, a person
   * though no list holds the first name.
   */
  static boolean hasAgeAfter(List<Token> tokens, List<Token> run) {
    int first = Ranges.firstStartingAtOrAfter(tokens, Token::start, run.get(0).start());
    return first < tokens.size()
        && tokens.get(first) == run.get(0)
        && withAge(tokens, first + run.size());
  }

  /** "Wanjiru Kamau, a 27-year-old nurse": an age in years written as one word. */
  private static final Pattern YEARS_OLD = Pattern.compile("[1-9][0-9]?-year-old");

  /**
   * "(Lia-Maren Holt, 25)", "Yanis, 32 ans,", "Ann Ruiz, a 27-year-old nurse,": a name, a comma and
   * an age.
   */
  private static boolean withAge(List<Token> tokens, int after) {
    if (after + 1 >= tokens.size() || !tokens.get(after).is(",")) {
      return false;
    }
    // "Ohio, 62-year-old Brenda Johnson": without its article the age goes with the next name
    if (Lexicon.ARTICLES.contains(tokens.get(after + 1).lower())
        && after + 2 < tokens.size()
        && YEARS_OLD.matcher(tokens.get(after + 2).lower()).matches()) {
      return true;
    }
    String age = tokens.get(after + 1).text();
    if (!age.matches("[1-9][0-9]?")) {
      return false;
    }
    if (after + 2 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(after + 2);
    return next.is(")") || next.is(",") || AGE_WORDS.contains(next.lower());
  }
}
