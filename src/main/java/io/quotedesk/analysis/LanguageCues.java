package io.quotedesk.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cues of a story in another language, read with that language's {@link CueWords}: the verb
 * after the quote with its subject after it ("«Q», sagte Scholz", "« Q », affirme-t-elle", "„Q” –
 * powiedział Tusk"), the subject and verb before it ("Scholz sagte: „Q“"), and the words that name
 * a source ("selon lui", "laut Scholz", "Scholz zufolge").
 */
final class LanguageCues {
  /** Joins the parts of a name: von der Leyen, de Gaulle, da Silva, van Gogh, di Maio. */
  private static final Set<String> NAME_PARTICLES =
      Lexicon.setOf(
          "von", "van", "der", "den", "de", "du", "des", "da", "do", "dos", "di", "del", "della",
          "la", "le", "zu", "y", "d'", "d’");

  /** Join two verbs that share one subject: "sucht Worte und findet sie". */
  private static final Set<String> COORDINATORS = Lexicon.setOf("und", "et", "i", "oraz", "y", "e");

  /** How many words a subject may take: "der Chef der Firma Matthias Frankenstein". */
  private static final int MAX_SUBJECT = 8;

  /** How many words may stand between a verb and the quote it introduces: "sagte er dazu:". */
  private static final int MAX_VERB_TO_QUOTE = 6;

  private static final Pattern ELIDED_NAME = Pattern.compile("[dlDL]['’]\\p{Lu}.*");

  /** At most this many words stand between a verb and its subject after it ("pour sa part"). */
  private static final int MAX_ADVERBIAL = 4;

  private final CueWords words;
  private final ArticleView article;

  LanguageCues(CueWords words, ArticleView article) {
    this.words = words;
    this.article = article;
  }

  /** The cue for the quote at token {@code q}, by the first layout that fits. */
  Optional<Cue> cueFor(List<Token> tokens, int q) {
    return after(tokens, q)
        .or(() -> asClause(tokens, q))
        .or(() -> source(tokens, q))
        .or(() -> before(tokens, q));
  }

  /**
   * „Q“, wie Scholz selbst in einem Interview verrät · « Q », comme nous le raconte Antoine: a
   * clause of comparison after the quote, with a speech verb, names the speaker before the verb
   * (German puts the verb last) or after it.
   */
  private Optional<Cue> asClause(List<Token> tokens, int q) {
    int i = q + 1;
    while (i < tokens.size() && isJoiner(tokens.get(i))) {
      i++;
    }
    if (i == q + 1 || i >= tokens.size() || !words.comparisons().contains(tokens.get(i).lower())) {
      return Optional.empty();
    }
    return comparisonClause(tokens, i);
  }

  /**
   * The speaker of the clause of comparison opening at {@code i}: "wie Scholz sagte", "comme l'a
   * dit le ministre", "jak podkreślił Tusk"; empty when the clause holds no speech verb.
   */
  private Optional<Cue> comparisonClause(List<Token> tokens, int i) {
    for (int v = i + 1; v < tokens.size() && v <= i + MAX_VERB_TO_QUOTE * 2; v++) {
      Token token = tokens.get(v);
      if (!token.isWord()) {
        return Optional.empty(); // the clause ended without a speech verb
      }
      if (!token.isCapitalized() && words.isVerb(token.lower())) {
        List<Token> subject = phraseFrom(tokens.subList(0, v), i + 1);
        if (subject.isEmpty()) {
          subject = phraseFrom(tokens, v + 1);
        }
        if (subject.isEmpty() && words.droppedSubject(token.lower()).isPresent()) {
          subject = List.of(token); // Jak zaznaczył, „Q”: the verb's ending says who
        }
        return subject.isEmpty() ? Optional.empty() : Optional.of(new Cue(subject, token.text()));
      }
    }
    return Optional.empty();
  }

  /** «Q», sagte Scholz · « Q », affirme-t-elle · „Q” – powiedział Tusk · « Q », a dit le maire. */
  private Optional<Cue> after(List<Token> tokens, int q) {
    int i = q + 1;
    while (i < tokens.size() && isJoiner(tokens.get(i))) {
      i++;
    }
    if (i == q + 1 && takesUp(tokens.subList(i, tokens.size()))) {
      return verbAndSubject(tokens, i + 1, false); // „Q“ Das sagte Scholz der dpa.
    }
    if (i == q + 1 && i < tokens.size() && !tokens.get(i).isWord()) {
      return Optional.empty(); // «Q». — the sentence ended
    }
    while (i + 1 < tokens.size() && words.clitics().contains(tokens.get(i).lower())) {
      i++; // « Q », nous confie Julien X
    }
    return verbAndSubject(tokens, i, i > q + 1);
  }

  /**
   * « Q », estime pour sa part la députée X · „Q“, sagte dagegen Scholz · « Q », explique à l’AFP
   * Paul X · « Q », a affirmé dimanche sur France Inter le ministre X: where the subject follows
   * the verb, adverbs and prepositional phrases may stand between them; the index of the word after
   * them when a determiner or a capitalised word follows, else {@code i}. The object of a
   * preposition ("à l’AFP", "sur France Inter", "im ZDF") is passed over, never the subject.
   */
  private int pastAdverbial(List<Token> tokens, int i) {
    int k = i;
    while (k < tokens.size() && k < i + MAX_ADVERBIAL * 2) {
      Token token = tokens.get(k);
      String lower = token.lower();
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
      end++; // "sur France Inter"
    }
    return end;
  }

  /**
   * „Q“ Das sagte Scholz der dpa: a sentence that opens with a demonstrative and a speech verb
   * takes up the quote before it, and its subject is the speaker.
   */
  boolean takesUp(List<Token> sentence) {
    return sentence.size() > 2
        && words.demonstratives().contains(sentence.get(0).lower())
        && words.isVerb(sentence.get(1).lower());
  }

  /**
   * The verb at {@code i} (after an auxiliary) and the subject that follows or joins it; {@code
   * incise} when a comma or dash after the quote comes before it.
   */
  private Optional<Cue> verbAndSubject(List<Token> tokens, int i, boolean incise) {
    if (i >= tokens.size() || !tokens.get(i).isWord() || tokens.get(i).isCapitalized()) {
      return Optional.empty();
    }
    Token first = tokens.get(i);
    // « Q », a-t-il dit · « Q », a déclaré le ministre
    boolean auxiliary = words.auxiliaries().contains(CueWords.verbOf(first.lower()));
    int v =
        auxiliary && i + 1 < tokens.size() && words.isVerb(tokens.get(i + 1).lower()) ? i + 1 : i;
    if (!words.isVerb(tokens.get(v).lower())
        && !(auxiliary && v == i + 1)
        && !(incise && isInciseVerb(tokens, i))) {
      return Optional.empty();
    }
    String verb = article.text().substring(first.start(), tokens.get(v).end());
    if (words.joinedPronoun(first.lower()).isPresent()) {
      return Optional.of(new Cue(List.of(first), verb)); // affirme-t-elle
    }
    List<Token> subject = phraseFrom(tokens, v + 1);
    if (subject.isEmpty()) {
      subject = phraseFrom(tokens, pastAdverbial(tokens, v + 1));
    }
    if (subject.isEmpty() && words.droppedSubject(tokens.get(v).lower()).isPresent()) {
      return Optional.of(new Cue(List.of(tokens.get(v)), verb)); // „Q” – zaznaczyła.
    }
    return subject.isEmpty() ? Optional.empty() : Optional.of(new Cue(subject, verb));
  }

  /**
   * „Q“, führte er weiter aus · « Q », lâche Zineb: after a quote and its comma the clause that
   * gives the speaker (German and French put the verb first there, the quote standing in the
   * sentence's first place) may use any verb; a word that opens a clause of its own ("„Q“, weil er
   * …") is none, nor is one not followed by a pronoun or a name.
   */
  private boolean isInciseVerb(List<Token> tokens, int i) {
    String lower = tokens.get(i).lower();
    if (i + 1 >= tokens.size()
        || words.conjunctions().contains(lower)
        || words.determiners().contains(lower)
        || words.obliques().contains(lower)
        || words.sources().contains(lower)
        || words.pronouns().containsKey(lower)
        || !Character.isLetter(lower.charAt(0))) {
      return false;
    }
    Token next = tokens.get(i + 1);
    // „Q” – podkreślał w rozmowie z nami Tomasz Lis: a prepositional phrase, then the subject
    return isPronoun(next)
        || next.isWord() && next.isCapitalized()
        || pastAdverbial(tokens, i + 1) > i + 1;
  }

  /**
   * Selon X, « Q » · «Q», so Scholz · Laut Scholz … «Q» · Scholz zufolge … «Q» · Nach Angaben von X
   * … «Q» · W ocenie ministra X … «Q» · Wie X sagte, … «Q».
   */
  private Optional<Cue> source(List<Token> tokens, int q) {
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      boolean opens = i == 0 || tokens.get(i - 1).is(",") || tokens.get(i - 1).isQuote();
      if (opens && words.sources().contains(token.lower())) {
        List<Token> subject = phraseFrom(tokens, i + 1);
        if (!subject.isEmpty()) {
          return Optional.of(new Cue(subject, token.text()));
        }
      }
      // before the quote: after it, "Nach Angaben von X" opens a sentence of its own
      if (i > 0 && i < q && words.sourceNouns().contains(token.lower())) {
        Optional<Cue> cue = afterSourceNoun(tokens, i);
        if (cue.isPresent()) {
          return cue;
        }
      }
      if (i == 0 && i < q && words.comparisons().contains(token.lower())) {
        Optional<Cue> cue = comparisonClause(tokens, i);
        if (cue.isPresent()) {
          return cue;
        }
      }
      if (words.sourcesAfter().contains(token.lower())) {
        List<Token> subject = phraseBefore(tokens, i);
        if (!subject.isEmpty()) {
          return Optional.of(new Cue(subject, token.text()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Nach Angaben von Polizeisprecher X · nach Ansicht der Ministerin X · de l'avis de X · w ocenie
   * ministra X: after a preposition, a noun of saying or thinking and the word that joins its
   * owner, the owner is the source.
   */
  private Optional<Cue> afterSourceNoun(List<Token> tokens, int i) {
    if (!words.obliques().contains(tokens.get(i - 1).lower())
        && !words.determiners().contains(tokens.get(i - 1).lower())) {
      return Optional.empty();
    }
    int from = i + 1;
    if (from < tokens.size() && words.genitives().contains(tokens.get(from).lower())) {
      from++; // "von", "des", "de": what joins the owner
    }
    List<Token> subject = phraseFrom(tokens, from);
    if (subject.isEmpty() && from > i + 1) {
      subject = phraseFrom(tokens, from - 1); // "der Ministerin X": the article opens it
    }
    return subject.isEmpty()
        ? Optional.empty()
        : Optional.of(new Cue(subject, tokens.get(i - 1).text() + " " + tokens.get(i).text()));
  }

  /** Scholz sagte: „Q“ · Elle affirme « Q » · Dazu sagte Scholz: „Q“ · Er warnt: „Q“. */
  private Optional<Cue> before(List<Token> tokens, int q) {
    for (int v = q - 1; v >= 0 && v >= q - MAX_VERB_TO_QUOTE; v--) {
      Token token = tokens.get(v);
      if (token.isQuote() || token.is(".")) {
        break;
      }
      if (!words.isVerb(token.lower()) || token.isCapitalized() && v > 0) {
        continue;
      }
      String verb = token.text();
      if (v > 0 && COORDINATORS.contains(tokens.get(v - 1).lower())) {
        // Christoph sucht Worte und findet sie: „Q“ — the second verb shares the first's subject
        Optional<List<Token>> shared = clauseSubject(tokens, v - 1);
        if (shared.isPresent()) {
          return Optional.of(new Cue(shared.get(), verb));
        }
      }
      // Emmanuel Macron a déclaré : « Q » — the subject stands before the auxiliary
      int end = v > 0 && words.auxiliaries().contains(tokens.get(v - 1).lower()) ? v - 1 : v;
      List<Token> subject = phraseBefore(tokens, end);
      if (subject.isEmpty()) {
        subject = phraseFrom(tokens, v + 1); // Dazu sagte Scholz: „Q“
      }
      if (subject.isEmpty() && v == 1 && isNameOpening(tokens.get(0))) {
        subject = tokens.subList(0, 1); // Merz nannte den Vorschlag „Q“
      }
      if (!subject.isEmpty()) {
        return Optional.of(new Cue(subject, verb));
      }
    }
    // Er gibt jedoch zu bedenken: „Q“ · Dagegen hält Kelle: „Q“ — the subject of the clause the
    // colon ends speaks, before its verb or after it (German puts it there after an adverb).
    if (q > 1 && tokens.get(q - 1).is(":")) {
      return clauseSubject(tokens, q - 1).map(subject -> new Cue(subject, ":"));
    }
    return Optional.empty();
  }

  /**
   * The first pronoun or name of a person the text knows in the clause before {@code end}, not
   * after a preposition or a determiner ("mit ihr", "die Sie"): "Er gibt zu bedenken", "Dagegen
   * hält Kelle", "Zwischen den Bissen dichtet er".
   */
  private Optional<List<Token>> clauseSubject(List<Token> tokens, int end) {
    int from = end;
    while (from > 0 && !tokens.get(from - 1).is(".") && !tokens.get(from - 1).isQuote()) {
      from--;
    }
    for (int k = from; k < end; k++) {
      Token token = tokens.get(k);
      String before = k > from ? tokens.get(k - 1).lower() : "";
      if (!token.isWord()
          || words.obliques().contains(before)
          || words.determiners().contains(before)) {
        continue;
      }
      if (isPronoun(token)) {
        return Optional.of(List.of(token));
      }
      if (token.isCapitalized() && article.resolver().knowsName(token)) {
        int start = k;
        while (start > from && tokens.get(start - 1).isCapitalized()) {
          start--; // "Sportredaktor Christoph", "Birgit Kelle"
        }
        int stop = k + 1;
        while (stop < end && tokens.get(stop).isCapitalized()) {
          stop++;
        }
        return Optional.of(tokens.subList(start, stop));
      }
    }
    return Optional.empty();
  }

  /**
   * The subject starting at {@code i}: a pronoun ("er", "elle"), or determiners, description words
   * and a name ("der Chef Matthias Frankenstein", "la toxicologue Dominique Parent-Massin", "Ursula
   * von der Leyen"), up to the first word that belongs to neither.
   */
  private List<Token> phraseFrom(List<Token> tokens, int i) {
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
                  && nextIsCapitalized(tokens, k)
                  && (!words.determiners().contains(tokens.get(i).lower())
                      // "o presidente Luiz Inácio Lula da Silva", not "der Chef Matthias X des
                      // Unternehmens"
                      || holdsFirstName(phrase) && !words.language().equals("de"))
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
    // "le ministre" names someone; "dans" or "am Telefon" alone do not.
    while (!phrase.isEmpty()
        && !phrase.get(phrase.size() - 1).isCapitalized()
        && !isDescription(phrase)) {
      phrase.remove(phrase.size() - 1);
    }
    return nameInApposition(tokens, i + phrase.size(), phrase);
  }

  /**
   * D’après la ministre de la Santé, Odile X, « Q » · « Q », a dit le maire, Jean X: a name set off
   * by commas right after a description is the person it describes; else the description.
   */
  private List<Token> nameInApposition(List<Token> tokens, int end, List<Token> description) {
    if (isDescription(description) && end + 2 < tokens.size()) {
      // "die Sprecherin des Unternehmens, Anna Vogt": whose she is, then her name
      int k = end;
      if (words.genitives().contains(tokens.get(k).lower())) {
        k++;
        while (k < tokens.size() && k <= end + 4 && tokens.get(k).isCapitalized()) {
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
  private List<Token> phraseBefore(List<Token> tokens, int end) {
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
    return k == from + 2
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
   * "Merz" in "Merz nannte den Vorschlag …": a capital opening the sentence that the text never
   * writes in lower case and that is no preposition or conjunction ("Dazu", "Im").
   */
  private boolean isNameOpening(Token token) {
    return token.isWord() && token.isCapitalized() && !article.resolver().isSentenceCapital(token);
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
  private boolean isDescription(List<Token> phrase) {
    return phrase.size() >= 2 && words.determiners().contains(phrase.get(0).lower());
  }

  private boolean isPronoun(Token token) {
    return token.isWord() && words.pronouns().containsKey(token.lower());
  }

  /** „Q“, sagte · « Q », dit · „Q” – powiedział: the comma or dash after a quote. */
  private static boolean isJoiner(Token token) {
    return token.is(",") || SpeechGrammar.isDash(token);
  }

  /** A first name of the story's language among the words: the phrase names a person. */
  private boolean holdsFirstName(List<Token> phrase) {
    return phrase.stream()
        .anyMatch(
            t ->
                t.isCapitalized()
                    && (FirstNames.inLanguage(words.language(), NameRuns.bareName(t)).isPresent()
                        || Lexicon.isFirstName(NameRuns.bareName(t))));
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
