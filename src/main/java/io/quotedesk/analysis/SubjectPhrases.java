package io.quotedesk.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The phrase that names a speaker from a given word on, in a story in another language, read for
 * {@link LanguageCues}: the subject after a speech verb ("sagte Bundeskanzler Olaf Scholz", "a
 * déclaré le ministre de l’Économie X") or after a source word ("selon l’AFP"), and a name in
 * apposition to a description ("la ministre de la Santé, Odile X"). The words between a verb and
 * its subject are {@link AdverbialsAfterVerb}'s; a subject before the verb is {@link
 * SubjectsBeforeVerb}'s.
 */
final class SubjectPhrases {
  /** How many words a subject may take: "der Chef der Firma Matthias Frankenstein". */
  private static final int MAX_SUBJECT = 8;

  /** How many words may tell what a description is of: "du groupe socialiste à l’Assemblée". */
  private static final int MAX_COMPLEMENT = 7;

  private final CueWords words;

  SubjectPhrases(CueWords words) {
    this.words = words;
  }

  /**
   * The subject starting at {@code i}: a pronoun ("er", "elle"), or determiners, description words
   * and a name ("der Chef Matthias Frankenstein", "la toxicologue Dominique Parent-Massin", "Ursula
   * von der Leyen"), up to the first word that belongs to neither.
   */
  List<Token> phraseFrom(List<Token> tokens, int i) {
    if (i < tokens.size() && ElidedArticles.joinsNoun(tokens.get(i), words)) {
      // « Q », écrit l’agence · a dit l’ancien ministre X: the elided article apart, as "la"
      return phraseFrom(ElidedArticles.splitAt(tokens, i), i);
    }
    if (i < tokens.size() && words.isPronoun(tokens.get(i))) {
      return List.of(tokens.get(i));
    }
    if (i < tokens.size()
        && (words.obliques().contains(tokens.get(i).lower())
                && !words.determiners().contains(tokens.get(i).lower()) // "a ministra" (pt)
            || words.objects().contains(tokens.get(i).lower()))) {
      return List.of(); // "sagte am Mittwoch", "nannte den Plan": no subject opens so
    }
    List<Token> phrase = wordsFrom(tokens, i);
    dropDanglingWords(phrase);
    return nameInApposition(tokens, i + phrase.size(), phrase);
  }

  /**
   * "Le maire se veut rassurant", "Le secrétaire national du PCF réclame": the description that
   * opens a sentence, its article read as written inside a sentence (a capital there makes no
   * name).
   */
  private List<Token> descriptionOpening(List<Token> tokens) {
    if (tokens.isEmpty() || !words.determiners().contains(tokens.get(0).lower())) {
      return List.of();
    }
    List<Token> lowered = new ArrayList<>(tokens);
    Token opening = tokens.get(0);
    lowered.set(
        0,
        new Token(
            opening.start(), opening.end(), opening.lower(), opening.kind(), opening.lower()));
    return phraseFrom(lowered, 0);
  }

  /**
   * Le maire se veut rassurant : « Q » · Le secrétaire national du PCF réclame « Q »: a description
   * of a person (a role noun, or a noun the language's endings make a person's) opening the clause,
   * with what it is of ("le maire de Rouen"), not "Der Streit" or "Le gouvernement".
   */
  Optional<List<Token>> personDescriptionOpening(List<Token> clause) {
    List<Token> phrase = descriptionOpening(clause);
    if (phrase.size() < 2
        || phrase.size() >= clause.size()
        || !(words.describedPerson(phrase.subList(0, 2)).isPresent()
            || RoleNouns.of(words.language())
                .map(roles -> roles.namesRole(phrase.get(1)))
                .orElse(false))) {
      return Optional.empty();
    }
    int end = 2; // "le maire de Rouen": what it is of, not "se" of "se veut"
    while (end < phrase.size()
        && (phrase.get(end).isCapitalized()
            || words.obliques().contains(phrase.get(end).lower())
            || words.determiners().contains(phrase.get(end).lower()))) {
      end++;
    }
    return Optional.of(phrase.subList(0, end));
  }

  /** Determiners, description words and a name from {@code i}, before any trimming. */
  private List<Token> wordsFrom(List<Token> tokens, int i) {
    List<Token> phrase = new ArrayList<>();
    boolean named = false;
    for (int k = i; k < tokens.size() && phrase.size() < MAX_SUBJECT; k++) {
      Token token = tokens.get(k);
      if (!token.isWord()) {
        break;
      }
      // "le ministre de l’Économie Bastien X": an elided article joined to a capitalised word
      boolean capital =
          token.isCapitalized()
              || startsWithDigitAndHasCapital(token)
              || ElidedArticles.joinsCapital(token);
      if (!named && phrase.size() >= 2 && words.addressees().contains(token.lower())) {
        break; // "le ministre à l’AFP", "la ministre au Figaro": whom the role spoke to
      }
      if (capital) {
        named = true;
      } else if (named
          ? !isTitleWord(tokens, i, k) && !joinsName(tokens, i, k, phrase)
          : endsDescription(tokens, i, k, phrase)) {
        break;
      }
      phrase.add(token);
    }
    return phrase;
  }

