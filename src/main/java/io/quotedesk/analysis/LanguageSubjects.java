package io.quotedesk.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a cue's subject reads in a story written in another language than English, for {@link
 * CueResolver}: a determiner and a noun describe ("la toxicologue", "der Sprecher"), a document's
 * noun speaks for no one named ("dem Bericht zufolge"), words after a description may say which one
 * ("der Sprecher des Ministeriums"). English subjects are read by {@link SubjectHeads} instead;
 * kept apart so that the resolver reads as the order of its rules, not as every language's grammar.
 */
final class LanguageSubjects {
  private final ArticleView article;
  private final IndefiniteIntroductions introductions;

  LanguageSubjects(ArticleView article) {
    this.article = article;
    this.introductions = new IndefiniteIntroductions(article);
  }

  /** "der Sprecher", "la toxicologue", "eine Sprecherin": the story's language's determiner. */
  boolean isDescription(List<Token> subject) {
    return subject.size() >= 2
        && article.words().map(w -> w.determiners().contains(subject.get(0).lower())).orElse(false);
  }

  /** "„Q” – poinformowała policja": a body written in lower case (see LanguageDescriptions). */
  boolean isBody(List<Token> subject) {
    return article.words().map(w -> LanguageDescriptions.isBody(w, subject)).orElse(false);
  }

  /**
   * "une source proche du dossier", "Ein anderer", "otra": a determiner and a word by which the
   * text leaves the speaker unnamed, or that word alone.
   */
  boolean isNobody(List<Token> subject) {
    int noun = isDescription(subject) ? 1 : 0;
    return noun < subject.size()
        && article.words().map(w -> w.nobodies().contains(subject.get(noun).lower())).orElse(false);
  }

  /**
   * "sagte der Hamburger" after "der Hamburger Bürgermeister Peter X": a German masculine demonym,
   * an article and a capitalised word in -er whose place the story names (Hamburg, Berlin; München
   * for Münchner), describes the man named before as "der 46-Jährige" does ("he"). Empty for other
   * words ("der Sprecher": no place "Sprech").
   */
  Optional<String> demonym(List<Token> subject) {
    Optional<String> french = frenchDemonym(subject);
    if (french.isPresent()) {
      return french;
    }
    if (subject.size() != 2
        || !article.words().map(w -> w.language().equals("de")).orElse(false)
        || !subject.get(0).lower().equals("der")) {
      return Optional.empty();
    }
    String word = subject.get(1).text();
    if (!subject.get(1).isCapitalized() || word.length() < 6 || !word.endsWith("er")) {
      return Optional.empty();
    }
    String stem = word.substring(0, word.length() - 2);
    boolean place =
        namesPlace(stem)
            || word.endsWith("ner") && namesPlace(word.substring(0, word.length() - 3) + "en");
    return place && describesBefore(word, subject.get(0).start())
        ? Optional.of("he")
        : Optional.empty();
  }

  /** Where each demonym is first written before a capitalised word, or the text's length. */
  private final Map<String, Integer> firstDescribing = new HashMap<>();

