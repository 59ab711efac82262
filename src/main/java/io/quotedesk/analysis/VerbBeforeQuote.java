package io.quotedesk.analysis;

import static io.quotedesk.analysis.NounPhrases.afterLastPreposition;
import static io.quotedesk.analysis.NounPhrases.leftPhrase;
import static io.quotedesk.analysis.NounPhrases.phraseBefore;
import static io.quotedesk.analysis.PhrasesAfterVerb.rightPhrase;
import static io.quotedesk.analysis.SpeechGrammar.cueWord;
import static io.quotedesk.analysis.SpeechGrammar.isDash;
import static io.quotedesk.analysis.SpeechGrammar.isObjectPronoun;
import static io.quotedesk.analysis.SpeechGrammar.isParticiple;
import static io.quotedesk.analysis.SpeechGrammar.isSpeechVerbAt;
import static io.quotedesk.analysis.SpeechGrammar.isSubjectPronoun;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The speech verb nearest before a quote and who it says spoke: X said (that) … "Q" · X, calling it
 * "Q" · "…," she said, adding "Q" · described by X as "Q" · criticized X for saying "Q".
 */
final class VerbBeforeQuote {
  private static final Set<String> BLAMED_FOR = Lexicon.setOf("for", "of");

  private static final Set<String> CATENATIVES =
      Lexicon.setOf(
          "begin",
          "begins",
          "began",
          "start",
          "starts",
          "started",
          "keep",
          "keeps",
          "kept",
          "continue",
          "continues",
          "continued");

  /** Verbs that follow the subject of a clause: after "said X" they make X that subject. */
  private static final Set<String> FINITE_AFTER_SUBJECT =
      Lexicon.setOf(
          "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could",
          "should", "may", "might", "must");

  private final ArticleView article;
  private final SubjectReader subjects;

  VerbBeforeQuote(ArticleView article, SubjectReader subjects) {
    this.article = article;
    this.subjects = subjects;
  }

  /**
   * The cue at the speech verb nearest before the quote at {@code q}: its subject, or none when
   * that verb's subject cannot be read (a verb further left is not tried).
   */
  Optional<Cue> nearest(List<Token> tokens, int q) {
    for (int k = q - 1; k >= 0; k--) {
      if (isSpeechVerbAt(tokens, k) && !(k > 0 && tokens.get(k - 1).lower().equals("to"))) {
        return cueAt(tokens, k, q); // not "too early to tell": an infinitive is not the cue
      }
    }
    return Optional.empty();
  }

  private Optional<Cue> cueAt(List<Token> tokens, int k, int q) {
    int main = SentenceOpenings.endOfOpeningClause(tokens, k, q) + 1;
    if (main > 0) {
      return isSubjectPronoun(tokens.get(main))
          ? Optional.of(new Cue(List.of(tokens.get(main)), null))
          : subjects.sentenceCue(tokens.subList(main, q), true, null);
    }
    String verb = cueWord(tokens, k);
    boolean gerund = tokens.get(k).lower().endsWith("ing");
    int v = startOfSpeech(tokens, k);
    Optional<Cue> agent = agentAfterBy(tokens, k, q, verb);
    if (agent.isPresent()) {
      return agent;
    }
    int a = v;
    while (a > 1 && AUXILIARIES.contains(tokens.get(a - 1).lower())) {
      a--; // "… and has boasted of …": the verb's subject stands before "and"
    }
    if (a > 0 && tokens.get(a - 1).lower().equals("and")) {
      return sharedSubject(tokens, a, verb);
    }
    if (gerund && k > 0 && endsWithComma(tokens.get(k - 1))) {
      // "Biden did not mince words, calling the comments "dumb"": the sentence's subject;
      // "The two will meet soon, Spicer said, adding": the speaker of the cue it goes on from.
      return parentheticalCue(tokens, k - 1, verb)
          .or(() -> subjects.sentenceCue(tokens.subList(0, k), true, verb));
    }
    if (gerund && k > 1 && BLAMED_FOR.contains(tokens.get(k - 1).lower())) {
      return blamedCue(tokens, k, verb);
    }
    if (gerund && k == 0) {
      return subjectAfterClause(tokens, q, verb);
    }
    return subjectAround(tokens, k, v, q, verb);
  }

