package io.quotedesk.analysis;

import io.quotedesk.analysis.Lexicon.Gender;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What names look like in a story in German or French: a German genitive -s ends a name, and a
 * first name of the story's language names a person alone.
 */
final class NamesInLanguage {
  private final String text;
  private final CueWords words;
  private final Predicate<String> lowerCaseWords;

  NamesInLanguage(String text, CueWords words, Predicate<String> lowerCaseWords) {
    this.text = text;
    this.words = words;
    this.lowerCaseWords = lowerCaseWords;
  }

  /**
   * "Birgit Kelles Erfahrung", "Daniels Gesicht": German writes a name's genitive with a bare -s
   * and the noun it owns after it, capitalised too. The run ends at such a word, cut to the name (a
   * word of the text without the -s, or a German first name), unless the word is a name itself
   * ("Andreas", "Klaus"). The run as found when it holds no genitive.
   */
  List<Token> untilGenitive(List<Token> run, Predicate<String> inText) {
    for (int i = 0; i < run.size(); i++) {
      Token token = run.get(i);
      String word = token.text();
      if (word.length() < 4 || !word.endsWith("s") || token.isAcronym()) {
        continue;
      }
      String stem = word.substring(0, word.length() - 1);
      boolean named = FirstNames.inLanguage("de", stem.toLowerCase(Locale.ROOT)).isPresent();
      boolean itselfAName = FirstNames.inLanguage("de", token.lower()).isPresent();
      boolean surname = writtenAsSurname(word) && !writtenAsSurname(stem);
      if (!itselfAName && (named || inText.test(stem)) && !surname) {
        if (i == 0 && namesSomeoneAfterOwned(run)) {
          return run.subList(
              1, run.size()); // "Fürths Trainer Alexander X": the owned role's holder
        }
        List<Token> cut = new ArrayList<>(run.subList(0, i));
        cut.add(
            new Token(
                token.start(),
                token.end() - 1,
                stem,
                Token.Kind.WORD,
                stem.toLowerCase(Locale.ROOT)));
        return cut;
      }
    }
    return run;
  }

