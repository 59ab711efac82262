package io.quotedesk.analysis;

import static io.quotedesk.analysis.NounPhrases.leftPhrase;
import static io.quotedesk.analysis.PhrasesAfterVerb.rightPhrase;
import static io.quotedesk.analysis.SpeechGrammar.cueWord;
import static io.quotedesk.analysis.SpeechGrammar.isAccordingTo;
import static io.quotedesk.analysis.SpeechGrammar.isDash;
import static io.quotedesk.analysis.SpeechGrammar.isObjectPronoun;
import static io.quotedesk.analysis.SpeechGrammar.isSpeechVerbAt;
import static io.quotedesk.analysis.SpeechGrammar.isSubjectPronoun;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the cue that names a quote's speaker in the quote's sentence: "Q," X said · X said: "Q" ·
 * According to X, "Q". Leading cues are read by {@link LeadingCues}; a transcript's label and a
 * paragraph ending "he said:" by {@link ParagraphLayoutCues}.
 */
final class CueFinder {
  private final ArticleView article;
  private final SubjectReader subjects;
  private final LeadingCues leading;
  private final UnlistedVerbCues unlistedVerbs;
  private final Optional<LanguageCues> language;
  private final ParagraphLayoutCues paragraphs;

  CueFinder(ArticleView article, SubjectReader subjects) {
    this.article = article;
    this.subjects = subjects;
    this.leading = new LeadingCues(article, subjects);
    this.unlistedVerbs = new UnlistedVerbCues(article);
    this.language = article.words().map(words -> new LanguageCues(words, article));
    this.paragraphs = new ParagraphLayoutCues(article, subjects);
  }

  /**
   * The cue that names who said {@code quote}, by the first layout that fits; for a quote over
   * several paragraphs that its first sentence does not cue, the cue after its last paragraph ("„A
   * …\n\n„B“, sagte X").
   */
  Optional<Cue> cueFor(Quote quote) {
    int s = article.sentences().indexOf(quote.start());
    int last = article.sentences().indexOf(quote.end() - 1);
    return cueFor(quote, s)
        .or(
            () ->
                last > s && article.text().substring(quote.start(), quote.end()).contains("\n")
                    ? cueFor(quote, last)
                    : Optional.empty());
  }

  /** The cue of {@code quote} read in its tokens up to the end of sentence {@code last}. */
  private Optional<Cue> cueFor(Quote quote, int last) {
    int s = article.sentences().indexOf(quote.start());
    int from = article.sentences().start(s);
    int to = Math.max(article.sentences().end(last), quote.end());
    while (to < article.masked().length() && article.masked().charAt(to) == Masked.MARK) {
      to++;
    }
    List<Token> tokens = article.tokens(from, Math.min(to, article.masked().length()));
    // "Does anyone know?" Graham asked. — the cue sits past the quote's own full stop.
    boolean quoteEndsSentence = article.sentences().end(s) <= to;
    boolean nextInParagraph =
        s + 1 < article.sentences().count()
            && article.paragraphs().indexOf(article.sentences().start(s + 1)) == quote.paragraph();
    List<Token> withNext =
        quoteEndsSentence && nextInParagraph && isOnlyCue(s + 1)
            ? article.tokens(from, article.sentences().end(s + 1))
            : tokens;
    int q = quoteToken(tokens, quote);
    if (q < 0) {
      return Optional.empty();
    }
    if (language.isPresent()) {
      // Another language: its own words; the English layouts would read its nouns as names.
      // „Q.“ ¶ Das sagte X: a quote that fills its paragraph, taken up by the next one
      boolean nextTakesUp =
          nextInParagraph || quoteEndsSentence && language.get().takenUp().fillsParagraph(quote, s);
      List<Token> next =
          quoteEndsSentence && nextTakesUp && s + 1 < article.sentences().count()
              ? article.tokens(article.sentences().start(s + 1), article.sentences().end(s + 1))
              : List.of();
      List<Token> local =
          language.get().takenUp().takesUp(next)
              ? article.tokens(from, article.sentences().end(s + 1))
              : withNext;
      return language
          .get()
          .cueFor(local, quoteToken(local, quote))
          .or(() -> colonEndingPreviousParagraph(language.get(), quote, local));
    }
    if (quote.headline()) {
      return afterQuote(tokens, q, quote)
          .or(() -> leading.beforeQuote(tokens, q))
          // "Stoltenberg: 'We should not …'": a headline names its speaker before a colon
          .or(
              () ->
                  colonBefore(tokens, q)
                      ? subjects
                          .sentenceCue(tokens.subList(0, q - 1), false, null)
                          .filter(c -> c.subject().size() == q - 1)
                          // a person the story names, not "Exclusive:" or "Watch:"
                          .filter(c -> article.resolver().knowsName(c.subject().get(q - 2)))
                      : Optional.empty());
    }
    int qNext = quoteToken(withNext, quote);
    Optional<Cue> transcript = paragraphs.transcriptLabel(quote);
    if (transcript.isPresent()) {
      return transcript;
    }
    Optional<Cue> reporter = SentenceEndCues.reporterAtTheEnd(tokens, q);
    if (reporter.isPresent()) {
      return reporter;
    }
    return RelativeClauseCues.cueFor(tokens, q)
        .or(() -> afterQuote(withNext, qNext, quote))
        .map(cue -> reportedBy(withNext, qNext).orElse(cue))
        .or(() -> leading.accordingTo(tokens, q))
        .or(() -> InTheirWords.cueFor(tokens, q))
        .or(() -> SentenceEndCues.saidAtTheEnd(tokens, q))
        .or(() -> leading.beforeQuote(tokens, q))
        .or(() -> leading.claimBefore(tokens, q))
        .or(() -> laterInSentence(tokens, q))
        .or(() -> unlistedVerbs.cueFor(withNext, qNext, quote))
        .or(() -> namedSubjectBeforeComma(tokens, q, quote))
        .or(() -> colonBefore(tokens, q) ? colonClausePronoun(tokens, q) : Optional.empty())
        .or(
            () ->
                quote.partial() || colonBefore(tokens, q)
                    ? subjects.sentenceCue(clauseOfPartial(tokens, q), false, null)
                    : Optional.empty())
        .or(() -> quote.partial() ? describedSource(clauseOfPartial(tokens, q)) : Optional.empty())
        .or(() -> paragraphs.colonEndingPreviousParagraph(quote))
        .or(() -> paragraphs.signedInNextParagraph(quote));
  }