  /**
   * A particle at {@code k} joins a name (Ursula von der Leyen), not a description to its genitive
   * (der Sprecher des Ministeriums).
   */
  private boolean joinsName(List<Token> tokens, int i, int k, List<Token> phrase) {
    Token token = tokens.get(k);
    return NameParticles.isParticle(token.lower())
        && (nextIsCapitalized(tokens, k)
                && (!words.determiners().contains(tokens.get(i).lower())
                    // "o presidente Luiz Inácio Lula da Silva", not "der Chef
                    // Matthias X des Unternehmens"
                    || holdsFirstName(phrase) && !words.language().equals("de"))
            // "die Präsidentin Ursula von der Leyen": a first name wants its surname,
            // not "der Virologe Christian Drosten von der Charité"
            || NameParticles.reachCapital(tokens, k) && endsWithFirstName(phrase))
        // an article joins only after a particle (von der Leyen), else it opens an
        // object: „Q“ Das sagte Scholz der Deutschen Presse-Agentur
        && (!words.determiners().contains(token.lower())
            || NameParticles.isParticle(tokens.get(k - 1).lower()));
  }

  /** Before any capital, a lower-case word at {@code k} ends the description. */
  private boolean endsDescription(List<Token> tokens, int i, int k, List<Token> phrase) {
    Token token = tokens.get(k);
    return !(words.determiners().contains(token.lower()) || phrase.size() < 3)
        // "dimanche sur France Inter": a capital after a preposition is its object, unless
        // it says which one a description means ("le ministre de la Santé")
        || words.obliques().contains(token.lower())
            && (!words.determiners().contains(tokens.get(i).lower())
                // "a écrit la chanteuse sur Instagram": "sur" says where, not which one
                || !words.complements().isEmpty() && !words.complements().contains(token.lower()));
  }

  /** Drops the words at the phrase's end that name nobody: a cut-off preposition or article. */
  private void dropDanglingWords(List<Token> phrase) {
    // "la préfecture dans un communiqué", "un porte-parole de la police": a description cut off
    // after a preposition or an article ends before them
    while (phrase.size() > 2
        && !phrase.get(phrase.size() - 1).isCapitalized()
        && (words.determiners().contains(phrase.get(phrase.size() - 1).lower())
            || words.obliques().contains(phrase.get(phrase.size() - 1).lower()))) {
      phrase.remove(phrase.size() - 1);
    }
    // "le ministre" names someone; "dans" or "am Telefon" alone do not.
    // "selon l’AFP": an elided article joined to a capital names as a capital does
    while (!phrase.isEmpty()
        && !phrase.get(phrase.size() - 1).isCapitalized()
        && !ElidedArticles.joinsCapital(phrase.get(phrase.size() - 1))
        && !isDescription(phrase)
        && !isRoleAlone(phrase)) {
      phrase.remove(phrase.size() - 1);
    }
  }

  /**
   * D’après la ministre de la Santé, Odile X, « Q » · « Q », a dit le maire, Jean X · « Q », a
   * déclaré la ministre des Comptes publics, Amélie de Montchalin: a name set off by commas right
   * after a description and what it is of is the person it describes; else the description.
   */
  List<Token> nameInApposition(List<Token> tokens, int end, List<Token> description) {
    if (!isDescription(description)) {
      return description;
    }
    if (end + 2 < tokens.size()) {
      end = pastComplement(tokens, pastGenitive(tokens, end));
    }
    if (end >= tokens.size() || !tokens.get(end).is(",")) {
      return description;
    }
    int k = NameParticles.nameEnd(tokens, end + 1, end + 7);
    boolean closed =
        k == tokens.size()
            || tokens.get(k).is(",")
            || tokens.get(k).is(".")
            || tokens.get(k).isQuote();
    return capitals(tokens.subList(end + 1, k)) >= 2 && closed
        ? tokens.subList(end + 1, k)
        : description;
  }

