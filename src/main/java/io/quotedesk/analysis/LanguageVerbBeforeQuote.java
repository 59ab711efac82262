package io.quotedesk.analysis;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cue before a quote in a story in another language than English, for {@link LanguageCues}: the
 * subject and speech verb before the quote ("Scholz sagte: „Q“", "Elle affirme « Q »"), or the
 * subject of the clause a colon ends ("Er gibt zu bedenken: „Q“"). Kept apart from the cues after a
 * quote because the subject before a verb has rules of its own: a subject two verbs share, a
 * relative clause or an apposed name between subject and verb.
 */
final class LanguageVerbBeforeQuote {
  /** Join two verbs that share one subject: "sucht Worte und findet sie". */
  private static final Set<String> COORDINATORS = Lexicon.setOf("und", "et", "i", "oraz", "y", "e");

  /** Pronouns that open a relative clause after a subject: "Ein Anwohner, der …, sagt". */
  private static final Set<String> RELATIVE_PRONOUNS =
      Lexicon.setOf(
          "der", "die", "das", "welcher", "welche", "qui", "który", "która", "które", "którzy");

  private final CueWords words;
  private final ArticleView article;
  private final SubjectPhrases phrases;
  private final SubjectsBeforeVerb subjectsBefore;

  LanguageVerbBeforeQuote(
      CueWords words,
      ArticleView article,
      SubjectPhrases phrases,
      SubjectsBeforeVerb subjectsBefore) {
    this.words = words;
    this.article = article;
    this.phrases = phrases;
    this.subjectsBefore = subjectsBefore;
  }

  /** Scholz sagte: „Q“ · Elle affirme « Q » · Dazu sagte Scholz: „Q“ · Er warnt: „Q“. */
  Optional<Cue> before(List<Token> tokens, int q) {
    for (int v = q - 1; v >= 0 && v >= q - LanguageCues.MAX_VERB_TO_QUOTE; v--) {
      Token token = tokens.get(v);
      if (token.isQuote() || token.is(".")) {
        break;
      }
      if (!words.isVerb(ElidedArticles.withoutObject(token)) || token.isCapitalized() && v > 0) {
        continue;
      }
      Optional<Cue> cue = cueOfVerbAt(tokens, v);
      if (cue.isPresent()) {
        return cue;
      }
    }
    return colonClause(tokens, q);
  }

  /** The listed verb at {@code v} and the subject it has before or after it, if any. */
  private Optional<Cue> cueOfVerbAt(List<Token> tokens, int v) {
    String verb = tokens.get(v).text();
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
    List<Token> subject = subjectOfVerbAt(tokens, v, end);
    return subject.isEmpty() ? Optional.empty() : Optional.of(new Cue(subject, verb));
  }

  /**
   * The subject of the verb at {@code v} (its auxiliary at {@code end}), by the first that fits.
   */
  private List<Token> subjectOfVerbAt(List<Token> tokens, int v, int end) {
    Token token = tokens.get(v);
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
    return subject;
  }

  /**
   * Er gibt jedoch zu bedenken: „Q“ · Dagegen hält Kelle: „Q“ — the subject of the clause the colon
   * ends speaks, before its verb or after it (German puts it there after an adverb).
   */
  private Optional<Cue> colonClause(List<Token> tokens, int q) {
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
          && LanguageCues.VIEW_PREPOSITIONS.contains(before)
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
        return Optional.of(capitalsAround(tokens, from, k, end));
      }
    }
    return Optional.empty();
  }

  /** The capitalised words around the known name at {@code k}, within [from, end). */
  private List<Token> capitalsAround(List<Token> tokens, int from, int k, int end) {
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
    return tokens.subList(start, stop);
  }

  /**
   * "Merz" in "Merz nannte den Vorschlag …": a capital opening the sentence that the text never
   * writes in lower case and that is no preposition or conjunction ("Dazu", "Im").
   */
  private boolean isNameOpening(Token token) {
    return token.isWord() && token.isCapitalized() && !article.resolver().isSentenceCapital(token);
  }
}