  /**
   * Reuter erinnert sich an diese Wochen: ¶ „Q …“: in another language the paragraph before ends in
   * a colon, read as the clause before the quote.
   */
  private Optional<Cue> colonEndingPreviousParagraph(
      LanguageCues cues, Quote quote, List<Token> local) {
    int p = quote.paragraph();
    if (p == 0 || quote.start() - article.paragraphs().start(p) > 1) {
      return Optional.empty();
    }
    int end = article.paragraphs().end(p - 1);
    if (article.text().charAt(end - 1) != ':') {
      return Optional.empty();
    }
    int s = article.sentences().indexOf(end - 1);
    List<Token> joined = new ArrayList<>(article.tokens(article.sentences().start(s), end));
    joined.addAll(local);
    int q = quoteToken(joined, quote);
    return q > 1 && joined.get(q - 1).is(":") ? cues.cueFor(joined, q) : Optional.empty();
  }

  /**
   * ""Does anyone know?" Graham asked." · ""Why?" Hale pressed.": the sentence at {@code s} is only
   * the cue of the quote before it.
   */
  private boolean isOnlyCue(int s) {
    List<Token> next = article.tokens(article.sentences().start(s), article.sentences().end(s));
    return ShortCues.isOnlyCue(next) || unlistedVerbs.isOnlyCue(next);
  }

  /**
   * "The audit report faults the mayor for "reckless spending"" · "Several council members accused
   * him of "negligence"": a partial quote woven into a sentence whose subject is described, not
   * named, is that subject's when the description's head is a word for people or for who carries
   * words (a title, a body, a group, a document, a plural), not for a thing ("The window had
   * "Closed" painted on it") or for words themselves ("Lee's latest comments showed "a lack of
   * respect"").
   */
  private Optional<Cue> describedSource(List<Token> clause) {
    return subjects
        .sentenceCue(clause, true, null)
        .filter(cue -> DescribedSubjects.isSourceOfWords(clause, cue.subject()));
  }

  /**
   * The tokens whose subject a partial quote takes: after a colon that opens the sentence's own
   * clause ("Veto Power Impedes Peace: Eliminating "the scourge of war" is …"), the whole sentence
   * otherwise, or when the colon directly introduces the quote.
   */
  private static List<Token> clauseOfPartial(List<Token> tokens, int q) {
    for (int k = q - 2; k >= 0; k--) {
      if (tokens.get(k).is(":")) {
        return tokens.subList(k + 1, tokens.size());
      }
    }
    return tokens;
  }