  /**
   * "la ministre des Comptes publics, X", "le président du groupe socialiste à l’Assemblée, X": the
   * rest of what a description is of, any words but a verb or a conjunction, up to the comma before
   * the name; {@code end} when no comma comes within a few words.
   */
  private int pastComplement(List<Token> tokens, int end) {
    for (int k = end; k < tokens.size() && k < end + MAX_COMPLEMENT; k++) {
      Token token = tokens.get(k);
      if (token.is(",")) {
        return k;
      }
      if (!token.isWord()
          || words.isVerb(token.lower())
          || words.conjunctions().contains(token.lower()) && !joinsComplement(tokens, k)) {
        return end;
      }
    }
    return end;
  }

  /** "de l’Économie et des Finances", "dell’Economia e delle Finanze": one complement goes on. */
  private boolean joinsComplement(List<Token> tokens, int k) {
    return k + 1 < tokens.size()
        && (words.obliques().contains(tokens.get(k + 1).lower())
            || words.determiners().contains(tokens.get(k + 1).lower()));
  }

  private static long capitals(List<Token> name) {
    return name.stream().filter(Token::isCapitalized).count();
  }

  /**
   * "die Sprecherin des Unternehmens, Anna Vogt": whose she is, then her name; the comma after a
   * genitive at {@code end}, else {@code end}.
   */
  private int pastGenitive(List<Token> tokens, int end) {
    int k = end;
    if (words.genitives().contains(tokens.get(k).lower())) {
      k++;
      // "der Chef der Bundesagentur für Arbeit, Andrea Nahles": a name of several words
      while (k < tokens.size()
          && k <= end + 6
          && (tokens.get(k).isCapitalized()
              || words.obliques().contains(tokens.get(k).lower())
                  && nextIsCapitalized(tokens, k))) {
        k++;
      }
      end = k > end + 1 && k < tokens.size() && tokens.get(k).is(",") ? k : end;
    }
    return end;
  }

  /**
   * "le Premier ministre Gabriel Attal", "le Premier ministre sur X": the lower-case half of a
   * title written after a determiner and one capital; not "Scholz am Montag".
   */
  private boolean isTitleWord(List<Token> tokens, int from, int k) {
    // "le Premier ministre X", "l’ancien Premier ministre X": an adjective may come first
    return (k == from + 2 || k == from + 3 && !tokens.get(from + 1).isCapitalized())
        && words.determiners().contains(tokens.get(from).lower())
        && !words.determiners().contains(tokens.get(k).lower())
        && !NameParticles.isParticle(tokens.get(k).lower())
        && !words.obliques().contains(tokens.get(k).lower()) // "die Quelle am Abend"
        && (nextIsCapitalized(tokens, k)
            // French writes a title's noun in lower case; German any noun in capitals, so a
            // lower-case word there is an adverb ("so der Kanzler weiter")
            || !words.language().equals("de")
                && k + 1 < tokens.size()
                && (!tokens.get(k + 1).isWord()
                    || words.obliques().contains(tokens.get(k + 1).lower())));
  }

  /**
   * "premier", "była premier", "policja": a role noun of a language without articles and its
   * adjective, or a body.
   */
  private boolean isRoleAlone(List<Token> phrase) {
    return phrase.size() <= 2
        && RoleNouns.withoutArticles(words.language())
            .map(
                roles ->
                    roles.isRole(phrase.get(phrase.size() - 1))
                        || phrase.size() == 1 && roles.isBody(phrase.get(0)))
            .orElse(false);
  }

  /** "le ministre", "la toxicologue", "der Sprecher": a determiner and a noun. */
  boolean isDescription(List<Token> phrase) {
    return phrase.size() >= 2 && words.determiners().contains(phrase.get(0).lower());
  }

  /** A first name of the story's language among the words: the phrase names a person. */
  private boolean holdsFirstName(List<Token> phrase) {
    return phrase.stream()
        .anyMatch(
            t ->
                t.isCapitalized()
                    && (FirstNames.inLanguage(words.language(), NameRuns.bareName(t)).isPresent()
                        || NameWords.isFirstName(NameRuns.bareName(t))));
  }

  /** The phrase's last word before any particles ("Ursula", "Ursula von") is a first name. */
  private boolean endsWithFirstName(List<Token> phrase) {
    int last = phrase.size() - 1;
    while (last >= 0 && NameParticles.isParticle(phrase.get(last).lower())) {
      last--;
    }
    return last >= 0 && holdsFirstName(phrase.subList(last, last + 1));
  }

  private static boolean nextIsCapitalized(List<Token> tokens, int k) {
    return k + 1 < tokens.size() && tokens.get(k + 1).isCapitalized();
  }

  /** "46-Jährige": an age written as a noun. */
  private static boolean startsWithDigitAndHasCapital(Token token) {
    return token.isWord()
        && Character.isDigit(token.text().charAt(0))
        && !token.text().equals(token.lower());
  }
}
