package io.quotedesk.analysis;

import static io.quotedesk.analysis.SpeechGrammar.cueWord;
import static io.quotedesk.analysis.SpeechGrammar.endOfCapitals;
import static io.quotedesk.analysis.SpeechGrammar.isAccordingTo;
import static io.quotedesk.analysis.SpeechGrammar.isDash;
import static io.quotedesk.analysis.SpeechGrammar.isDeterminer;
import static io.quotedesk.analysis.SpeechGrammar.isObjectPronoun;
import static io.quotedesk.analysis.SpeechGrammar.isParticiple;
import static io.quotedesk.analysis.SpeechGrammar.isSpeechVerbAt;
import static io.quotedesk.analysis.SpeechGrammar.isSubjectPronoun;
import static io.quotedesk.analysis.SubjectReader.afterLastPreposition;
import static io.quotedesk.analysis.SubjectReader.rightPhrase;

import io.quotedesk.analysis.AttributionFeatures.Path;
import io.quotedesk.analysis.CueResolver.Resolved;
import io.quotedesk.analysis.SpeakerResolver.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who said each quote: a speech cue in the quote's sentence and its subject, the subject of a
 * sentence that weaves in a partial quote, or the speaker of the quotes just before. Leaves the
 * speaker out when the text does not say.
 */
final class QuoteAttributor {
  /** Floating quotes continue a speaker this many paragraphs on, no further. */
  private static final int FLOATING_PARAGRAPHS = 2;

  private final ArticleView article;
  private final SubjectReader subjects;
  private final CueResolver cueResolver;
  private final AttributionFeatures evidence;

  QuoteAttributor(
      String text,
      String masked,
      Paragraphs paragraphs,
      Sentences sentences,
      SpeakerResolver resolver,
      Optional<String> byline,
      List<Token> articleTokens) {
    this.article = new ArticleView(text, masked, paragraphs, sentences, resolver, articleTokens);
    this.subjects = new SubjectReader(article);
    this.cueResolver = new CueResolver(article, subjects, byline);
    this.evidence = new AttributionFeatures(text, paragraphs, sentences, resolver);
  }

  /**
   * The quotes with the speakers the rules find, and, for each quote given a speaker, how they
   * found it (null for the others): the evidence the attribution model weighs.
   */
  record Attribution(List<Quote> quotes, List<List<String>> features) {}

  Attribution attribute(List<Quote> quotes) {
    List<Quote> attributed = new ArrayList<>();
    List<List<String>> features = new ArrayList<>();
    Map<String, Integer> quotedSoFar = new HashMap<>();
    Speaker previousSpeaker = null;
    Entity lastSpeaker = null;
    Quote lastQuote = null;
    for (Quote quote : quotes) {
      Optional<Cue> cue = cueFor(quote);
      Optional<Reported> reported;
      Quote result = quote;
      Path path = null;
      Entity entity = null;
      int previousEnd = lastQuote == null ? -1 : lastQuote.end();
      if (cue.isPresent()) {
        Entity recent =
            lastQuote != null && quote.paragraph() - lastQuote.paragraph() <= FLOATING_PARAGRAPHS
                ? lastSpeaker
                : null;
        Optional<Resolved> resolved = cueResolver.resolve(cue.get(), lastQuote, recent);
        if (resolved.isPresent()) {
          result = resolved.get().apply(quote, cue.get().verb());
          path = Path.CUE;
          entity = resolved.get().entity();
          if (continuesAnIt(result, lastQuote, recent)) {
            // ""…," the article read. "…," it added": it is the source quoted just before.
            result =
                result.attributed(
                    lastQuote.speaker().get(), result.mention().get(), cue.get().verb());
            path = Path.CUE_CONTINUES_IT;
            entity = recent;
          }
          if (resolved.get().entity() != null) {
            SpeakerResolver.markSpeaking(resolved.get().entity());
          }
          if (!quote.headline()) {
            lastSpeaker = resolved.get().entity();
          }
        }
      } else if (!quote.headline()
          && (reported = reportedSpeechBefore(quote, lastQuote, lastSpeaker)).isPresent()) {
        // Schiff said the administration may wait. "The other factor …" — Schiff's.
        result = reported.get().apply(quote, reported.get().verb());
        lastSpeaker = reported.get().resolved().entity();
        path = Path.REPORTED;
        entity = lastSpeaker;
      } else if (!quote.headline()
          && lastQuote != null
          && lastQuote.speaker().isPresent()
          && quote.paragraph() - lastQuote.paragraph() <= FLOATING_PARAGRAPHS
          && !someoneElseSpeaksBetween(lastQuote, quote, lastSpeaker)) {
        // "Q1," Biden said. "Q2." — the second quote is Biden's too.
        result =
            quote.attributed(
                lastQuote.speaker().get(),
                lastQuote.mention().orElse(null),
                lastQuote.cue().orElse(null));
        path = Path.FLOATING;
        entity = lastSpeaker;
      }
      if (!quote.headline()) {
        if (result.speaker().isPresent()) {
          lastQuote = result;
        } else if (cue.isPresent()) {
          // A cue that names no one we can resolve ends the run of floating quotes.
          lastQuote = null;
          lastSpeaker = null;
        }
      }
      attributed.add(result);
      if (result.speaker().isPresent()) {
        String name = result.speaker().get().name();
        int before = quotedSoFar.getOrDefault(name, 0);
        features.add(evidence.of(result, path, entity, before, previousSpeaker, previousEnd));
        quotedSoFar.put(name, before + 1);
        if (!quote.headline()) {
          previousSpeaker = result.speaker().get();
        }
      } else {
        features.add(null);
      }
    }
    return new Attribution(attributed, features);
  }