  /**
   * "der Hamburger Bürgermeister Peter X" before {@code start}: the story described someone by the
   * demonym, not only named the place ("Ein Gewerkschafter aus Hamburg … sagte der Hamburger" is no
   * man named before).
   */
  private boolean describesBefore(String demonym, int start) {
    int first =
        firstDescribing.computeIfAbsent(
            demonym,
            word -> {
              Matcher m =
                  Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(word) + " \\p{Lu}")
                      .matcher(article.text());
              return m.find() ? m.start() : article.text().length();
            });
    return first < start;
  }

  /**
   * "– powiedział starosta" after "Starosta powiatu hajnowskiego Piotr X", "a dit la ministre"
   * after "la ministre de la Culture Rachida X": these languages write what a role is of after its
   * noun, so the one person named before whose role opens with the description's last word holds
   * it. Empty when no one or several people have such a role.
   */
  Optional<Entity> soleHolderOfRoleNoun(List<Token> subject, int position) {
    String noun = subject.get(subject.size() - 1).lower();
    return onlyOneNamedBefore(position, e -> e.role != null && firstWord(e.role).equals(noun));
  }

  /**
   * "Die Präsidentin des Umweltbundesamts hält dagegen" after "Die Präsidentin des
   * Umweltbundesamts, Dagmar X, fordert": the one person named before whose role the text writes
   * out again from the description's noun on, what it is of included. Empty when none or several.
   */
  Optional<Entity> holderOfRoleWrittenOn(List<Token> subject, int position, int end) {
    Token noun = subject.get(subject.size() - 1);
    String text = article.text();
    return onlyOneNamedBefore(
        position,
        e ->
            e.role != null
                && e.role.indexOf(' ') > 0
                && firstWord(e.role).equals(noun.lower())
                && text.startsWith(e.role.substring(e.role.indexOf(' ')), end));
  }

  /** The one person named before {@code position} that {@code fits}; empty for none or several. */
  private Optional<Entity> onlyOneNamedBefore(int position, Predicate<Entity> fits) {
    List<Entity> found =
        article.resolver().personsNamedBetween(0, position).stream()
            .map(NameMentions.Named::entity)
            .filter(fits)
            .distinct()
            .toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * "Als erste Zeugin sagte eine 81-jährige Frau aus. … „Q“, sagte die Rentnerin": someone of the
   * pronoun's gender was brought in unnamed after {@code entity} was last named.
   */
  boolean unnamedIntroducedSince(Entity entity, String pronoun, int start) {
    return introductions.unnamedIntroducedSince(entity, pronoun, start);
  }

  /**
   * "Ein Sprecher der Stadtwerke bestätigte den Ausfall. „Q“, sagte er": the person brought in with
   * an indefinite article in this sentence or the one before, as written.
   */
  Optional<String> unnamedBefore(String pronoun, int start) {
    return introductions.unnamedBefore(pronoun, start);
  }

  private static String firstWord(String role) {
    int space = role.indexOf(' ');
    return (space < 0 ? role : role.substring(0, space)).toLowerCase(Locale.ROOT);
  }

  private static final Pattern FRENCH_MAN =
      Pattern.compile("\\p{Lu}\\p{Ll}+(?:ien|ais|ois|ain|and|ol)");
  private static final Pattern FRENCH_WOMAN =
      Pattern.compile("\\p{Lu}\\p{Ll}+(?:ienne|aise|oise|aine|ande|ole)");

  /**
   * "a savouré le Brésilien", "a réagi la Française": French writes a nationality noun with a
   * capital after its article; it describes the person of the article's gender named before, as "le
   * quinquagénaire" does. Empty for other words and for a name the story gives ("le Havre").
   */
  private Optional<String> frenchDemonym(List<Token> subject) {
    if (subject.size() != 2
        || !article.words().map(w -> w.language().equals("fr")).orElse(false)
        || article.resolver().knowsName(subject.get(1))) {
      return Optional.empty();
    }
    String determiner = subject.get(0).lower();
    String word = subject.get(1).text();
    if (determiner.equals("le") && FRENCH_MAN.matcher(word).matches()) {
      return Optional.of("he");
    }
    return determiner.equals("la") && FRENCH_WOMAN.matcher(word).matches()
        ? Optional.of("she")
        : Optional.empty();
  }

  /**
   * Each word's answer, since each asking searches the whole story ("sagte der Sprecher" × 3,000).
   */
  private final Map<String, Boolean> places = new HashMap<>();

  /** The story writes {@code word} as a word of its own (a place: "Hamburg" in "in Hamburg"). */
  private boolean namesPlace(String word) {
    return places.computeIfAbsent(word, this::writesWord);
  }

  private boolean writesWord(String word) {
    return Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(word) + "(?![\\p{L}-])")
        .matcher(article.text())
        .find();
  }

  /** "dem Bericht", "le rapport", "el informe": a determiner and a document's noun. */
  boolean isDocument(List<Token> subject) {
    return isDescription(subject)
        && article.words().map(w -> w.documents().contains(subject.get(1).lower())).orElse(false);
  }

  /**
   * "dem Bericht zufolge", "ergänzte die Person": a determiner and one capitalised word the text
   * names no one by is a common noun (German writes every noun so), a description, not a name.
   */
  boolean isCommonNoun(List<Token> subject) {
    if (!isDescription(subject)) {
      return false;
    }
    if (LanguageDescriptions.isOfSomething(article.words().orElseThrow(), subject)) {
      return true;
    }
    // "Le maire de Marseille a déclaré": the determiner opening a sentence is no name's capital
    List<Token> capitals =
        subject.subList(1, subject.size()).stream().filter(Token::isCapitalized).toList();
    return capitals.size() == 1
        && capitals.get(0) == subject.get(subject.size() - 1)
        && !article.resolver().knowsName(capitals.get(0));
  }

  /**
   * "la toxicologue" as "toxicologue", as "the senator" is looked up as "senator": the description
   * from its second word to {@code end}.
   */
  String withoutDeterminer(List<Token> subject, int end) {
    return article.text().substring(subject.get(1).start(), end);
  }

  /**
   * « Q », explique la toxicologue Dominique Parent-Massin: the lower-case words between the
   * determiner and the name are the person's role, so that "la toxicologue" later finds her.
   */
  void learnRoleBeforeName(List<Token> subject, Entity entity) {
    if (entity.role != null || !isDescription(subject)) {
      return;
    }
    int k = 1;
    while (k < subject.size() && subject.get(k).isWord() && !subject.get(k).isCapitalized()) {
      k++;
    }
    if (k > 1 && k < subject.size()) {
      article
          .resolver()
          .learnRole(
              entity, article.text().substring(subject.get(1).start(), subject.get(k - 1).end()));
    }
  }

  /** "der Sprecher des Ministeriums", "der Journalist von «Nau»": words after say which one. */
  boolean specifiedAfter(CueWords words, int end) {
    String next = wordAfter(end);
    // "von Siemens" says whose; "von den Dreharbeiten" is what they spoke about
    // "die Mutter zweier Kinder" describes the woman named before
    return words.genitives().contains(next)
        && !words.countingGenitives().contains(next)
        && !words.determiners().contains(wordAfter(wordEndAfter(end)));
  }

  /**
   * A person named outside a prepositional phrase: "Marie-Pierre Dausse défend …", not "les études
   * du biologiste Séralini" (the two words before the name are looked at).
   */
  boolean namedAsSubject(int start) {
    CueWords words = article.words().orElseThrow();
    int s = article.sentences().indexOf(start);
    List<Token> before = article.tokens(article.sentences().start(s), start);
    for (int k = Math.max(0, before.size() - 2); k < before.size(); k++) {
      if (words.obliques().contains(before.get(k).lower()) && !joinsRole(before, k, words)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "le guide de montagne Jean-Pierre X": a complement's preposition between two lower-case words
   * of a role before the name, not one that governs the name.
   */
  private static boolean joinsRole(List<Token> before, int k, CueWords words) {
    return k >= 1
        && k + 2 == before.size()
        && words.complements().contains(before.get(k).lower())
        && before.get(k - 1).isWord()
        && !before.get(k - 1).isCapitalized()
        && before.get(k + 1).isWord()
        && !before.get(k + 1).isCapitalized();
  }

  /** The word, in lower case, after {@code end} and the spaces there; empty before a mark. */
  private String wordAfter(int end) {
    int from = end;
    while (from < article.text().length() && Character.isWhitespace(article.text().charAt(from))) {
      from++;
    }
    return article.text().substring(from, wordEndAfter(end)).toLowerCase(Locale.ROOT);
  }

  private int wordEndAfter(int end) {
    String text = article.text();
    int to = end;
    while (to < text.length() && Character.isWhitespace(text.charAt(to))) {
      to++;
    }
    while (to < text.length() && Character.isLetter(text.charAt(to))) {
      to++;
    }
    return to;
  }
}
