package io.quotedesk.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The phrases that name a speaker in a story in another language, read around a speech verb for
 * {@link LanguageCues}: the subject after the verb ("sagte Bundeskanzler Olaf Scholz", "a déclaré
 * le ministre de l’Économie X"), past adverbs and prepositional phrases ("explique à l’AFP X"), the
 * subject before it ("Olaf Scholz (SPD) sagte"), and a name in apposition to a description ("la
 * ministre de la Santé, Odile X").
 */
final class SubjectPhrases {
  /** Joins the parts of a name: von der Leyen, de Gaulle, da Silva, van Gogh, di Maio. */
  private static final Set<String> NAME_PARTICLES =
      Lexicon.setOf(
          "von", "van", "der", "den", "de", "du", "des", "da", "do", "dos", "di", "del", "della",
          "la", "le", "zu", "y", "d'", "d’");

  /** The particles that may take an article in a name: von der Leyen, van den Berg, de la Tour. */
  private static final Set<String> ARTICLE_AFTER_PARTICLE = Lexicon.setOf("von", "van", "de");

  /** How many words a subject may take: "der Chef der Firma Matthias Frankenstein". */
  private static final int MAX_SUBJECT = 8;

  private static final Pattern ELIDED_NAME = Pattern.compile("[dlDL]['’]\\p{Lu}.*");

  /** "l’agence", "l’avocat": an elided article joined to a lower-case noun. */
  private static final Pattern ELIDED_NOUN = Pattern.compile("[lL]['’]\\p{Ll}+");

  /** At most this many words stand between a verb and its subject after it ("pour sa part"). */
  private static final int MAX_ADVERBIAL = 4;

  private final CueWords words;
  private final ArticleView article;

  SubjectPhrases(CueWords words, ArticleView article) {
    this.words = words;
    this.article = article;
  }

  /**
   * « Q », estime pour sa part la députée X · „Q“, sagte dagegen Scholz · « Q », explique à l’AFP
   * Paul X · « Q », a affirmé dimanche sur France Inter le ministre X: where the subject follows
   * the verb, adverbs and prepositional phrases may stand between them; the index of the word after
   * them when a determiner or a capitalised word follows, else {@code i}. The object of a
   * preposition ("à l’AFP", "sur France Inter", "im ZDF") is passed over, never the subject.
   */
  int pastAdverbial(List<Token> tokens, int i) {
    int k = i;
    while (k < tokens.size() && k < i + MAX_ADVERBIAL * 2) {
      Token token = tokens.get(k);
      String lower = token.lower();
      if (isMark(token) && pastObject(tokens, k) > k + 1) {
        k = pastObject(tokens, k); // „Q” – mówi „Rzeczpospolitej” Jan X: the paper addressed
        continue;
      }
      if (!token.isWord() || words.conjunctions().contains(lower)) {
        return i; // « Q », estime que le gouvernement … · « Q », dit à l’AFP.
      }
      if (words.obliques().contains(lower)) {
        k = pastObject(tokens, k + 1);
      } else if (token.isCapitalized()
          || words.determiners().contains(lower)
          || words.pronouns().containsKey(lower)) {
        return k > i && !words.pronouns().containsKey(lower) ? k : i;
      } else {
        k++; // "pour sa part", "dimanche", "dagegen"
      }
    }
    return i;
  }

  /**
   * Past the object of a preposition at {@code k}: "l’AFP", "la presse", "France Inter", "dem
   * Spiegel", "der Zeitung".
   */
  private int pastObject(List<Token> tokens, int k) {
    if (k < tokens.size() && tokens.get(k).isQuote()) {
      return k + 1; // a quotation read as one
    }
    if (k < tokens.size() && isMark(tokens.get(k))) {
      // "w rozmowie z „Rzeczpospolitą” Jan X", "im „Spiegel“ Olaf X": a title in marks
      for (int end = k + 1; end < tokens.size() && end <= k + MAX_ADVERBIAL; end++) {
        if (isMark(tokens.get(end))) {
          return end + 1;
        }
      }
    }
    if (k >= tokens.size() || !tokens.get(k).isWord()) {
      return k;
    }
    if (words.determiners().contains(tokens.get(k).lower())
        || words.objects().contains(tokens.get(k).lower())) {
      return k + 2; // a determiner and its noun
    }
    if (ELIDED_NAME.matcher(tokens.get(k).text()).matches()) {
      return k + 1;
    }
    if (!tokens.get(k).isCapitalized()) {
      // "na platformie X marszałek Sejmu …": a name right after the noun, then a lower-case word,
      // still belongs to the object
      int end = k + 1;
      while (end < tokens.size() && tokens.get(end).isWord() && tokens.get(end).isCapitalized()) {
        end++;
      }
      boolean lowerAfter =
          end > k + 1
              && end < tokens.size()
              && tokens.get(end).isWord()
              && !tokens.get(end).isCapitalized()
              && !words.determiners().contains(tokens.get(end).lower());
      return lowerAfter ? end : k + 1;
    }
    int end = k;
    while (end < tokens.size() && tokens.get(end).isWord() && tokens.get(end).isCapitalized()) {
      if (end > k && opensAFullName(tokens, end)) {
        return end; // "na Twitterze Jan Kowalski", "im ZDF Olaf Scholz": the subject's first name
      }
      end++; // "sur France Inter"
    }
    return end;
  }

  private static boolean isMark(Token token) {
    return !token.isWord()
        && token.text().length() == 1
        && QuoteMarks.isDouble(token.text().charAt(0));
  }

  /** "l’agence", not "l’a" or "l’explique" (the object pronoun before a verb). */
  private boolean isElidedNoun(Token token) {
    if (!ELIDED_NOUN.matcher(token.text()).matches()) {
      return false;
    }
    String rest = token.lower().substring(2);
    return rest.length() > 2 && !words.auxiliaries().contains(rest) && !words.isVerb(rest);
  }

  /** A first name of the story's language with a capitalised word after it: a person's name. */
  private boolean opensAFullName(List<Token> tokens, int k) {
    return k + 1 < tokens.size()
        && tokens.get(k + 1).isWord()
        && tokens.get(k + 1).isCapitalized()
        && FirstNames.inLanguage(words.language(), tokens.get(k).lower()).isPresent();
  }

  /**
   * The subject starting at {@code i}: a pronoun ("er", "elle"), or determiners, description words
   * and a name ("der Chef Matthias Frankenstein", "la toxicologue Dominique Parent-Massin", "Ursula
   * von der Leyen"), up to the first word that belongs to neither.
   */
  List<Token> phraseFrom(List<Token> tokens, int i) {
    if (i < tokens.size() && isElidedNoun(tokens.get(i))) {
      // « Q », écrit l’agence · a dit l’ancien ministre X: the elided article apart, as "la"
      Token joined = tokens.get(i);
      List<Token> apart = new ArrayList<>(tokens.subList(0, i));
      apart.add(
          new Token(
              joined.start(),
              joined.start() + 2,
              joined.text().substring(0, 2),
              Token.Kind.WORD,
              joined.lower().substring(0, 2)));
      apart.add(
          new Token(
              joined.start() + 2,
              joined.end(),
              joined.text().substring(2),
              Token.Kind.WORD,
              joined.lower().substring(2)));
      apart.addAll(tokens.subList(i + 1, tokens.size()));
      return phraseFrom(apart, i);
    }
    if (i < tokens.size() && isPronoun(tokens.get(i))) {
      return List.of(tokens.get(i));
    }
    if (i < tokens.size()
        && (words.obliques().contains(tokens.get(i).lower())
                && !words.determiners().contains(tokens.get(i).lower()) // "a ministra" (pt)
            || words.objects().contains(tokens.get(i).lower()))) {
      return List.of(); // "sagte am Mittwoch", "nannte den Plan": no subject opens so
    }
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
              || ELIDED_NAME.matcher(token.text()).matches();
      if (capital) {
        named = true;
      } else if (named
          // a particle joins a name (Ursula von der Leyen), not a description to its genitive
          // (der Sprecher des Ministeriums)
          ? !isTitleWord(tokens, i, k)
              && !(NAME_PARTICLES.contains(token.lower())
                  && (nextIsCapitalized(tokens, k)
                          && (!words.determiners().contains(tokens.get(i).lower())
                              // "o presidente Luiz Inácio Lula da Silva", not "der Chef
                              // Matthias X des Unternehmens"
                              || holdsFirstName(phrase) && !words.language().equals("de"))
                      // "die Präsidentin Ursula von der Leyen": a first name wants its surname,
                      // not "der Virologe Christian Drosten von der Charité"
                      || particlesReachCapital(tokens, k) && endsWithFirstName(phrase))
                  // an article joins only after a particle (von der Leyen), else it opens an
                  // object: „Q“ Das sagte Scholz der Deutschen Presse-Agentur
                  && (!words.determiners().contains(token.lower())
                      || NAME_PARTICLES.contains(tokens.get(k - 1).lower())))
          : !(words.determiners().contains(token.lower()) || phrase.size() < 3)
              // "dimanche sur France Inter": a capital after a preposition is its object, unless
              // it says which one a description means ("le ministre de la Santé")
              || words.obliques().contains(token.lower())
                  && !words.determiners().contains(tokens.get(i).lower())) {
        break;
      }
      phrase.add(token);
    }
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
        && !ELIDED_NAME.matcher(phrase.get(phrase.size() - 1).text()).matches()
        && !isDescription(phrase)) {
      phrase.remove(phrase.size() - 1);
    }
    return nameInApposition(tokens, i + phrase.size(), phrase);
  }

  /**
   * D’après la ministre de la Santé, Odile X, « Q » · « Q », a dit le maire, Jean X: a name set off
   * by commas right after a description is the person it describes; else the description.
   */
  List<Token> nameInApposition(List<Token> tokens, int end, List<Token> description) {
    if (isDescription(description) && end + 2 < tokens.size()) {
      // "die Sprecherin des Unternehmens, Anna Vogt": whose she is, then her name
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
    }
    if (!isDescription(description) || end >= tokens.size() || !tokens.get(end).is(",")) {
      return description;
    }
    int k = end + 1;
    while (k < tokens.size()
        && k <= end + 4
        && tokens.get(k).isWord()
        && tokens.get(k).isCapitalized()) {
      k++;
    }
    boolean closed =
        k == tokens.size()
            || tokens.get(k).is(",")
            || tokens.get(k).is(".")
            || tokens.get(k).isQuote();
    return k - end - 1 >= 2 && closed ? tokens.subList(end + 1, k) : description;
  }

  /**
   * The subject ending before {@code end}: a pronoun or a name ("Olaf Scholz sagte", "Olaf Scholz
   * (SPD) sagte": a party in parentheses after the name is passed over); not the object of a
   * preposition ("Am Montag sagte", "Über Scholz sagte").
   */
  List<Token> phraseBefore(List<Token> tokens, int end) {
    end = beforeParenthesis(tokens, end);
    int k = end - 1;
    if (k >= 0 && isPronoun(tokens.get(k))) {
      return List.of(tokens.get(k));
    }
    List<Token> apposed = nameInAppositionBefore(tokens, end);
    if (!apposed.isEmpty()) {
      return apposed;
    }
    if (k >= 1
        && !tokens.get(k).isCapitalized()
        && tokens.get(k).isWord()
        && words.determiners().contains(tokens.get(k - 1).lower())
        && (k == 1 || !tokens.get(k - 2).isWord())) {
      return tokens.subList(k - 1, end); // "Le ministre a assuré", "la préfète explique"
    }
    int start = end;
    while (k >= 0
        && tokens.get(k).isWord()
        && (tokens.get(k).isCapitalized()
            || NAME_PARTICLES.contains(tokens.get(k).lower()) && k + 1 < end)) {
      start = k--;
    }
    while (k >= 0 && start < end && words.determiners().contains(tokens.get(k).lower())) {
      start = k--; // "der Minister sagte"
    }
    if (k >= 0 && words.obliques().contains(tokens.get(k).lower())
        || start < end && words.obliques().contains(tokens.get(start).lower())) {
      return List.of(); // "mit Scholz sagte", "Am Montag sagte": a preposition's object
    }
    if (start == 0 && end == 1 && !article.resolver().knowsName(tokens.get(0))) {
      return List.of(); // "Dazu sagte …", "Dann meinte …": a capital that opens the sentence
    }
    return start < end && tokens.get(end - 1).isCapitalized()
        ? tokens.subList(start, end)
        : List.of();
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
        && !NAME_PARTICLES.contains(tokens.get(k).lower())
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
   * "La porte-parole du gouvernement, Prisca Thevenot, a affirmé", "Der Sprecher, Jan Vogt, sagte":
   * two to four capitalised words set off by commas just before the verb.
   */
  private static List<Token> nameInAppositionBefore(List<Token> tokens, int end) {
    if (end < 4 || !tokens.get(end - 1).is(",")) {
      return List.of();
    }
    int start = end - 1;
    while (start > 0 && tokens.get(start - 1).isWord() && tokens.get(start - 1).isCapitalized()) {
      start--;
    }
    int words = end - 1 - start;
    return words >= 2 && words <= 4 && start > 0 && tokens.get(start - 1).is(",")
        ? tokens.subList(start, end - 1)
        : List.of();
  }

  /** Where "Olaf Scholz (SPD)" ends without its parenthesis of at most five words. */
  private static int beforeParenthesis(List<Token> tokens, int end) {
    if (end < 3 || !tokens.get(end - 1).is(")")) {
      return end;
    }
    for (int k = end - 2; k >= 0 && k >= end - 7; k--) {
      if (tokens.get(k).is("(")) {
        return k;
      }
    }
    return end;
  }

  /** "le ministre", "la toxicologue", "der Sprecher": a determiner and a noun. */
  boolean isDescription(List<Token> phrase) {
    return phrase.size() >= 2 && words.determiners().contains(phrase.get(0).lower());
  }

  boolean isPronoun(Token token) {
    return token.isWord() && words.pronouns().containsKey(token.lower());
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

  /**
   * "selon l’AFP", "a indiqué l’Insee": an organisation's name written with an elided article is
   * looked up without it (AFP), in a language that elides one.
   */
  static List<Token> withoutElidedArticle(List<Token> subject) {
    if (subject.size() != 1) {
      return subject;
    }
    Token token = subject.get(0);
    String text = token.text();
    boolean elided =
        text.length() > 3
            && "lL".indexOf(text.charAt(0)) >= 0
            && "'’".indexOf(text.charAt(1)) >= 0
            && Character.isUpperCase(text.charAt(2));
    return elided
        ? List.of(
            new Token(
                token.start() + 2,
                token.end(),
                text.substring(2),
                token.kind(),
                token.lower().substring(2)))
        : subject;
  }

  /** The phrase's last word before any particles ("Ursula", "Ursula von") is a first name. */
  private boolean endsWithFirstName(List<Token> phrase) {
    int last = phrase.size() - 1;
    while (last >= 0 && NAME_PARTICLES.contains(phrase.get(last).lower())) {
      last--;
    }
    return last >= 0 && holdsFirstName(phrase.subList(last, last + 1));
  }

  /**
   * "von der Leyen", "de la Tour", "van der Bellen": a particle, perhaps the article one of them
   * takes, then a capitalised word; not "Olivier zu den Interviews".
   */
  private static boolean particlesReachCapital(List<Token> tokens, int k) {
    int j = k + 1;
    if (j < tokens.size()
        && ARTICLE_AFTER_PARTICLE.contains(tokens.get(k).lower())
        && NAME_PARTICLES.contains(tokens.get(j).lower())) {
      j++;
    }
    return j < tokens.size() && tokens.get(j).isCapitalized();
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
