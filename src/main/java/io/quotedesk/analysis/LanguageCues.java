package io.quotedesk.analysis;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cues of a story in another language, read with that language's {@link CueWords}: the verb
 * after the quote with its subject after it ("«Q», sagte Scholz", "« Q », affirme-t-elle", "„Q” –
 * powiedział Tusk"); the subject and verb before it ("Scholz sagte: „Q“") are read by {@link
 * LanguageVerbBeforeQuote}, the words that name a source ("selon lui", "laut Scholz", "Scholz
 * zufolge") by {@link LanguageSourceCues}, those that take up a quote ("„Q“ Das sagte Scholz") by
 * {@link TakenUpQuotes}.
 */
final class LanguageCues {
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
  private final LanguageVerbBeforeQuote verbBefore;

  LanguageCues(CueWords words, ArticleView article) {
    this.words = words;
    this.article = article;
    this.phrases = new SubjectPhrases(words);
    this.adverbials = new AdverbialsAfterVerb(words);
    this.subjectsBefore = new SubjectsBeforeVerb(words, article);
    this.sourceCues = new LanguageSourceCues(words, phrases, subjectsBefore);
    this.takenUp = new TakenUpQuotes(words, article);
    this.verbBefore = new LanguageVerbBeforeQuote(words, article, phrases, subjectsBefore);
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
        .or(() -> verbBefore.before(tokens, q))
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

  /** „Q“, sagte · « Q », dit · „Q” – powiedział: the comma or dash after a quote. */
  static boolean isJoiner(Token token) {
    return token.is(",") || SpeechGrammar.isDash(token);
  }
}
