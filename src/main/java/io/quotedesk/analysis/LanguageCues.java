package io.quotedesk.analysis;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cues of a story in another language, read with that language's {@link CueWords}: the verb
 * after the quote with its subject after it ("«Q», sagte Scholz", "« Q », affirme-t-elle", "„Q” –
 * powiedział Tusk"), the subject and verb before it ("Scholz sagte: „Q“"); the words that name a
 * source ("selon lui", "laut Scholz", "Scholz zufolge") are read by {@link LanguageSourceCues},
 * those that take up a quote ("„Q“ Das sagte Scholz") by {@link TakenUpQuotes}.
 */
final class LanguageCues {
  /** Join two verbs that share one subject: "sucht Worte und findet sie". */
  private static final Set<String> COORDINATORS = Lexicon.setOf("und", "et", "i", "oraz", "y", "e");

  /** Pronouns that open a relative clause after a subject: "Ein Anwohner, der …, sagt". */
  private static final Set<String> RELATIVE_PRONOUNS =
      Lexicon.setOf(
          "der", "die", "das", "welcher", "welche", "qui", "który", "która", "które", "którzy");

  /** Prepositions whose person a view is given for: "Für ihn ist klar:", "Pour elle, c'est …". */
  static final Set<String> VIEW_PREPOSITIONS = Lexicon.setOf("für", "pour", "dla");

  /** How many words may stand between a verb and the quote it introduces: "sagte er dazu:". */
  static final int MAX_VERB_TO_QUOTE = 6;

  private final CueWords words;
  private final ArticleView article;

  private final SubjectPhrases phrases;
  private final AdverbialsAfterVerb adverbials;
  private final SubjectsBeforeVerb subjectsBefore;
  private final LanguageSourceCues sourceCues;
  private final TakenUpQuotes takenUp;

  LanguageCues(CueWords words, ArticleView article) {
    this.words = words;
    this.article = article;
    this.phrases = new SubjectPhrases(words);
    this.adverbials = new AdverbialsAfterVerb(words);
    this.subjectsBefore = new SubjectsBeforeVerb(words, article);
    this.sourceCues = new LanguageSourceCues(words, phrases, subjectsBefore);
    this.takenUp = new TakenUpQuotes(words, article);
  }

  /** How the story's sentences take up a quote: „Q“ Das sagte Scholz. */
  TakenUpQuotes takenUp() {
    return takenUp;
  }

  /** The cue for the quote at token {@code q}, by the first layout that fits. */
  Optional<Cue> cueFor(List<Token> tokens, int q) {
    return after(tokens, q)
        .or(() -> sourceCues.asClause(tokens, q))
        .or(() -> sourceCues.source(tokens, q))
        .or(() -> before(tokens, q))
        .or(() -> laterInSentence(tokens, q));
  }

  /**
   * Er sei „sehr zuversichtlich“, dass eine Einigung gelingt, sagte Scholz: reported speech that
   * holds a quote and ends in a comma, a listed speech verb and its subject names the speaker.
   */
  private Optional<Cue> laterInSentence(List<Token> tokens, int q) {
    for (int i = q + 2; i + 1 < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.isQuote() || token.is(".") || token.is(":")) {
        return Optional.empty(); // another quote, or the sentence ended
      }
      if (token.is(",") && !tokens.get(i + 1).isCapitalized() && opensSpeech(tokens, i + 1)) {
        return verbAndSubject(tokens, i + 1, false);
      }
      if (token.is(",") && !tokens.get(i + 1).isCapitalized() && reportsBefore(tokens, q)) {
        // Kraus sei „Q“ gewesen, ließ Ludwig wissen: after reported speech any verb and its
        // subject, as after a quote and its comma
        Optional<Cue> incise = verbAndSubject(tokens, i + 1, true);
        if (incise.isPresent()) {
          return incise;
        }
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
    if (i == q + 1 && TakenUpQuotes.afterTheseWords(tokens, q)) {
      return verbAndSubject(tokens, i, true); // Mit den Worten „Q“ wurde X berühmt
    }
    int pastWords = TakenUpQuotes.pastTheseWords(tokens, i);
    if (pastWords > i) {
      return verbAndSubject(tokens, pastWords, true); // „Q“ – mit diesen Worten eröffnete X
    }
    if (i == q + 1 && takenUp.takesUp(tokens.subList(i, tokens.size()))) {
      return verbAndSubject(tokens, i + 1, false); // „Q“ Das sagte Scholz der dpa.
    }
    if (i == q + 1 && i + 1 < tokens.size() && (tokens.get(i).is(".") || tokens.get(i).is("\n"))) {
      // «Q». Così la presidente del Consiglio ha risposto: the subject before the verb
      List<Token> next = tokens.subList(i + 1, tokens.size());
      int v = takenUp.verbAfterSubject(next);
      if (v > 0) {
        int verbAt = words.auxiliaries().contains(next.get(v).lower()) ? v + 1 : v;
        String verb = article.text().substring(next.get(v).start(), next.get(verbAt).end());
        return Optional.of(new Cue(next.subList(1, v), verb));
      }
    }
    if (i == q + 1
        && i + 1 < tokens.size()
        && (tokens.get(i).is(".") || tokens.get(i).is("\n"))
        && takenUp.takesUp(tokens.subList(i + 1, tokens.size()))) {
      return verbAndSubject(tokens, i + 2, false); // «Q». Lo ha detto il ministro X.
    }
    if (i == q + 1 && i < tokens.size() && !tokens.get(i).isWord()) {
      return Optional.empty(); // «Q». — the sentence ended
    }
    while (i + 1 < tokens.size() && words.clitics().contains(tokens.get(i).lower())) {
      i++; // « Q », nous confie Julien X
    }
    return verbAndSubject(tokens, i, i > q + 1);
  }

  /** "Kraus sei „Q“": a form of reported speech in the sentence before the quote. */
  private boolean reportsBefore(List<Token> tokens, int q) {
    for (int k = q - 1; k >= 0 && !tokens.get(k).is(".") && !tokens.get(k).isQuote(); k--) {
      if (words.reported().contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** "sagte", "a déclaré": a listed speech verb, or an auxiliary before one, at {@code i}. */
  private boolean opensSpeech(List<Token> tokens, int i) {
    String lower = tokens.get(i).lower();
    return words.isVerb(lower)
        || words.auxiliaries().contains(lower)
            && i + 1 < tokens.size()
            && words.isVerb(tokens.get(i + 1).lower());
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
    if (v + 2 < tokens.size()
        && words.impersonals().contains(tokens.get(v + 1).lower())
        && words.obliques().contains(tokens.get(v + 2).lower())) {
      List<Token> source = sourceAfterImpersonal(tokens, v + 3);
      return source.isEmpty() ? Optional.empty() : Optional.of(new Cue(source, verb));
    }
    List<Token> subject = pastAddressee(tokens, v + 1, phrases.phraseFrom(tokens, v + 1));
    int afterAdverbial = adverbials.pastAdverbial(tokens, v + 1);
    if (subject.isEmpty() || opensDescription(tokens, v + 1, afterAdverbial)) {
      // « Q », a déclaré mercredi la Première ministre X: the day is no part of the subject
      subject = phrases.phraseFrom(tokens, afterAdverbial);
    }
    if (subject.isEmpty() && words.droppedSubject(tokens.get(v).lower()).isPresent()) {
      return Optional.of(new Cue(List.of(tokens.get(v)), verb)); // „Q” – zaznaczyła.
    }
    return subject.isEmpty() ? Optional.empty() : Optional.of(new Cue(subject, verb));
  }

  /** Adverbs ("mercredi", "gestern") before an article at {@code start} that opens the subject. */
  private boolean opensDescription(List<Token> tokens, int verbEnd, int start) {
    return start > verbEnd
        && start < tokens.size()
        && words.determiners().contains(tokens.get(start).lower());
  }

  /**
   * „Q” – powiedział PAP wiceminister Jan X: an agency's initials right after the verb, then a
   * person, is whom the person spoke to (Polish puts the addressee first, in the dative, which
   * initials do not show); the initials alone are the subject („Q” – podała PAP).
   */
  private List<Token> pastAddressee(List<Token> tokens, int i, List<Token> subject) {
    if (subject.size() != 1 || !isInitials(subject.get(0))) {
      return subject;
    }
    List<Token> person = phrases.phraseFrom(tokens, i + 1);
    boolean named = person.size() >= 2 && person.get(person.size() - 1).isCapitalized();
    // „Q” – powiedziała PAP szefowa resortu: a role after the initials speaks as well
    boolean role =
        !person.isEmpty()
            && RoleNouns.withoutArticles(words.language())
                .map(roles -> roles.isRole(person.get(0)) || roles.isAdjective(person.get(0)))
                .orElse(false);
    return named || role ? person : subject;
  }

  /**
   * „Q“, hieß es aus dem Ministerium · heißt es bei der Polizei: no one speaks, a body is the
   * source, named after the preposition (its article, capitalised words and a genitive); in a
   * document (in einer Mitteilung) it is withheld as a document is, and circles with no article
   * (aus Regierungskreisen) are no one.
   */
  private List<Token> sourceAfterImpersonal(List<Token> tokens, int k) {
    int end = k;
    while (end < tokens.size()
        && end < k + 6
        && tokens.get(end).isWord()
        && (tokens.get(end).isCapitalized()
            || words.determiners().contains(tokens.get(end).lower())
            || words.genitives().contains(tokens.get(end).lower()))) {
      end++;
    }
    while (end > k && !tokens.get(end - 1).isCapitalized()) {
      end--;
    }
    // "aus Regierungskreisen": unnamed circles are no one to name
    return end > k && words.determiners().contains(tokens.get(k).lower())
        ? tokens.subList(k, end)
        : List.of();
  }

  private static boolean isInitials(Token token) {
    return token.isWord()
        && token.text().length() >= 2
        && token.text().chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
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
    return words.isPronoun(next)
        || next.isWord() && next.isCapitalized()
        || adverbials.pastAdverbial(tokens, i + 1) > i + 1;
  }

  /** Scholz sagte: „Q“ · Elle affirme « Q » · Dazu sagte Scholz: „Q“ · Er warnt: „Q“. */
  private Optional<Cue> before(List<Token> tokens, int q) {
    for (int v = q - 1; v >= 0 && v >= q - MAX_VERB_TO_QUOTE; v--) {
      Token token = tokens.get(v);
      if (token.isQuote() || token.is(".")) {
        break;
      }
      if (!words.isVerb(ElidedArticles.withoutObject(token)) || token.isCapitalized() && v > 0) {
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
      // L’ancien Premier ministre l’a confirmé : « Q » — the object pronoun elided onto it too
      int end =
          v > 0 && words.auxiliaries().contains(ElidedArticles.withoutObject(tokens.get(v - 1)))
              ? v - 1
              : v;
      List<Token> subject = subjectsBefore.phraseBefore(tokens, end);
      if (subject.isEmpty()) {
        subject = subjectsBefore.elidedDescriptionBefore(tokens, end); // L’ancien Premier ministre
      }
      if (subject.isEmpty()) {
        subject = subjectsBefore.phraseBefore(tokens, beforeRelativeClause(tokens, end));
      }
      if (subject.isEmpty()) {
        subject = apposedName(tokens, end); // Son président, Dominique X, parle d'une « Q »
      }
      if (subject.isEmpty()) {
        subject = phrases.phraseFrom(tokens, v + 1); // Dazu sagte Scholz: „Q“
      }
      if (subject.isEmpty() && v == 1 && isNameOpening(tokens.get(0))) {
        subject = tokens.subList(0, 1); // Merz nannte den Vorschlag „Q“
      }
      if (subject.isEmpty() && words.droppedSubject(token.lower()).isPresent()) {
        subject = List.of(token); // W rozmowie z „Gazetą Wyborczą” przyznała: „Q”
      }
      if (!subject.isEmpty()) {
        return Optional.of(new Cue(subject, verb));
      }
    }
    // Er gibt jedoch zu bedenken: „Q“ · Dagegen hält Kelle: „Q“ — the subject of the clause the
    // colon ends speaks, before its verb or after it (German puts it there after an adverb).
    if (q > 1 && tokens.get(q - 1).is(":")) {
      if (q == 3 && words.possessives().containsKey(tokens.get(0).lower())) {
        // Sein Fazit: „Q“ · Ihr Rat: „Q“ — what someone says, named by its owner's pronoun
        return Optional.of(new Cue(tokens.subList(0, 1), ":"));
      }
      return clauseSubject(tokens, q - 1)
          .or(() -> phrases.personDescriptionOpening(tokens.subList(0, q - 1)))
          .map(subject -> new Cue(subject, ":"));
    }
    return Optional.empty();
  }

  /**
   * Ein Anwohner, der anonym bleiben möchte, sagt: „Q“ · Le maire, qui a refusé, a déclaré : « Q »:
   * where a relative clause set off by commas just before {@code end} opens, so that the subject
   * before it is read; {@code end} when there is none.
   */
  private int beforeRelativeClause(List<Token> tokens, int end) {
    if (end < 4 || !tokens.get(end - 1).is(",")) {
      return end;
    }
    for (int k = end - 3; k > 0 && k >= end - 15; k--) {
      if (tokens.get(k).is(",")) {
        // "L’ancien ministre Arnaud X, venu sur place, a dénoncé": an aside after a name too
        boolean aside = tokens.get(k - 1).isCapitalized() && !tokens.get(k + 1).isCapitalized();
        return RELATIVE_PRONOUNS.contains(tokens.get(k + 1).lower()) || aside ? k : end;
      }
      if (tokens.get(k).isQuote() || tokens.get(k).is(".")) {
        return end;
      }
    }
    return end;
  }

  /**
   * "Son président, Dominique X, parle": the capitalised words set off by commas just before {@code
   * end}, a name apposed to the description before it; empty when there are none.
   */
  private static List<Token> apposedName(List<Token> tokens, int end) {
    if (end < 4 || !tokens.get(end - 1).is(",")) {
      return List.of();
    }
    int k = end - 2;
    while (k > 0 && k >= end - 5 && tokens.get(k).isWord() && tokens.get(k).isCapitalized()) {
      k--;
    }
    return k < end - 2 && tokens.get(k).is(",") ? tokens.subList(k + 1, end - 1) : List.of();
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
      int b = k - 1;
      if (b > from
          && !tokens.get(b).isWord()
          && QuoteMarks.isDouble(tokens.get(b).text().charAt(0))) {
        b--; // "mit der „Zeit“", "z „Gazetą Wyborczą”": a title in marks after a preposition
      }
      String before = b >= from ? tokens.get(b).lower() : "";
      if (k == from + 1
          && VIEW_PREPOSITIONS.contains(before)
          && token.isWord()
          && words.pronoun(token.lower()).isPresent()) {
        return Optional.of(List.of(token)); // Für ihn ist klar: „Q“
      }
      if (!token.isWord()
          || words.obliques().contains(before)
          || words.determiners().contains(before)
          || words.isFunctionWord(token.lower())) {
        continue; // nor "Die" of "Die Lage ist klar:", an article a capital opens
      }
      if (words.isPronoun(token)) {
        return Optional.of(List.of(token));
      }
      if (token.isCapitalized() && article.resolver().knowsName(token)) {
        int start = k;
        while (start > from
            && tokens.get(start - 1).isCapitalized()
            && !words.isFunctionWord(tokens.get(start - 1).lower())) {
          start--; // "Sportredaktor Christoph", "Birgit Kelle"; not "Doch" in "Doch Lenz ist
          // sicher"
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
   * "Merz" in "Merz nannte den Vorschlag …": a capital opening the sentence that the text never
   * writes in lower case and that is no preposition or conjunction ("Dazu", "Im").
   */
  private boolean isNameOpening(Token token) {
    return token.isWord() && token.isCapitalized() && !article.resolver().isSentenceCapital(token);
  }

  /** „Q“, sagte · « Q », dit · „Q” – powiedział: the comma or dash after a quote. */
  static boolean isJoiner(Token token) {
    return token.is(",") || SpeechGrammar.isDash(token);
  }
}