  private static int quoteToken(List<Token> tokens, Quote quote) {
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.isQuote() && token.start() <= quote.start() && token.end() >= quote.end()) {
        return i;
      }
    }
    return -1;
  }

  /** "Q," X said. · "Q," said X. · "Q," X, the role, said. · "Q" — X. */
  private Optional<Cue> afterQuote(List<Token> tokens, int q, Quote quote) {
    int j = q + 1;
    String quoted = quote.text();
    int lastIndex = quoted.length() - 1;
    while (lastIndex > 0
        && (QuoteMarks.isSingle(quoted.charAt(lastIndex))
            || QuoteMarks.isDouble(quoted.charAt(lastIndex))
            || quoted.charAt(lastIndex) == ')')) {
      lastIndex--;
    }
    char last = quoted.charAt(lastIndex);
    boolean endsClause =
        ",.!?…".indexOf(last) >= 0
            || j < tokens.size() && (tokens.get(j).is(",") || isDash(tokens.get(j)))
            // "“… efficiency” says André Neu": a whole quote missing its comma still ends there
            || !quote.partial();
    if (!endsClause) {
      return Optional.empty();
    }
    while (j < tokens.size() && tokens.get(j).is(",")) {
      j++;
    }
    if (j >= tokens.size()) {
      return Optional.empty();
    }
    Token next = tokens.get(j);
    if (isDash(next)) {
      // "Q" — Ann Ruiz: a sign-off names someone; "Q" — a metaphor for … is the writer's aside;
      // after a partial quote ("Ruiz said she would "try."--Tom Hale.") it signs the story.
      List<Token> subject = rightPhrase(tokens, j + 1);
      boolean named =
          !quote.partial()
              && !subject.isEmpty()
              && subject.get(0).isCapitalized()
              && !Lexicon.DETERMINERS.contains(subject.get(0).lower());
      return named ? Optional.of(new Cue(subject, next.text())) : Optional.empty();
    }
    if (isSpeechVerbAt(tokens, j)
        && next.lower().endsWith("ing")
        && !isAccordingTo(tokens, j)
        && q > 0) {
      // "Hale hailed the vote as "Q," telling reporters …": the sentence's subject speaks; but
      // "Hale mocked Lee's claim that crime "doubled," saying …": the quote is Lee's claim
      return leading
          .claimBefore(tokens, q)
          .or(() -> subjects.sentenceCue(tokens.subList(0, q), true, next.text()));
    }
    if (isSpeechVerbAt(tokens, j)) {
      List<Token> subject = rightPhrase(tokens, j + 1);
      if (!subject.isEmpty() && !isObjectPronoun(subject.get(0))) {
        return Optional.of(
            new Cue(SentenceEndCues.nameInApposition(tokens, j + 1, subject), next.text()));
      }
    }
    if (next.isWord() && !next.isCapitalized() && next.lower().endsWith("ing")) {
      // "“Q,” giving states more power": a participle goes on with the sentence, no subject
      return Optional.empty();
    }
    Optional<Cue> longAside = pastLongApposition(tokens, j);
    if (longAside.isPresent()) {
      return longAside;
    }
    for (int k = j; k < tokens.size() && k - j <= 24; k++) {
      Token token = tokens.get(k);
      if (token.isQuote() || token.is(".") || token.is(";") || token.is(":")) {
        break;
      }
      if (token.is(",")
          && k + 1 < tokens.size()
          && RelativeClauseCues.RELATIVES.contains(tokens.get(k + 1).lower())) {
        // "Q," Ruiz, who spoke on condition of anonymity, said: the aside has verbs of its own
        int close = k + 2;
        while (close < tokens.size()
            && !tokens.get(close).is(",")
            && !tokens.get(close).isQuote()) {
          close++;
        }
        if (close < tokens.size() && tokens.get(close).is(",")) {
          k = close;
          continue;
        }
      }
      if (isSpeechVerbAt(tokens, k) && k > j) {
        List<Token> subject = leftPhrase(tokens, k, j);
        // The subject must follow the quote directly: "Q," X said — not "Q," while Y said.
        boolean adjacent = !subject.isEmpty() && subject.get(0) == tokens.get(j);
        return adjacent ? Optional.of(new Cue(subject, cueWord(tokens, k))) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * ""Q," Hale, the frontrunner nationally and the polling leader in the state by a wide margin
   * after winning the primary, said": a name, then an apposition too long for the phrase read back
   * from the verb, closed by a comma right before it.
   */
  private static Optional<Cue> pastLongApposition(List<Token> tokens, int j) {
    int names = SpeechGrammar.endOfCapitals(tokens, j);
    if (names == j || names - j > 4 || names >= tokens.size() || !tokens.get(names).is(",")) {
      return Optional.empty();
    }
    for (int k = names + 1; k + 1 < tokens.size() && k - names <= 40; k++) {
      Token token = tokens.get(k);
      if (token.isQuote() || token.is(".") || token.is(";") || token.is(":")) {
        break;
      }
      if (token.is(",")
          && isSpeechVerbAt(tokens, k + 1)
          && !tokens.get(k + 1).lower().endsWith("ing")) {
        return Optional.of(new Cue(tokens.subList(j, names), cueWord(tokens, k + 1)));
      }
    }
    return Optional.empty();
  }

  /**
   * ""Q," the judge said, according to the Post.": who passes the words on is the source the
   * sentence gives, so "according to" after the cue names the speaker.
   */
  private Optional<Cue> reportedBy(List<Token> tokens, int q) {
    int end = q + 1;
    while (end < tokens.size() && !tokens.get(end).isQuote() && !tokens.get(end).is(".")) {
      end++;
    }
    return leading.accordingTo(tokens.subList(q + 1, end), 0);
  }

  /** "Q" … the president added later; not "Q," when Clinton blasted him (a clause of its own). */
  private Optional<Cue> laterInSentence(List<Token> tokens, int q) {
    for (int k = q + 1; k < tokens.size(); k++) {
      Token token = tokens.get(k);
      if (Lexicon.SUBORDINATORS.contains(token.lower())) {
        return Optional.empty();
      }
      if (isSpeechVerbAt(tokens, k) && !token.lower().endsWith("ing")) {
        if (tokens.get(k - 1).lower().equals("and") && q > 0) {
          // "Reed summed up Hale as "terrible," denounced her record and said …": the verbs
          // share the subject that opens the sentence
          return subjects
              .sentenceCue(tokens.subList(0, q), true, cueWord(tokens, k))
              .filter(cue -> namesSomeone(cue.subject()));
        }
        List<Token> subject = leftPhrase(tokens, k, q + 1);
        if (!subject.isEmpty()) {
          return Optional.of(new Cue(subject, cueWord(tokens, k)));
        }
      }
    }
    return Optional.empty();
  }

  /** "Tom Reed", "she", "the campaign": a subject that can speak, not "It's become a presence". */
  private static boolean namesSomeone(List<Token> subject) {
    Token head = subject.get(subject.size() - 1);
    return subject.size() == 1 && isSubjectPronoun(head)
        || subject.stream().allMatch(Token::isCapitalized)
        || DescribedSubjects.namesASource(head);
  }

  /**
   * "Tom Hale, the envoy, reacted coolly to the deal, "Q"" · "Ruiz shot back, "Q"": a whole quote
   * after a comma ending its sentence's clause belongs to that sentence's subject, when it is a
   * name the article gives in full or he/she.
   */
  private Optional<Cue> namedSubjectBeforeComma(List<Token> tokens, int q, Quote quote) {
    if (quote.partial() || q < 2 || !tokens.get(q - 1).is(",")) {
      return Optional.empty();
    }
    return subjects
        .sentenceCue(tokens.subList(0, q - 1), false, null)
        .filter(
            cue -> {
              List<Token> subject = cue.subject();
              Token last = subject.get(subject.size() - 1);
              return subject.size() == 1 && isSubjectPronoun(last)
                  || subject.stream().allMatch(Token::isCapitalized)
                      && article.resolver().knowsName(last);
            });
  }

  /** "She was upset, so I had to change my answer: "Q"": the clause before the colon speaks. */
  private static Optional<Cue> colonClausePronoun(List<Token> tokens, int q) {
    return VerbBeforeQuote.clausePronoun(tokens, q - 1)
        .map(pronoun -> new Cue(List.of(pronoun), ":"));
  }

  private static boolean colonBefore(List<Token> tokens, int q) {
    return q > 0 && tokens.get(q - 1).is(":");
  }
}
