package io.quotedesk.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One language's words for finding who speaks: its speech verbs ("sagte", "affirme"), the words
 * that name a source before or after it ("selon X", "X zufolge"), its subject pronouns and what
 * they stand for ("er" → "he"), determiners that open a description ("der Sprecher") and the
 * auxiliaries of compound tenses ("a déclaré") and the prepositions that put a name out of subject
 * position ("du biologiste Séralini") and the articles of an object ("nannte den Plan"); the object
 * pronouns that may stand before an incise's verb ("nous confie X"); the honorifics before a
 * surname and the gender they give ("Mme Morel"); the endings of a declined name and the ones that
 * name ("Kowalskiego" → "Kowalski", see {@link NameCases}); the nouns of saying whose owner is a
 * source ("nach Angaben von X"); the descriptions that stand for a person named before ("der
 * 46-Jährige") and the words that instead say which one is meant ("des Senders"); the conjunctions
 * that open a clause after a quote instead of a verb ("„Q“, weil er …"), the verb forms of reported
 * speech ("sie habe", "er sei"), the words of "as X says" ("wie Scholz sagte") and the word for
 * "with" before the person one talks with ("discutant avec Yanis"), the endings of a verb that say
 * who speaks when no pronoun does (Polish "zaznaczyła": she) and the demonstrative that takes up a
 * quote in the sentence after it ("„Q“ Das sagte Scholz") and the articles joined to a preposition
 * that, like a determiner, may open a term in quotation marks ("du « principe »") and the nouns of
 * a document, which says things but is nobody ("dem Bericht zufolge"), and the copulas after which
 * quoted words are a predicate rather than a term (Polish "jest"), and the impersonal subject of a
 * speech verb whose source a preposition names ("heißt es aus dem Ministerium"), and the pronouns
 * that name a source's owner after a source word ("Według niej", "selon lui") and the possessives
 * before one ("Jego zdaniem", "Seiner Ansicht nach"), and the prepositions of whom a speaker spoke
 * to, which end a description ("a déclaré le ministre à l’AFP"), and the prepositions by which a
 * description goes on to say what it is of ("le maire de Rouen"; any other ends it: "la chanteuse
 * sur Instagram"), and the words after a determiner by which a text leaves a speaker unnamed ("une
 * source proche du dossier", "ein anderer"), and the genitives that count, which describe a person
 * rather than say which one ("die Mutter zweier Kinder"), and the pronouns that a verb's plural
 * ending makes plural ("sagten sie": they). Read by {@link CueWordsFile}; {@code language} is its
 * ISO 639-1 code.
 */
record CueWords(
    String language,
    Set<String> verbs,
    Set<String> sources,
    Set<String> sourcesAfter,
    Set<String> sourceNouns,
    Map<String, String> pronouns,
    Set<String> determiners,
    Set<String> auxiliaries,
    Set<String> obliques,
    Set<String> objects,
    Set<String> clitics,
    Map<String, String> honorifics,
    List<Map.Entry<String, String>> sureNameEndings,
    List<Map.Entry<String, String>> nameEndings,
    Map<String, List<String>> describes,
    Set<String> unnamed,
    Set<String> genitives,
    Set<String> conjunctions,
    Set<String> reported,
    Set<String> comparisons,
    Set<String> companions,
    Map<String, String> droppedSubjects,
    Set<String> demonstratives,
    Set<String> contractedArticles,
    Set<String> documents,
    Set<String> copulas,
    Set<String> impersonals,
    Map<String, String> owners,
    Map<String, String> possessives,
    Set<String> addressees,
    Set<String> complements,
    Set<String> nobodies,
    Set<String> countingGenitives,
    Map<String, String> plurals) {
  private static final Map<String, Optional<CueWords>> LOADED = new ConcurrentHashMap<>();

  CueWords {
    verbs = Set.copyOf(verbs);
    sources = Set.copyOf(sources);
    sourcesAfter = Set.copyOf(sourcesAfter);
    sourceNouns = Set.copyOf(sourceNouns);
    pronouns = Map.copyOf(pronouns);
    determiners = Set.copyOf(determiners);
    auxiliaries = Set.copyOf(auxiliaries);
    obliques = Set.copyOf(obliques);
    objects = Set.copyOf(objects);
    clitics = Set.copyOf(clitics);
    honorifics = Map.copyOf(honorifics);
    sureNameEndings = List.copyOf(sureNameEndings);
    nameEndings = List.copyOf(nameEndings);
    copulas = Set.copyOf(copulas);
    impersonals = Set.copyOf(impersonals);
    describes = Map.copyOf(describes);
    unnamed = Set.copyOf(unnamed);
    genitives = Set.copyOf(genitives);
    conjunctions = Set.copyOf(conjunctions);
    reported = Set.copyOf(reported);
    comparisons = Set.copyOf(comparisons);
    companions = Set.copyOf(companions);
    droppedSubjects = Map.copyOf(droppedSubjects);
    demonstratives = Set.copyOf(demonstratives);
    contractedArticles = Set.copyOf(contractedArticles);
    documents = Set.copyOf(documents);
    owners = Map.copyOf(owners);
    possessives = Map.copyOf(possessives);
    addressees = Set.copyOf(addressees);
    complements = Set.copyOf(complements);
    nobodies = Set.copyOf(nobodies);
    countingGenitives = Set.copyOf(countingGenitives);
    plurals = Map.copyOf(plurals);
  }

  /** The words of a language other than English that QuoteDesk analyses; none for the others. */
  static Optional<CueWords> of(String language) {
    String code = language.toLowerCase(Locale.ROOT);
    return code.equals("en") || !code.matches("[a-z]{2}")
        ? Optional.empty()
        : LOADED.computeIfAbsent(code, CueWordsFile::read);
  }

  /** "sagte", and "affirme" in "affirme-t-elle": a verb of speech, in lower case. */
  boolean isVerb(String lower) {
    return verbs.contains(lower) || verbs.contains(verbOf(lower));
  }

  /**
   * A word that says speech is reported in its sentence: a speech verb, a source word before a name
   * or an article ("selon le ministre", "pour Marine Tondelier", not "pour faire"), a source word
   * after one ("zufolge"), a noun of saying ("Angaben") or a form of reported speech ("sei").
   */
  boolean cuesSpeech(List<Token> tokens, int k) {
    String lower = tokens.get(k).lower();
    if (sources.contains(lower)) {
      // "Zdaniem prezesa NBP X": a language with no articles writes a role in lower case there
      return k + 1 < tokens.size()
          && (tokens.get(k + 1).isCapitalized()
              || opensTerm(tokens.get(k + 1).lower())
              || determiners.isEmpty() && tokens.get(k + 1).isWord());
    }
    return isVerb(lower)
        || sourcesAfter.contains(lower)
        || sourceNouns.contains(lower)
        || reported.contains(lower);
  }

  /** "die", "ein", "du": an article that may open a term set in quotation marks (die «Fibel»). */
  boolean opensTerm(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return determiners.contains(lower) || contractedArticles.contains(lower);
  }

  /**
   * Współczesne „kalsarikänni”, koncepcja „zero waste”: a language with no articles (Polish) sets a
   * term after the adjective or noun it goes with, any lower-case word of three letters or more
   * that is no function word, copula ("jest „za wysokie”" may be someone's words), speech verb or
   * source word.
   */
  boolean opensTermWithoutArticle(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return determiners.isEmpty()
        && word.length() > 2
        && word.chars().allMatch(Character::isLowerCase)
        && !isFunctionWord(lower)
        && !copulas.contains(lower)
        && !isVerb(lower)
        && !sources.contains(lower)
        && !pronouns.containsKey(lower);
  }

  /** "er", "elle": the token is one of the language's subject pronouns. */
  boolean isPronoun(Token token) {
    return token.isWord() && pronouns.containsKey(token.lower());
  }

  /** "en", "und", "der": a preposition, conjunction or article, which no term qualifies. */
  boolean isFunctionWord(String lower) {
    return obliques.contains(lower)
        || determiners.contains(lower)
        || conjunctions.contains(lower)
        || contractedArticles.contains(lower);
  }

  /** "affirme-t-elle" → "affirme"; "a-t-il" → "a". */
  static String verbOf(String lower) {
    int dash = lower.indexOf('-');
    return dash > 0 ? lower.substring(0, dash) : lower;
  }

  /** "affirme-t-elle" → the pronoun "elle" joined to the verb, as the English one ("she"). */
  Optional<String> joinedPronoun(String lower) {
    int dash = lower.lastIndexOf('-');
    return dash > 0
        ? Optional.ofNullable(pronouns.get(lower.substring(dash + 1)))
        : Optional.empty();
  }

  /** "er", "elle" and "affirme-t-elle" as the English pronoun they stand for. */
  Optional<String> pronoun(String lower) {
    return Optional.ofNullable(pronouns.get(lower))
        .or(() -> joinedPronoun(lower))
        .or(() -> Optional.ofNullable(owners.get(lower)))
        .or(() -> Optional.ofNullable(possessives.get(lower)))
        .or(() -> droppedSubject(lower));
  }

  /**
   * As {@link #pronoun(String)}, read with the cue's {@code verb}: German "sie" is "they" before or
   * after a verb in the plural ("„Q“, sagten sie"), whose ending the {@code plural} line gives.
   */
  Optional<String> pronoun(String lower, String verb) {
    String ending = plurals.get(lower);
    if (ending != null && verb != null) {
      String first = verb.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
      if (first.endsWith(ending)) {
        return Optional.of("they");
      }
    }
    return pronoun(lower);
  }

  /**
   * A speech verb whose ending says who speaks, in a language that drops the subject pronoun: "„Q”
   * – zaznaczyła." is "she", "dodał" is "he". Empty for other words.
   */
  Optional<String> droppedSubject(String lower) {
    if (droppedSubjects.isEmpty() || !verbs.contains(lower)) {
      return Optional.empty();
    }
    String longest = null;
    for (String ending : droppedSubjects.keySet()) {
      if (lower.endsWith(ending) && (longest == null || ending.length() > longest.length())) {
        longest = ending;
      }
    }
    return Optional.ofNullable(longest).map(droppedSubjects::get);
  }

  /**
   * The pronoun ("he", "she") a description stands for when it describes a person by a noun whose
   * ending says so: "der 46-Jährige", "die Autorin"; a determiner, at most two lower-case words,
   * the noun. Empty for other phrases and for the nouns that name unnamed sources ("die
   * Sprecherin").
   */
  Optional<String> describedPerson(List<Token> phrase) {
    phrase = beforeCount(phrase);
    List<String> rule = describes.get(phrase.get(0).lower());
    if (rule == null || phrase.size() < 2 || phrase.size() > 4) {
      return Optional.empty();
    }
    for (Token token : phrase.subList(1, phrase.size() - 1)) {
      if (!token.isWord() || !token.text().equals(token.lower())) {
        return Optional.empty(); // "die vielseitige Buchautorin", not "der Chef Matthias …"
      }
    }
    String noun = phrase.get(phrase.size() - 1).lower();
    if (unnamed.contains(noun)
        || documents.contains(noun) // "heißt es in der Anklage": a document, no "Angeklagte"
        || !phrase.get(phrase.size() - 1).isWord()) {
      return Optional.empty();
    }
    for (String ending : rule.subList(1, rule.size())) {
      if (noun.endsWith(ending) && noun.length() > ending.length() + 2) {
        return Optional.of(rule.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * As {@link #describedPerson(List)}, and in a language without articles a role noun standing
   * alone ("„Q” – mówił prezes PiS", "– zapewniła minister"; see {@link RoleNouns}), whose gender
   * the speech {@code verb}'s ending may give.
   */
  Optional<String> describedPerson(List<Token> written, String verb) {
    List<Token> phrase = beforeComplement(beforeCount(written));
    return describedPerson(phrase)
        .or(
            () ->
                RoleNouns.of(language)
                    .flatMap(
                        roles ->
                            roles.describedPerson(
                                phrase,
                                verb == null
                                    ? Optional.empty()
                                    : droppedSubject(verb.toLowerCase(Locale.ROOT)))));
  }

  /**
   * "le premier secrétaire du PS" → "le premier secrétaire": a determiner and lower-case words
   * before the preposition that says what they are of (the {@code complement} words); the phrase as
   * written when it has none.
   */
  List<Token> beforeComplement(List<Token> phrase) {
    if (complements.isEmpty()
        || phrase.size() < 4
        || !determiners.contains(phrase.get(0).lower())
        || RoleNouns.of(language).map(roles -> roles.isEpithet(phrase)).orElse(false)) {
      return phrase; // "il capo dello Stato" is read whole
    }
    for (int k = 2; k < phrase.size() - 1 && k < 4; k++) {
      Token token = phrase.get(k);
      if (complements.contains(token.lower())) {
        return phrase.subList(0, k);
      }
      if (!token.isWord() || token.isCapitalized() && k > 1) {
        return phrase;
      }
    }
    return phrase;
  }

  /** "die Mutter zweier Kinder" → "die Mutter": a description before the genitive that counts. */
  private List<Token> beforeCount(List<Token> phrase) {
    for (int k = 2; k < phrase.size(); k++) {
      if (countingGenitives.contains(phrase.get(k).lower())) {
        return phrase.subList(0, k);
      }
    }
    return phrase;
  }
}
