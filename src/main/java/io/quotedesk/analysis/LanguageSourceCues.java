package io.quotedesk.analysis;

import java.util.List;
import java.util.Optional;

/**
 * The cues of a story in another language that name a source rather than put a speech verb beside
 * the quote, for {@link LanguageCues}: a source word ("selon lui", "laut Scholz", "Scholz
 * zufolge"), a noun of saying ("Nach Angaben von X"), an owner's pronoun ("Jego zdaniem") and a
 * clause of comparison ("wie Scholz sagte"). Kept apart because they read prepositions and pronouns
 * of ownership, not the verb-and-subject order the other layouts follow.
 */
final class LanguageSourceCues {
  private final CueWords words;
  private final SubjectPhrases phrases;
  private final SubjectsBeforeVerb subjectsBefore;

  LanguageSourceCues(CueWords words, SubjectPhrases phrases, SubjectsBeforeVerb subjectsBefore) {
    this.words = words;
    this.phrases = phrases;
    this.subjectsBefore = subjectsBefore;
  }

  /**
   * „Q“, wie Scholz selbst in einem Interview verrät · « Q », comme nous le raconte Antoine: a
   * clause of comparison after the quote, with a speech verb, names the speaker before the verb
   * (German puts the verb last) or after it.
   */
  Optional<Cue> asClause(List<Token> tokens, int q) {
    int i = q + 1;
    while (i < tokens.size() && LanguageCues.isJoiner(tokens.get(i))) {
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
    for (int v = i + 1; v < tokens.size() && v <= i + LanguageCues.MAX_VERB_TO_QUOTE * 2; v++) {
      Token token = tokens.get(v);
      if (!token.isWord()) {
        return Optional.empty(); // the clause ended without a speech verb
      }
      if (!token.isCapitalized() && words.isVerb(token.lower())) {
        List<Token> subject = phrases.phraseFrom(tokens.subList(0, v), i + 1);
        if (subject.isEmpty()) {
          subject = phrases.phraseFrom(tokens, v + 1);
        }
        if (subject.isEmpty() && words.droppedSubject(token.lower()).isPresent()) {
          subject = List.of(token); // Jak zaznaczył, „Q”: the verb's ending says who
        }
        return subject.isEmpty() ? Optional.empty() : Optional.of(new Cue(subject, token.text()));
      }
    }
    return Optional.empty();
  }

  /**
   * Selon X, « Q » · «Q», so Scholz · Laut Scholz … «Q» · Scholz zufolge … «Q» · Nach Angaben von X
   * … «Q» · W ocenie ministra X … «Q» · Wie X sagte, … «Q».
   */
  Optional<Cue> source(List<Token> tokens, int q) {
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      boolean opens = i == 0 || tokens.get(i - 1).is(",") || tokens.get(i - 1).isQuote();
      Optional<Cue> owned = ownerOf(tokens, i);
      if (owned.isPresent()) {
        return owned;
      }
      if (opens && words.sources().contains(token.lower())) {
        List<Token> subject = phrases.phraseFrom(tokens, i + 1);
        if (subject.size() == 2 && words.sourceNouns().contains(subject.get(1).lower())) {
          // „Q“, so das Fazit von X: the view's owner, not the view
          return afterSourceNoun(tokens, i + 2);
        }
        if (!subject.isEmpty()) {
          return Optional.of(new Cue(subject, token.text()));
        }
      }
      // before the quote: after it, "Nach Angaben von X" opens a sentence of its own; but
      // „Q“, lautet das Fazit von X · „Q“, so die Einschätzung von X: the quote's own clause
      if (i > 0
          && (i < q || words.determiners().contains(tokens.get(i - 1).lower()))
          && words.sourceNouns().contains(token.lower())) {
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
        List<Token> subject = subjectsBefore.phraseBefore(tokens, i);
        if (!subject.isEmpty()) {
          return Optional.of(new Cue(subject, token.text()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Według niego · selon lui · Jego zdaniem · Seiner Ansicht nach: a pronoun of the owner after a
   * source word, before a source word or noun, or before a source word that follows its owner ("Ihm
   * zufolge"), opening the sentence or a clause, is the speaker.
   */
  private Optional<Cue> ownerOf(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    String lower = token.lower();
    if (i + 1 < tokens.size()
        && opensClause(tokens, i)
        && words.sources().contains(lower)
        && words.owners().containsKey(tokens.get(i + 1).lower())) {
      return Optional.of(new Cue(List.of(tokens.get(i + 1)), token.text())); // Według niego
    }
    if (i + 1 < tokens.size()
        && (opensClause(tokens, i) || afterOpeningPreposition(tokens, i))
        && words.possessives().containsKey(lower)
        && (words.sources().contains(tokens.get(i + 1).lower())
            || words.sourceNouns().contains(tokens.get(i + 1).lower()))) {
      return Optional.of(new Cue(List.of(token), tokens.get(i + 1).text())); // Jego zdaniem
    }
    if (i + 1 < tokens.size()
        && opensClause(tokens, i)
        && words.owners().containsKey(lower)
        && words.sourcesAfter().contains(tokens.get(i + 1).lower())) {
      return Optional.of(new Cue(List.of(token), tokens.get(i + 1).text())); // Ihm zufolge
    }
    return Optional.empty();
  }

  /** "En su opinión", "Nach seiner Ansicht": a preposition opening the sentence, then {@code i}. */
  private boolean afterOpeningPreposition(List<Token> tokens, int i) {
    return i == 1 && words.obliques().contains(tokens.get(0).lower());
  }

  private static boolean opensClause(List<Token> tokens, int i) {
    return i == 0 || tokens.get(i - 1).is(",") || tokens.get(i - 1).isQuote();
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
    List<Token> subject = phrases.phraseFrom(tokens, from);
    if (subject.isEmpty() && from > i + 1) {
      subject = phrases.phraseFrom(tokens, from - 1); // "der Ministerin X": the article opens it
    }
    return subject.isEmpty()
        ? Optional.empty()
        : Optional.of(new Cue(subject, tokens.get(i - 1).text() + " " + tokens.get(i).text()));
  }
}