  /**
   * An "it" left unresolved, right after a quote from a source that is no he or she: a document, a
   * newspaper, a body.
   */
  private static boolean continuesAnIt(Quote result, Quote lastQuote, Entity recent) {
    return result.speaker().isEmpty()
        && result.mention().map(m -> m.text().equalsIgnoreCase("it")).orElse(false)
        && lastQuote != null
        && lastQuote.speaker().isPresent()
        && result.paragraph() - lastQuote.paragraph() <= FLOATING_PARAGRAPHS
        && (recent == null || recent.gender == Lexicon.Gender.UNKNOWN);
  }

  /** A speaker met in reported speech, with the verb that introduced it. */
  private record Reported(Resolved resolved, String verb) {
    Quote apply(Quote quote, String cue) {
      return resolved.apply(quote, cue);
    }
  }

  /**
   * The speaker of reported speech in the sentences just before an uncued quote, after the last
   * quote and within the floating distance: "Schiff said the vote could wait. "Q."" Stops at a
   * sentence about someone else.
   */
  private Optional<Reported> reportedSpeechBefore(
      Quote quote, Quote lastQuote, Entity lastSpeaker) {
    int floor = lastQuote == null ? 0 : lastQuote.end();
    int first = article.sentences().indexOf(quote.start());
    for (int s = first - 1; s >= 0 && article.sentences().end(s) > floor; s--) {
      if (quote.paragraph() - article.paragraphs().indexOf(article.sentences().start(s)) > 1) {
        break;
      }
      List<Token> tokens = article.tokens(article.sentences().start(s), article.sentences().end(s));
      if (tokens.stream().anyMatch(Token::isQuote) || article.sentences().start(s) < floor) {
        break;
      }
      for (int k = 0; k < tokens.size(); k++) {
        Token token = tokens.get(k);
        if (!isSpeechVerbAt(tokens, k)
            || token.lower().endsWith("ing")
            || k > 0 && tokens.get(k - 1).lower().equals("to")) {
          continue;
        }
        List<Token> subject = subjects.leftPhrase(tokens, k, 0);
        if (subject.isEmpty()) {
          continue;
        }
        String verb = cueWord(tokens, k);
        Optional<Resolved> resolved =
            cueResolver.resolve(new Cue(subject, verb), lastQuote, lastSpeaker);
        if (resolved.isPresent() && resolved.get().speaker() != null) {
          return Optional.of(new Reported(resolved.get(), verb));
        }
      }
      if (subjects.sentenceSubject(tokens, false).isPresent()) {
        break; // a sentence about someone, not a speaker: the floor has changed
      }
    }
    return Optional.empty();
  }