  /** "Calling Ruiz's challenger "Q," Mrs. Hale left": the subject follows the clause. */
  private Optional<Cue> subjectAfterClause(List<Token> tokens, int q, String verb) {
    int j = q + 1;
    while (j < tokens.size() && tokens.get(j).is(",")) {
      j++;
    }
    return subjects.sentenceCue(tokens.subList(j, tokens.size()), true, verb);
  }

  /** "kept saying", "began chanting": the subject comes before the verb that starts the speech. */
  private static int startOfSpeech(List<Token> tokens, int k) {
    int v = k;
    while (v > 0
        && tokens.get(k).lower().endsWith("ing")
        && CATENATIVES.contains(tokens.get(v - 1).lower())) {
      v--;
    }
    return v;
  }

  /** "measures described by Republicans as "poison pills"": the agent after "by" speaks. */
  private static Optional<Cue> agentAfterBy(List<Token> tokens, int k, int q, String verb) {
    if (isParticiple(tokens.get(k)) && k + 2 < q && tokens.get(k + 1).lower().equals("by")) {
      List<Token> agent = rightPhrase(tokens, k + 2);
      // not "Bush interjected by hitting Trump for …": a gerund after "by" is how, not who
      if (!agent.isEmpty() && !agent.get(0).lower().endsWith("ing")) {
        return Optional.of(new Cue(agent, verb));
      }
    }
    return Optional.empty();
  }

  /**
   * "I laughed and said": the pronoun of the clause; "The nominee outlined his plan and vowed …":
   * the sentence's subject; "…, and the league denounced the remarks and said": the subject of the
   * clause the conjunction opened. {@code v} is the verb's start, right after "and".
   */
  private Optional<Cue> sharedSubject(List<Token> tokens, int v, String verb) {
    Optional<Token> pronoun = clausePronoun(tokens, v - 1);
    if (pronoun.isPresent()) {
      return Optional.of(new Cue(List.of(pronoun.get()), verb));
    }
    return conjoinedClauseCue(tokens, v - 1, verb)
        .or(() -> subjects.sentenceCue(tokens.subList(0, v), true, verb));
  }

  /**
   * "Hale criticized Ruiz for saying …", "accused him of saying": the one blamed said it; "he
   * appeared at a hearing … and for saying": the one the clause is about.
   */
  private Optional<Cue> blamedCue(List<Token> tokens, int k, String verb) {
    List<Token> blamed = nameEndingAt(tokens, k - 2);
    if (!blamed.isEmpty()) {
      return Optional.of(new Cue(blamed, verb));
    }
    Optional<Token> pronoun = clausePronoun(tokens, k - 1);
    if (pronoun.isPresent()) {
      return Optional.of(new Cue(List.of(pronoun.get()), verb));
    }
    return subjects.sentenceCue(tokens.subList(0, k), true, verb);
  }

  /** The verb's subject before it ("Ann Ruiz said"), or after it where a clause starts. */
  private Optional<Cue> subjectAround(List<Token> tokens, int k, int v, int q, String verb) {
    boolean gerund = tokens.get(k).lower().endsWith("ing");
    List<Token> subject =
        gerund
            // "footage of Hillary Clinton asking": Clinton
            ? afterLastPreposition(phraseBefore(tokens, v, 0))
            : pastRelativeClause(tokens, leftPhrase(tokens, k, 0));
    if (gerund && (isTimeOfDay(subject) || toRecipient(phraseBefore(tokens, v, 0)))) {
      // "Trump unleashed a series of tweets early Friday saying …": Trump; "Hale wrote a letter
      // to the attorney general asking …": the letter asks, and its writer is the subject
      return subjects.sentenceCue(tokens.subList(0, k), true, verb);
    }
    if (subject.isEmpty()) {
      subject = subjectAfterVerb(tokens, k);
    }
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    // "He claimed the leader had asked him: "Q"": the words the inner verb introduces are the
    // leader's own; "said Hale reassured them that they were "Q"" are the reporter's
    boolean introduced =
        !gerund && q - k <= 3 && (tokens.get(q - 1).is(":") || tokens.get(q - 1).is(","));
    Cue cue = new Cue(subject, verb);
    return Optional.of(introduced ? cue : reportingClause(tokens, subject).orElse(cue));
  }

