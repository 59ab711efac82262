package io.quotedesk.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Feller nahm seine Niederlage sportlich. «Q», gab der Tiroler zu": in another language than
 * English, a definite description of a person that the story has not used before takes up the one
 * person the sentence before it names (stories vary the words for whom they are about: der
 * Weltmeister, le glaciologue).
 */
final class SentenceTopics {
  /** Definite articles of the languages, by the gender they give ("das" describes no person). */
  private static final Set<String> MASCULINE = Lexicon.setOf("der", "le", "el", "il", "lo", "o");

  private static final Set<String> FEMININE = Lexicon.setOf("die", "la", "a");

  /** Indefinite articles, by which a story brings in someone it leaves unnamed. */
  private static final Set<String> INDEFINITE =
      Lexicon.setOf("ein", "eine", "einer", "un", "une", "uno", "una", "um", "uma");

  /** "der Tiroler", "die Winzerin", "der Weltmeister": German nouns for a person, by their end. */
  private static final Pattern GERMAN_PERSON = Pattern.compile("\\p{Lu}\\p{L}+(?:er|in)");

  /** The prepositions that join a year to a description: "Der Weltmeister von 2014". */
  private static final Set<String> OF_YEAR = Lexicon.setOf("von", "de", "z", "del", "di", "do");

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private final ArticleView article;
  private final LanguageSubjects inLanguage;

  /** The text in lower case, read once: each description would otherwise copy all before it. */
  private String lowerText;

  /** Where each noun asked about ends where the story first writes it. */
  private final Map<String, Integer> firstWrittenEnd = new HashMap<>();

  SentenceTopics(ArticleView article, LanguageSubjects inLanguage) {
    this.article = article;
    this.inLanguage = inLanguage;
  }

  /**
   * The person the sentence before {@code start} names, alone and of the description's gender, when
   * {@code subject} is a definite description of a person whose noun the story has not written
   * before {@code start} (then it is new words for someone met, not someone the story brought in
   * under that noun).
   */
  Optional<Entity> takenUpBy(List<Token> subject, int start) {
    Optional<CueWords> words = article.words();
    if (words.isEmpty() || !(subject.size() == 2 || sinceAYear(subject))) {
      return Optional.empty();
    }
    String determiner = subject.get(0).lower();
    Lexicon.Gender gender =
        MASCULINE.contains(determiner)
            ? Lexicon.Gender.MALE
            : FEMININE.contains(determiner) ? Lexicon.Gender.FEMALE : null;
    Token noun = subject.get(1);
    if (gender == null
        || !describesPerson(words.get(), subject.subList(0, 2))
        || writtenBefore(noun)) {
      return Optional.empty();
    }
    int s = article.sentences().indexOf(start);
    if (s == 0
        || article.paragraphs().indexOf(article.sentences().start(s - 1))
            != article.paragraphs().indexOf(start)) {
      return Optional.empty();
    }
    int from = article.sentences().start(s - 1);
    List<Entity> named =
        article.resolver().personsNamedBetween(from, start).stream()
            .map(NameMentions.Named::entity)
            .distinct()
            .toList();
    if (named.size() != 1
        || !named.get(0).personLike
        || named.get(0).gender != gender && named.get(0).gender != Lexicon.Gender.UNKNOWN
        || holdsAnotherRole(words.get(), named.get(0), noun)
        // "Ein Gewerkschafter aus Hamburg sah das anders. „Q“, sagte der Hamburger": someone
        // brought in unnamed since may be whom the description goes on with
        || inLanguage.unnamedIntroducedSince(
            named.get(0), gender == Lexicon.Gender.MALE ? "he" : "she", start)
        || article.tokens(from, start).stream().anyMatch(t -> INDEFINITE.contains(t.lower()))) {
      return Optional.empty();
    }
    return Optional.of(named.get(0));
  }

  /**
   * "Der Weltmeister von 2014": a description and the year that says which one; any other words
   * after the noun make someone new ("le maire de Lyon").
   */
  private static boolean sinceAYear(List<Token> subject) {
    return subject.size() == 4
        && OF_YEAR.contains(subject.get(2).lower())
        && YEAR.matcher(subject.get(3).text()).matches();
  }

  /** "Le ministre X … a dit le maire": the person the story gave another role is not the maire. */
  private static boolean holdsAnotherRole(CueWords words, Entity person, Token noun) {
    String role = person.role != null ? person.role : person.writtenRole;
    return role != null
        && RoleNouns.of(words.language()).map(r -> r.namesRole(noun)).orElse(false)
        && !role.toLowerCase(Locale.ROOT).contains(noun.lower());
  }

  /** "Tiroler", "Weltmeister", "glaciologue": a noun for a person in the story's language. */
  private static boolean describesPerson(CueWords words, List<Token> description) {
    Token noun = description.get(1);
    if (RoleNouns.of(words.language()).map(r -> r.namesRole(noun)).orElse(false)
        || words.describedPerson(description).isPresent()) {
      return true;
    }
    return words.language().equals("de") && GERMAN_PERSON.matcher(noun.text()).matches();
  }

  /**
   * The story writes the noun before, as the word or in a compound's end. Where it first does is
   * looked for once per noun, so a long story of many descriptions is read in linear time.
   */
  private boolean writtenBefore(Token noun) {
    if (lowerText == null) {
      lowerText = article.text().toLowerCase(Locale.ROOT);
    }
    if (lowerText.length() != article.text().length()) { // lower case changed where words stand
      return article
          .text()
          .substring(0, noun.start())
          .toLowerCase(Locale.ROOT)
          .contains(noun.lower());
    }
    int firstEnd =
        firstWrittenEnd.computeIfAbsent(
            noun.lower(),
            n -> {
              int at = lowerText.indexOf(n);
              return at < 0 ? Integer.MAX_VALUE : at + n.length();
            });
    return firstEnd <= noun.start();
  }
}