  /**
   * "Fürths Trainer Alexander X": after an opening genitive and the noun it owns, a German first
   * name with a surname after it.
   */
  private static boolean namesSomeoneAfterOwned(List<Token> run) {
    for (int j = 2; j < run.size() - 1; j++) {
      String word = NameRuns.bareName(run.get(j));
      if (FirstNames.inLanguage("de", word).isPresent()
          || NameWords.genderOfFirstName(word) != Gender.UNKNOWN) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Reiners widerspricht" after "Dagmar Reiners": a word in -s the story writes after a German
   * first name, its stem never, is a surname, not the genitive of the first name "Reiner" ("Birgit
   * Kelles Buch" after "Birgit Kelle" is a genitive).
   */
  private boolean writtenAsSurname(String word) {
    for (int at = text.indexOf(" " + word); at > 0; at = text.indexOf(" " + word, at + 1)) {
      int from = at;
      while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
        from--;
      }
      String before = text.substring(from, at);
      int after = at + 1 + word.length();
      boolean whole = after >= text.length() || !Character.isLetter(text.charAt(after));
      if (whole
          && !before.isEmpty()
          && Character.isUpperCase(before.charAt(0))
          && FirstNames.inLanguage("de", before.toLowerCase(Locale.ROOT)).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Der Finanzminister Torben Kaldewey", "Nach Angaben von Polizeisprecher Udo Brenner": German
   * capitalises a role's nouns, so the role is the words before a first name (one with a surname
   * after it), from the last determiner or preposition on; "le ministre Jean Dupont" likewise. An
   * honorific of the language opening the run ("M. Dupont", "Frau Schneider") gives the gender and
   * is no part of the name. A run that opens with a first name, or holds none, is read as English
   * reads it.
   */
  static NameParts parts(List<Token> run, CueWords words, Predicate<String> lowerCaseWords) {
    if (run.size() > 2 && words.possessives().containsKey(run.get(0).lower())) {
      // "Seine Frau Anja", "Ihr Kollege Tom Berg": whose wife or colleague, then the name
      NameParts rest = parts(run.subList(2, run.size()), words, lowerCaseWords);
      return new NameParts(null, rest.name(), rest.honorific());
    }
    String honorific = words.honorifics().get(run.get(0).bare());
    if (honorific != null && run.size() > 1) {
      // "Mme Morel", "Herr Schneider": the name after, of the honorific's gender
      NameParts rest = parts(run.subList(1, run.size()), words, lowerCaseWords);
      return new NameParts(rest.role(), rest.name(), Lexicon.PRONOUNS.get(honorific));
    }
    for (int i = 0; i < run.size() - 1; i++) {
      String word = NameRuns.bareName(run.get(i));
      boolean firstName =
          FirstNames.inLanguage(words.language(), word).isPresent()
              || NameWords.genderOfFirstName(word) != Gender.UNKNOWN;
      if (firstName && !lowerCaseWords.test(run.get(i).lower())) {
        if (i == 0) {
          break; // "Luiz Inácio Lula da Silva": the run opens with the name
        }
        int from = 0;
        for (int j = 0; j < i; j++) {
          String lower = run.get(j).lower();
          if (words.determiners().contains(lower) || words.obliques().contains(lower)) {
            from = j + 1;
          }
        }
        String role = from < i ? NameParts.join(run.subList(from, i)) : null;
        return new NameParts(role, List.copyOf(run.subList(i, run.size())), Gender.UNKNOWN);
      }
    }
    int role = words.determiners().contains(run.get(0).lower()) ? 1 : 0;
    if (run.size() - role >= 2
        && RoleNouns.of(words.language()).map(r -> r.namesRole(run.get(role))).orElse(false)) {
      // "Vereinspräsident Beat Imhof": a role noun before a first name no list holds; "Die
      // Sängerin Nena": before one name alone; "Leiterin Schreiber": before a surname
      return new NameParts(
          run.get(role).text(), List.copyOf(run.subList(role + 1, run.size())), Gender.UNKNOWN);
    }
    return NameParts.of(run);
  }

  /**
   * "Sportredaktor Samuel ist erstaunt", "glisse Zineb": in a story in another language a first
   * name of that language's list names a person, alone or after a role, and gives the gender; not
   * after a determiner or a preposition ("la France", "à Paris", "von Mercedes"), where it names a
   * thing.
   */
  void markFirstName(Entity entity, List<Token> name) {
    String before = wordBefore(name.get(0).start());
    if (words.determiners().contains(before) || words.obliques().contains(before)) {
      return;
    }
    for (Token token : name) {
      Optional<Gender> gender = FirstNames.inLanguage(words.language(), NameRuns.bareName(token));
      if (gender.isPresent() && !lowerCaseWords.test(token.lower())) {
        entity.personLike = true;
        if (gender.get() != Gender.UNKNOWN) {
          entity.gender = gender.get(); // the story's language reads "Robin" as a man
        }
        return;
      }
    }
  }

  /**
   * "des Robert Koch-Instituts", "Son" of "Son entraîneur", "Ein Verfahren dauert", "Bordeaux (AFP)
   * -": a run of capitals that names no one (see {@link RunsNamingNoOne}).
   */
  boolean namesNoOne(List<Token> tokens, List<Token> run) {
    return namesInstitution(run)
        || RunsNamingNoOne.isFunctionWordAlone(words, run)
        || RunsNamingNoOne.isDateline(tokens, run);
  }

  /**
   * "La maire de Paris Anne Hidalgo", "Der Bürgermeister von Hamburg Peter Tschentscher": after a
   * role noun and the preposition that says what it is of, a place runs straight into the name; the
   * name opens at the first name of the story's language with a surname after it (the run from it
   * on), the place being the role's. The run as found otherwise ("les mots de José Luis X": no role
   * before).
   */
  List<Token> afterPlaceOfRole(List<Token> tokens, List<Token> run) {
    int k = indexOf(tokens, run.get(0));
    if (run.size() < 3 || k < 2 || !run.get(2).isCapitalized()) {
      return run;
    }
    String preposition = tokens.get(k - 1).lower();
    boolean ofPlace =
        words.complements().contains(preposition) || words.genitives().contains(preposition);
    boolean firstName =
        FirstNames.inLanguage(words.language(), NameRuns.bareName(run.get(1))).isPresent()
            && !lowerCaseWords.test(run.get(1).lower());
    boolean role =
        RoleNouns.of(words.language()).map(r -> r.namesRole(tokens.get(k - 2))).orElse(false);
    return ofPlace && firstName && role && !words.determiners().contains(preposition)
        ? List.copyOf(run.subList(1, run.size()))
        : run;
  }

  /**
   * "le président Emmanuel Macron", "la ministre de la Culture Rachida Dati": in a language that
   * writes a role in lower case after a determiner, the role written just before the name; null
   * when there is none (and in German, whose roles are capitalised and part of the run).
   */
  String roleBefore(List<Token> tokens, List<Token> run) {
    int k = indexOf(tokens, run.get(0)) - 1;
    if (k > 1 && tokens.get(k).is(",") && !words.determiners().isEmpty()) {
      return roleInApposition(tokens, k);
    }
    if (words.determiners().isEmpty()) {
      return roleNounBefore(tokens, k + 1);
    }
    if (words.language().equals("de")) {
      return null;
    }
    int end = k;
    while (k >= 0
        && end - k < MAX_ROLE_WORDS
        && (isRoleWord(tokens.get(k)) || k < end && isCapitalizedRoleNoun(tokens.get(k)))) {
      k--; // "le Premier ministre": a role noun a capital opens before the lower-case one
    }
    if (k >= 0 && k < end && ElidedArticles.joinsNoun(tokens.get(k), words)) {
      // "L’ancien Premier ministre Jean-Marc X": the article elided onto the role's first word
      return text.substring(tokens.get(k).start() + 2, tokens.get(end).end());
    }
    boolean determined = k >= 0 && k < end && words.determiners().contains(tokens.get(k).lower());
    return determined ? text.substring(tokens.get(k + 1).start(), tokens.get(end).end()) : null;
  }

  /** "premier Donald Tusk", "minister zdrowia Izabela X": a language without articles. */
  private String roleNounBefore(List<Token> tokens, int nameStart) {
    int start =
        RoleNouns.withoutArticles(words.language())
            .map(
                r ->
                    r.roleStart(
                        tokens,
                        nameStart,
                        t -> !words.isVerb(t.lower()) && !words.isFunctionWord(t.lower())))
            .orElse(-1);
    return start < 0
        ? null
        : text.substring(tokens.get(start).start(), tokens.get(nameStart - 1).end());
  }

  /**
   * "a déclaré la ministre des Comptes publics, Amélie de Montchalin", "Der Vorsitzende der SPD,
   * Lars Klingbeil, sagte": a description set off before a name by a comma, its noun and what it is
   * of, is the role; it opens the sentence or follows a quote's mark, a speech verb or a source
   * word ("Selon le maire de Marseille, X"), so that "Après la réunion, X" gives none. Null when
   * there is none.
   */
  private String roleInApposition(List<Token> tokens, int comma) {
    for (int d = comma - 2; d >= 0 && d >= comma - MAX_APPOSED_ROLE; d--) {
      Token token = tokens.get(d);
      if (!token.isWord()
          || words.isVerb(token.lower())
          || words.conjunctions().contains(token.lower()) && !joinsComplement(tokens, d)) {
        return null;
      }
      if (words.determiners().contains(token.lower()) && opensApposedRole(tokens, d)) {
        return text.substring(tokens.get(d + 1).start(), tokens.get(comma - 1).end());
      }
    }
    return null;
  }

  /** A determiner at {@code d} before a role's noun, where a subject or a source may open. */
  private boolean opensApposedRole(List<Token> tokens, int d) {
    Token noun = tokens.get(d + 1);
    boolean nounLike =
        noun.isWord()
            && Character.isLetter(noun.lower().charAt(0))
            && !words.obliques().contains(noun.lower())
            && !words.determiners().contains(noun.lower())
            && (words.language().equals("de")
                ? noun.isCapitalized()
                // "le Premier ministre", not "Selon Le Monde"
                : !noun.isCapitalized() || d + 2 < tokens.size() && isRoleWord(tokens.get(d + 2)));
    if (!nounLike) {
      return false;
    }
    if (d == 0) {
      return true;
    }
    Token before = tokens.get(d - 1);
    String lower = before.lower();
    return !before.isWord() && !before.is("(")
        || words.isVerb(lower)
        || words.sources().contains(lower)
        // "a expliqué mardi le gouverneur": a day between the verb and the description
        || d > 1 && words.isVerb(tokens.get(d - 2).lower());
  }

  /** "de l’Économie et des Finances": a conjunction before a further complement goes on. */
  private boolean joinsComplement(List<Token> tokens, int k) {
    return k + 1 < tokens.size()
        && (words.obliques().contains(tokens.get(k + 1).lower())
            || words.determiners().contains(tokens.get(k + 1).lower()));
  }

  /** How many words a description set off before a name runs to, its determiner included. */
  private static final int MAX_APPOSED_ROLE = 10;

  /** How many lower-case words a role before a name runs to: "ancien Premier ministre". */
  private static final int MAX_ROLE_WORDS = 3;

  /** "Premier" of "le Premier ministre": a role noun the language writes with a capital there. */
  private boolean isCapitalizedRoleNoun(Token token) {
    return token.isCapitalized()
        && RoleNouns.of(words.language()).map(r -> r.namesRole(token)).orElse(false);
  }

  private boolean isRoleWord(Token token) {
    String lower = token.lower();
    return token.isWord()
        && !token.isCapitalized()
        && Character.isLetter(lower.charAt(0))
        && !words.obliques().contains(lower)
        && !words.determiners().contains(lower)
        && !words.conjunctions().contains(lower)
        && !words.pronouns().containsKey(lower)
        && !words.sources().contains(lower)
        && !words.isVerb(lower);
  }

  private static int indexOf(List<Token> tokens, Token token) {
    int low = 0;
    int high = tokens.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int start = tokens.get(mid).start();
      if (start == token.start()) {
        return mid;
      }
      if (start < token.start()) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return 0;
  }

  /** The word, in lower case, just before {@code start} in the text; empty after a mark. */
  /**
   * "des Robert Koch-Instituts", "der Friedrich-Ebert-Stiftung": in German a run after an article
   * that opens with a first name and ends in a compound with a hyphen names an institution called
   * after a person, not the person (German writes no article before a person's name).
   */
  boolean namesInstitution(List<Token> run) {
    Token first = run.get(0);
    Token last = run.get(run.size() - 1);
    return words.language().equals("de")
        && words.determiners().contains(wordBefore(first.start()))
        && last.text().indexOf('-') > 0
        && (FirstNames.inLanguage("de", NameRuns.bareName(first)).isPresent()
            || NameWords.isFirstName(NameRuns.bareName(first)));
  }

  private String wordBefore(int start) {
    int end = start;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int from = end;
    while (from > 0
        && (Character.isLetter(text.charAt(from - 1))
            || text.charAt(from - 1) == '’'
            || text.charAt(from - 1) == '\'')) {
      from--;
    }
    return text.substring(from, end).toLowerCase(Locale.ROOT);
  }
}