  /**
   * "Said Ellis: …", "…, said Ellis": the subject follows the verb only where a clause starts; "who
   * in 2010 said the party's goal was …" has its subject further left.
   */
  private static List<Token> subjectAfterVerb(List<Token> tokens, int k) {
    List<Token> subject = rightPhrase(tokens, k + 1);
    int after = k + 1 + subject.size();
    boolean clauseStart =
        k == 0
            || tokens.get(k - 1).is(",")
            || tokens.get(k - 1).isQuote()
            || isDash(tokens.get(k - 1));
    boolean object =
        !subject.isEmpty()
            && (!clauseStart
                || isObjectPronoun(subject.get(0))
                // "…, said the absentee program is "Q"": the reported clause's subject
                || after < tokens.size() && FINITE_AFTER_SUBJECT.contains(tokens.get(after).lower())
                // "described all young black men as "Q"": whom it describes, not who
                || after < tokens.size() && tokens.get(after).lower().equals("as"));
    return object ? List.of() : subject;
  }

  /**
   * "The vote can wait, Ann Ruiz said, adding …" · "…, she said Monday, adding …": a cue set off by
   * commas after the reported words, ending at the comma at {@code comma}; its subject is who goes
   * on speaking.
   */
  private static Optional<Cue> parentheticalCue(List<Token> tokens, int comma, String verb) {
    int v = comma - 1;
    // "Ann Ruiz said on Monday, adding": past a short phrase of time or place after the verb
    while (v > comma - 4 && v > 2 && tokens.get(v).isWord() && !isSpeechVerbAt(tokens, v)) {
      v--;
    }
    if (v < 2 || !isSpeechVerbAt(tokens, v) || tokens.get(v).lower().endsWith("ing")) {
      return Optional.empty();
    }
    List<Token> subject = leftPhrase(tokens, v, 0);
    int before = subject.isEmpty() ? -1 : tokens.indexOf(subject.get(0)) - 1;
    boolean setOff = before >= 0 && (tokens.get(before).is(",") || tokens.get(before).isQuote());
    return setOff ? Optional.of(new Cue(subject, verb)) : Optional.empty();
  }

  /**
   * "Rep. Ann Ruiz said Hale reassured them that they were "Q"": a cue whose subject opens the
   * clause that another speech verb reports belongs to that verb's subject, who speaks.
   */
  private Optional<Cue> reportingClause(List<Token> tokens, List<Token> subject) {
    int v = tokens.indexOf(subject.get(0)) - 1;
    if (v > 0 && tokens.get(v).lower().equals("that")) {
      v--;
    }
    if (v < 1 || !isSpeechVerbAt(tokens, v) || tokens.get(v).lower().endsWith("ing")) {
      return Optional.empty();
    }
    List<Token> outer = leftPhrase(tokens, v, 0);
    if (outer.isEmpty() && tokens.get(v - 1).lower().equals("and")) {
      // "She declared victory and said that her campaign would continue "Q"": who said it
      String verb = cueWord(tokens, v);
      int and = v - 1;
      Optional<Token> pronoun = clausePronoun(tokens, and);
      return pronoun.isPresent()
          ? Optional.of(new Cue(List.of(pronoun.get()), verb))
          : conjoinedClauseCue(tokens, and, verb)
              .or(() -> subjects.sentenceCue(tokens.subList(0, and), true, verb));
    }
    return outer.isEmpty() ? Optional.empty() : Optional.of(new Cue(outer, cueWord(tokens, v)));
  }

  /** ",", or a quotation closing on one: "hailed the vote as "fantastic," telling …". */
  private boolean endsWithComma(Token token) {
    if (token.is(",")) {
      return true;
    }
    if (!token.isQuote()) {
      return false;
    }
    String text = article.text().substring(token.start(), token.end());
    int last = text.length() - 1;
    while (last > 0
        && (QuoteMarks.isDouble(text.charAt(last)) || QuoteMarks.isSingle(text.charAt(last)))) {
      last--;
    }
    return last < text.length() - 1 && text.charAt(last) == ',';
  }