  private Optional<Cue> cueFor(Quote quote) {
    int s = article.sentences().indexOf(quote.start());
    int from = article.sentences().start(s);
    int to = Math.max(article.sentences().end(s), quote.end());
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
        quoteEndsSentence
                && nextInParagraph
                && shortCue(article.sentences().start(s + 1), article.sentences().end(s + 1))
            ? article.tokens(from, article.sentences().end(s + 1))
            : tokens;
    int q = quoteToken(tokens, quote);
    if (q < 0) {
      return Optional.empty();
    }
    if (quote.headline()) {
      return afterQuote(tokens, q, quote)
          .or(() -> beforeQuote(tokens, q))
          // "Stoltenberg: 'We should not …'": a headline names its speaker before a colon
          .or(
              () ->
                  colonBefore(tokens, q)
                      ? sentenceCue(tokens.subList(0, q - 1), false, null)
                          .filter(c -> c.subject().size() == q - 1)
                          // a person the story names, not "Exclusive:" or "Watch:"
                          .filter(c -> article.resolver().knowsName(c.subject().get(q - 2)))
                      : Optional.empty());
    }
    int qNext = quoteToken(withNext, quote);
    Optional<Cue> transcript = transcriptLabel(quote);
    if (transcript.isPresent()) {
      return transcript;
    }
    return afterQuote(withNext, qNext, quote)
        .or(() -> accordingTo(tokens, q))
        .or(() -> beforeQuote(tokens, q))
        .or(() -> claimBefore(tokens, q))
        .or(() -> laterInSentence(tokens, q))
        .or(() -> unlistedVerb(tokens, q, quote))
        .or(() -> namedSubjectBeforeComma(tokens, q, quote))
        .or(() -> colonBefore(tokens, q) ? colonClausePronoun(tokens, q) : Optional.empty())
        .or(
            () ->
                quote.partial() || colonBefore(tokens, q)
                    ? sentenceCue(clauseOfPartial(tokens, q), false, null)
                    : Optional.empty())
        .or(() -> colonEndingPreviousParagraph(quote));
  }

  /** The subject of the sentence in {@code tokens} as a cue with {@code verb} (null for none). */
  private Optional<Cue> sentenceCue(List<Token> tokens, boolean speaking, String verb) {
    return subjects.sentenceSubject(tokens, speaking).map(subject -> new Cue(subject, verb));
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

  /**
   * "Graham asked." "Trump said on Monday.": a sentence that is only a cue, no statement of its
   * own.
   */
  private boolean shortCue(int start, int end) {
    List<Token> tokens = article.tokens(start, end);
    for (int k = 0; k < tokens.size() && k < 5; k++) {
      if (isSpeechVerbAt(tokens, k)) {
        int rest = tokens.size() - k - 1;
        // ""Why now?" Ann Ruiz said, echoing many": a comma after the verb ends the cue too
        boolean commaAfter = k + 1 < tokens.size() && tokens.get(k + 1).is(",");
        return (rest <= 5 || commaAfter) && tokens.stream().noneMatch(Token::isQuote);
      }
    }
    return false;
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
      // "Q" — Ann Ruiz: a sign-off names someone; "Q" — a metaphor for … is the writer's aside.
      List<Token> subject = rightPhrase(tokens, j + 1);
      boolean named =
          !subject.isEmpty()
              && subject.get(0).isCapitalized()
              && !Lexicon.DETERMINERS.contains(subject.get(0).lower());
      return named ? Optional.of(new Cue(subject, next.text())) : Optional.empty();
    }
    if (isSpeechVerbAt(tokens, j)
        && next.lower().endsWith("ing")
        && !isAccordingTo(tokens, j)
        && q > 0) {
      // "Hale hailed the vote as "Q," telling reporters …": the sentence's subject speaks
      return sentenceCue(tokens.subList(0, q), true, next.text());
    }
    if (isSpeechVerbAt(tokens, j)) {
      List<Token> subject = rightPhrase(tokens, j + 1);
      if (!subject.isEmpty() && !isObjectPronoun(subject.get(0))) {
        return Optional.of(new Cue(nameInApposition(tokens, j + 1, subject), next.text()));
      }
    }
    for (int k = j; k < tokens.size() && k - j <= 24; k++) {
      Token token = tokens.get(k);
      if (token.isQuote() || token.is(".") || token.is(";") || token.is(":")) {
        break;
      }
      if (token.is(",") && k + 1 < tokens.size() && RELATIVES.contains(tokens.get(k + 1).lower())) {
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
        List<Token> subject = subjects.leftPhrase(tokens, k, j);
        // The subject must follow the quote directly: "Q," X said — not "Q," while Y said.
        boolean adjacent = !subject.isEmpty() && subject.get(0) == tokens.get(j);
        return adjacent ? Optional.of(new Cue(subject, cueWord(tokens, k))) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * "said the prime minister, Tom Hale": a description followed by a name in commas is that name's;
   * the description alone otherwise.
   */
  private static List<Token> nameInApposition(List<Token> tokens, int from, List<Token> phrase) {
    int comma = from + phrase.size();
    if (comma < tokens.size() && Lexicon.PREPOSITIONS.contains(tokens.get(comma).lower())) {
      // "said a spokeswoman for the hotels, Jennifer Ray": past the body the role serves
      int k = comma + 1;
      while (k < tokens.size() && k - comma <= 6 && tokens.get(k).isWord()) {
        k++;
      }
      comma = k;
    }
    if (!isDeterminer(phrase.get(0)) || comma >= tokens.size() || !tokens.get(comma).is(",")) {
      return phrase;
    }
    int end = endOfCapitals(tokens, comma + 1);
    boolean closed = end == tokens.size() || !tokens.get(end).isWord();
    return end - comma > 2 && closed ? tokens.subList(comma + 1, end) : phrase;
  }

  /**
   * The phrase at {@code from}, where a body's name may hold "and", "for" or "of" between its
   * capitals: "the Securities and Exchange Commission", "the Centers for Disease Control".
   */
  private static List<Token> organisation(List<Token> tokens, int from) {
    List<Token> phrase = rightPhrase(tokens, from);
    int end = from + phrase.size();
    while (!phrase.isEmpty()
        && phrase.get(phrase.size() - 1).isCapitalized()
        && end + 1 < tokens.size()
        && ORGANISATION_JOINERS.contains(tokens.get(end).lower())
        && tokens.get(end + 1).isCapitalized()) {
      int next = endOfCapitals(tokens, end + 1);
      phrase = tokens.subList(from, next);
      end = next;
    }
    return phrase;
  }

  private static final Set<String> ORGANISATION_JOINERS = Lexicon.setOf("and", "for", "of");

  /** According to X, "Q". */
  private Optional<Cue> accordingTo(List<Token> tokens, int q) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (isAccordingTo(tokens, i)) {
        List<Token> subject = rightPhrase(tokens, i + 2);
        if (subject.size() > 1 && isParticiple(subject.get(subject.size() - 1))) {
          subject = subject.subList(0, subject.size() - 1); // "a complaint filed by …"
        }
        int after = i + 2 + subject.size();
        if (after < tokens.size() && isParticiple(tokens.get(after))) {
          after++;
        }
        boolean document =
            !subject.isEmpty()
                && Lexicon.DOCUMENTS.contains(subject.get(subject.size() - 1).lower())
                && after + 1 < tokens.size()
                && (tokens.get(after).lower().equals("from")
                    || tokens.get(after).lower().equals("by"));
        if (document) {
          // "according to a statement from Ann Ruiz's office": the office is the source
          List<Token> source = organisation(tokens, after + 1);
          subject = source.isEmpty() ? subject : source;
        }
        if (!subject.isEmpty()) {
          return Optional.of(new Cue(subject, "according to"));
        }
      }
    }
    return Optional.empty();
  }

  /** X said: "Q" · X said (that) … "Q" · X, calling it "Q" (the subject of the sentence). */
  private Optional<Cue> beforeQuote(List<Token> tokens, int q) {
    for (int k = q - 1; k >= 0; k--) {
      Token token = tokens.get(k);
      if (!isSpeechVerbAt(tokens, k) || k > 0 && tokens.get(k - 1).lower().equals("to")) {
        continue; // "too early to tell": an infinitive is not the cue
      }
      String verb = cueWord(tokens, k);
      // "kept saying", "began chanting": the subject comes before the verb that starts the speech
      int v = k;
      while (v > 0
          && token.lower().endsWith("ing")
          && CATENATIVES.contains(tokens.get(v - 1).lower())) {
        v--;
      }
      if (v > 0 && tokens.get(v - 1).lower().equals("and")) {
        // "I laughed and said": the pronoun of the clause; "The nominee outlined his plan and
        // vowed …": the sentence's subject.
        Optional<Token> pronoun = clausePronoun(tokens, v - 1);
        if (pronoun.isPresent()) {
          return Optional.of(new Cue(List.of(pronoun.get()), verb));
        }
        return sentenceCue(tokens.subList(0, v), true, verb);
      }
      if (token.lower().endsWith("ing") && k > 0 && endsWithComma(tokens.get(k - 1))) {
        // "Biden did not mince words, calling the comments "dumb"": the sentence's subject.
        return sentenceCue(tokens.subList(0, k), true, verb);
      }
      if (token.lower().endsWith("ing")
          && k > 1
          && BLAMED_FOR.contains(tokens.get(k - 1).lower())) {
        // "Hale criticized Ruiz for saying …", "accused him of saying": the one blamed said it;
        // "he appeared at a hearing … and for saying": the one the clause is about.
        List<Token> blamed = nameEndingAt(tokens, k - 2);
        if (!blamed.isEmpty()) {
          return Optional.of(new Cue(blamed, verb));
        }
        Optional<Token> pronoun = clausePronoun(tokens, k - 1);
        if (pronoun.isPresent()) {
          return Optional.of(new Cue(List.of(pronoun.get()), verb));
        }
        return sentenceCue(tokens.subList(0, k), true, verb);
      }
      if (k == 0 && token.lower().endsWith("ing")) {
        // "Calling Ruiz's challenger "Q," Mrs. Hale left": the subject follows the clause
        int j = q + 1;
        while (j < tokens.size() && tokens.get(j).is(",")) {
          j++;
        }
        return sentenceCue(tokens.subList(j, tokens.size()), true, verb);
      }
      List<Token> subject =
          token.lower().endsWith("ing")
              // "footage of Hillary Clinton asking": Clinton
              ? afterLastPreposition(subjects.phraseBefore(tokens, v, 0))
              : subjects.leftPhrase(tokens, k, 0);
      if (token.lower().endsWith("ing") && isTimeOfDay(subject)) {
        // "Trump unleashed a series of tweets early Friday saying …": Trump
        return sentenceCue(tokens.subList(0, k), true, verb);
      }
      if (subject.isEmpty()) {
        subject = rightPhrase(tokens, k + 1);
        int after = k + 1 + subject.size();
        // "Said Ellis: …", "…, said Ellis": the subject follows the verb only where a clause
        // starts; "who in 2010 said the party's goal was …" has its subject further left.
        boolean clauseStart =
            k == 0
                || tokens.get(k - 1).is(",")
                || tokens.get(k - 1).isQuote()
                || isDash(tokens.get(k - 1));
        boolean object =
            !subject.isEmpty()
                && (!clauseStart
                    || isObjectPronoun(subject.get(0))
                    // "described all young black men as "Q"": whom it describes, not who
                    || after < tokens.size() && tokens.get(after).lower().equals("as"));
        if (object) {
          subject = List.of();
        }
      }
      if (!subject.isEmpty()) {
        // "He claimed the leader had asked him: "Q"": the words the inner verb introduces are
        // the leader's own; "said Hale reassured them that they were "Q"" are the reporter's
        boolean introduced =
            !token.lower().endsWith("ing")
                && q - k <= 3
                && (tokens.get(q - 1).is(":") || tokens.get(q - 1).is(","));
        Cue cue = new Cue(subject, verb);
        return Optional.of(introduced ? cue : reportingClause(tokens, subject).orElse(cue));
      }
      return Optional.empty();
    }
    return Optional.empty();
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
    List<Token> outer = subjects.leftPhrase(tokens, v, 0);
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

  /**
   * Politifact checked Trump's claim that there had been "thousands of shootings": the quote in a
   * clause that completes someone's claim is theirs.
   */
  private Optional<Cue> claimBefore(List<Token> tokens, int q) {
    for (int k = q - 2; k > 0; k--) {
      // "Hale's response: "Never."" — the owner's words follow a colon, as after "claim that"
      boolean introduces =
          tokens.get(k + 1).lower().equals("that") || tokens.get(k + 1).is(":") && k + 2 == q;
      String noun = tokens.get(k).lower();
      // "Hale's pledge to be "neutral"": a promise's complement is the promise
      introduces |= PROMISES.contains(noun) && tokens.get(k + 1).lower().equals("to");
      // "Hale's recent evidence-free assertion that": the owner before a modifier or two
      int o = k - 1;
      while (o > 0 && k - o <= 2 && isModifier(tokens.get(o))) {
        o--;
      }
      if (introduces
          && Lexicon.CLAIM_NOUNS.contains(noun)
          && SpeakerResolver.isPossessive(tokens.get(o))) {
        List<Token> name = o < k - 1 ? nameEndingAt(tokens, o) : List.of();
        List<Token> owner =
            new ArrayList<>(
                name.isEmpty()
                    ? afterLastPreposition(subjects.phraseBefore(tokens, o + 1, 0))
                    : name);
        if (owner.isEmpty()) {
          return Optional.empty();
        }
        owner.set(owner.size() - 1, owner.get(owner.size() - 1).withoutPossessive());
        return Optional.of(new Cue(owner, tokens.get(k).text()));
      }
    }
    return Optional.empty();
  }

  private static final Set<String> PROMISES = Lexicon.setOf("promise", "pledge", "vow");

  /** "recent", "evidence-free": a lower-case word that may stand between an owner and a noun. */
  private static boolean isModifier(Token token) {
    return token.isWord()
        && !token.isCapitalized()
        && !SpeakerResolver.isPossessive(token)
        && !Lexicon.PHRASE_STOPS.contains(token.lower());
  }

  /** "early Friday", "Monday morning", "last week": when, not who. */
  private static boolean isTimeOfDay(List<Token> phrase) {
    return !phrase.isEmpty()
        && phrase.stream()
            .allMatch(
                t ->
                    Lexicon.NOT_NAMES.contains(t.lower())
                        || Lexicon.TIME_WORDS.contains(t.lower()));
  }

  /** The name or pronoun that ends at token {@code last}: "Ann Ruiz", "him". */
  private static List<Token> nameEndingAt(List<Token> tokens, int last) {
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
  private static final Set<String> RELATIVES = Lexicon.setOf("who", "whom", "whose", "which");

  /** The subject pronoun nearest before {@code end} in its clause (back to a comma). */
  private static Optional<Token> clausePronoun(List<Token> tokens, int end) {
    // A partial quote is part of the clause: "she called it "outrageous" and called for …"
    for (int i = end - 1; i >= 0 && !tokens.get(i).is(","); i--) {
      if (isSubjectPronoun(tokens.get(i))) {
        return Optional.of(tokens.get(i));
      }
    }
    return Optional.empty();
  }

  /** "Q" … the president added later; not "Q," when Clinton blasted him (a clause of its own). */
  private Optional<Cue> laterInSentence(List<Token> tokens, int q) {
    for (int k = q + 1; k < tokens.size(); k++) {
      Token token = tokens.get(k);
      if (Lexicon.SUBORDINATORS.contains(token.lower())) {
        return Optional.empty();
      }
      if (isSpeechVerbAt(tokens, k) && !token.lower().endsWith("ing")) {
        List<Token> subject = subjects.leftPhrase(tokens, k, q + 1);
        if (!subject.isEmpty()) {
          return Optional.of(new Cue(subject, cueWord(tokens, k)));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Q," Tom Hale barked. · Hale, in an interview, blurted out, "Q": a verb in -ed that the lists
   * lack, between the quote and a named subject (or he, she) directly beside it.
   */
  private Optional<Cue> unlistedVerb(List<Token> tokens, int q, Quote quote) {
    int j = q + 1;
    while (j < tokens.size() && tokens.get(j).is(",")) {
      j++;
    }
    char last = quote.text().charAt(quote.text().length() - 1);
    boolean clauseEnds = ",?!".indexOf(last) >= 0 || j > q + 1;
    // not a name given to something: "At an event billed as "Q," Ruiz unveiled a plan"
    boolean ownClause = q == 0 || !tokens.get(q - 1).lower().equals("as");
    if (clauseEnds && ownClause && j < tokens.size()) {
      int end = j;
      int names = endOfCapitals(tokens, j);
      if (isSubjectPronoun(tokens.get(j)) && !tokens.get(j).is("I")) {
        end = j + 1;
      } else if (names > j
          && names - j <= 4
          && article.resolver().knowsName(tokens.get(names - 1))) {
        end = names;
      }
      if (end > j && end < tokens.size() && isParticiple(tokens.get(end))) {
        return Optional.of(new Cue(tokens.subList(j, end), tokens.get(end).text()));
      }
    }
    if (q < 2 || !(tokens.get(q - 1).is(",") || tokens.get(q - 1).is(":"))) {
      return Optional.empty();
    }
    int v = q - 2;
    if (v > 0 && PARTICLES.contains(tokens.get(v).lower())) {
      v--; // "blurted out"
    }
    if (!isParticiple(tokens.get(v))) {
      return Optional.empty();
    }
    List<Token> subject = subjects.leftPhrase(tokens, v, 0);
    boolean named =
        subject.size() == 1 && isSubjectPronoun(subject.get(0))
            || !subject.isEmpty()
                && article.resolver().knowsName(subject.get(subject.size() - 1))
                && subject.stream().allMatch(Token::isCapitalized);
    return named ? Optional.of(new Cue(subject, tokens.get(v).text())) : Optional.empty();
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
    return sentenceCue(tokens.subList(0, q - 1), false, null)
        .filter(
            cue -> {
              List<Token> subject = cue.subject();
              Token last = subject.get(subject.size() - 1);
              return subject.size() == 1 && isSubjectPronoun(last)
                  || subject.stream().allMatch(Token::isCapitalized)
                      && article.resolver().knowsName(last);
            });
  }

  private static final Set<String> PARTICLES = Lexicon.setOf("out", "back", "up");

  /** PENCE: … — the label of a transcript line names the speaker. */
  private Optional<Cue> transcriptLabel(Quote quote) {
    int p = quote.paragraph();
    int start = article.paragraphs().start(p);
    List<Token> tokens = article.tokens(start, Math.min(article.paragraphs().end(p), start + 60));
    int i = 0;
    while (i < tokens.size() && tokens.get(i).kind() == Token.Kind.PUNCT) {
      i++; // "PENCE: … — a transcript quoted paragraph by paragraph
    }
    int label = i;
    while (i < tokens.size()
        && tokens.get(i).isWord()
        && tokens.get(i).isUpperCase()
        && Character.isLetter(tokens.get(i).text().charAt(0))) {
      i++;
    }
    if (i > label
        && i < tokens.size()
        && tokens.get(i).is(":")
        && tokens.get(i).end() <= quote.start()) {
      return Optional.of(new Cue(tokens.subList(label, i), ":"));
    }
    return Optional.empty();
  }

  /** "She was upset, so I had to change my answer: "Q"": the clause before the colon speaks. */
  private static Optional<Cue> colonClausePronoun(List<Token> tokens, int q) {
    return clausePronoun(tokens, q - 1).map(pronoun -> new Cue(List.of(pronoun), ":"));
  }

  private static boolean colonBefore(List<Token> tokens, int q) {
    return q > 0 && tokens.get(q - 1).is(":");
  }

  /** A paragraph ending "… he said:" introduces the quote in the next one. */
  private Optional<Cue> colonEndingPreviousParagraph(Quote quote) {
    int p = quote.paragraph();
    if (p == 0
        || article.paragraphs().start(p) != quote.start() - 1
            && article.paragraphs().start(p) != quote.start()) {
      return Optional.empty();
    }
    int end = article.paragraphs().end(p - 1);
    if (article.text().charAt(end - 1) != ':') {
      return Optional.empty();
    }
    int s = article.sentences().indexOf(end - 1);
    List<Token> tokens = article.tokens(article.sentences().start(s), end);
    for (int k = tokens.size() - 1; k >= 0; k--) {
      if (isSpeechVerbAt(tokens, k)) {
        List<Token> subject = subjects.leftPhrase(tokens, k, 0);
        if (!subject.isEmpty()) {
          return Optional.of(new Cue(subject, cueWord(tokens, k)));
        }
      }
    }
    return sentenceCue(tokens, true, null);
  }

  private boolean someoneElseSpeaksBetween(Quote previous, Quote quote, Entity speaker) {
    return subjects.subjectsBetween(previous.end(), quote.start()).stream()
            .anyMatch(e -> e != speaker)
        || subjectBefore(previous, quote).filter(e -> e != speaker).isPresent();
  }

  /**
   * "Q1," Ann Ruiz said. … Tom Hale, in an interview, sighed, "Q2": the person who is the subject
   * of the quote's own sentence, before it, when that sentence starts after the last quote.
   */
  private Optional<Entity> subjectBefore(Quote previous, Quote quote) {
    int from = article.sentences().start(article.sentences().indexOf(quote.start()));
    if (from < previous.end() || from >= quote.start() - 1) {
      return Optional.empty();
    }
    return subjects
        .sentenceSubject(article.tokens(from, quote.start() - 1), false)
        .map(SubjectReader::properNames)
        .filter(names -> !names.isEmpty())
        .flatMap(names -> article.resolver().resolveName(names, names.get(0).start()))
        .filter(entity -> entity.personLike);
  }
}