  /** Words between "and" and a verb that share the clause's subject: "and has boasted". */
  private static final Set<String> AUXILIARIES =
      Lexicon.setOf(
          "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "did");

  /** Conjunctions that open a clause of its own after a comma: "…, and the league said". */
  private static final Set<String> CLAUSE_CONJUNCTIONS = Lexicon.setOf("and", "but");

  /**
   * "A group called for a boycott, and the league denounced the remarks and said": the subject of
   * the clause that ", and" or ";" opened before the "and" at {@code and}, when a verb phrase
   * follows that subject; not "thanked the staff, and the volunteers, and said".
   */
  private Optional<Cue> conjoinedClauseCue(List<Token> tokens, int and, String verb) {
    for (int b = and - 2; b > 0; b--) {
      boolean opens =
          tokens.get(b).is(";")
              || tokens.get(b).is(",") && CLAUSE_CONJUNCTIONS.contains(tokens.get(b + 1).lower());
      if (!opens) {
        continue;
      }
      int from = tokens.get(b).is(";") ? b + 1 : b + 2;
      List<Token> clause = tokens.subList(from, and);
      Optional<Cue> cue = subjects.sentenceCue(clause, true, verb);
      if (cue.isEmpty()) {
        return Optional.empty();
      }
      int after = clause.indexOf(cue.get().subject().get(cue.get().subject().size() - 1)) + 1;
      boolean verbPhrase = after > 0 && after < clause.size() && clause.get(after).isWord();
      return verbPhrase ? cue : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * "a letter to Attorney General Tom Reed", "an email to supporters": a phrase whose last
   * preposition is "to" names who receives the words, not who speaks them.
   */
  private static boolean toRecipient(List<Token> phrase) {
    for (int i = phrase.size() - 1; i >= 0; i--) {
      if (Lexicon.PREPOSITIONS.contains(phrase.get(i).lower())) {
        return phrase.get(i).lower().equals("to") && i + 1 < phrase.size();
      }
    }
    return false;
  }

  /** "early Friday", "Monday morning", "last week": when, not who. */
  private static boolean isTimeOfDay(List<Token> phrase) {
    return !phrase.isEmpty()
        && phrase.stream()
            .allMatch(
                t ->
                    NameWords.NOT_NAMES.contains(t.lower())
                        || Lexicon.TIME_WORDS.contains(t.lower()));
  }

  /** The name or pronoun that ends at token {@code last}: "Ann Ruiz", "him". */
  static List<Token> nameEndingAt(List<Token> tokens, int last) {
    Token token = tokens.get(last);
    if (isObjectPronoun(token) && !token.lower().equals("it")) {
      return List.of(token);
    }
    int first = last;
    while (first >= 0 && tokens.get(first).isCapitalized()) {
      first--;
    }
    return tokens.subList(first + 1, last + 1);
  }

  /**
   * "a White House official who spoke anonymously to discuss strategy said": a relative clause with
   * no commas between a subject and its verb ends the phrase read before the verb; the subject
   * stands before "who".
   */
  private static List<Token> pastRelativeClause(List<Token> tokens, List<Token> phrase) {
    if (phrase.isEmpty() || phrase.size() == 1 && isSubjectPronoun(phrase.get(0))) {
      return phrase; // "… who gained attention when he yelled": a clause of its own
    }
    int start = tokens.indexOf(phrase.get(0));
    for (int i = start - 1; i > 0 && start - i <= 12 && tokens.get(i).isWord(); i--) {
      if (Lexicon.SUBORDINATORS.contains(tokens.get(i).lower())) {
        return phrase;
      }
      if (tokens.get(i).lower().equals("who")) {
        List<Token> subject = leftPhrase(tokens, i, 0);
        return subject.isEmpty() ? phrase : subject;
      }
    }
    return phrase;
  }

  /**
   * The subject pronoun nearest before {@code end} in its clause (back to a comma, or past the
   * commas of a series of verbs: "he looked up, furrowed his brow and said").
   */
  static Optional<Token> clausePronoun(List<Token> tokens, int end) {
    // A partial quote is part of the clause: "she called it "outrageous" and called for …"
    for (int i = end - 1; i >= 0; i--) {
      if (tokens.get(i).is(",") && !(i + 1 < end && isParticiple(tokens.get(i + 1)))) {
        break;
      }
      if (isSubjectPronoun(tokens.get(i))) {
        return Optional.of(tokens.get(i));
      }
    }
    return Optional.empty();
  }
}
