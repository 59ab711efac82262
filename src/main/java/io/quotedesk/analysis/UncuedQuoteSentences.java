package io.quotedesk.analysis;

import static io.quotedesk.analysis.NounPhrases.leftPhrase;
import static io.quotedesk.analysis.SpeechGrammar.cueWord;
import static io.quotedesk.analysis.SpeechGrammar.isSpeechVerbAt;

import io.quotedesk.analysis.CueResolver.Resolved;
import io.quotedesk.analysis.QuoteAttributor.Reported;
import java.util.List;
import java.util.Optional;

/**
 * What the sentences around a quote with no cue of its own say about its speaker, for {@link
 * QuoteAttributor}: the subject of the quote's own sentence ("Hale's letter makes the case: "Q""),
 * reported speech just before it ("Schiff said the vote could wait. "Q.""), a subject after it in
 * another language, and whether someone else became the subject since the last quote. Kept apart so
 * that the attributor reads as the walk through the quotes and the order of its rules.
 */
final class UncuedQuoteSentences {
  private final ArticleView article;
  private final SubjectReader subjects;
  private final CueResolver cueResolver;
  private final LanguageReportedSpeech reportedInLanguage;

  UncuedQuoteSentences(ArticleView article, SubjectReader subjects, CueResolver cueResolver) {
    this.article = article;
    this.subjects = subjects;
    this.cueResolver = cueResolver;
    this.reportedInLanguage = new LanguageReportedSpeech(article, cueResolver);
  }

  /** „Q.“ Josef X ist Bürgermeister: in another language, the next sentence's subject. */
  Optional<Reported> namedAfter(Quote quote, Quote lastQuote, Entity lastSpeaker) {
    return article
        .words()
        .flatMap(words -> reportedInLanguage.namedAfter(quote, lastQuote, lastSpeaker, words));
  }

  /**
   * The speaker of reported speech in the sentences just before an uncued quote, after the last
   * quote and within the floating distance: "Schiff said the vote could wait. "Q."" Stops at a
   * sentence about someone else.
   */
  Optional<Reported> reportedSpeechBefore(Quote quote, Quote lastQuote, Entity lastSpeaker) {
    if (article.words().isPresent()) {
      return reportedInLanguage.before(quote, lastQuote, lastSpeaker, article.words().get());
    }
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
      Optional<Reported> reported = reportedIn(tokens, lastQuote, lastSpeaker);
      if (reported.isPresent()) {
        return reported;
      }
      if (subjects.sentenceSubject(tokens, false).isPresent()) {
        break; // a sentence about someone, not a speaker: the floor has changed
      }
    }
    return Optional.empty();
  }

  /** "Schiff said the vote could wait.": the first speech verb whose subject names a speaker. */
  private Optional<Reported> reportedIn(List<Token> tokens, Quote lastQuote, Entity lastSpeaker) {
    for (int k = 0; k < tokens.size(); k++) {
      Token token = tokens.get(k);
      if (!isSpeechVerbAt(tokens, k)
          || token.lower().endsWith("ing")
          || k > 0 && tokens.get(k - 1).lower().equals("to")
          || SpeechGrammar.repliesOrInterrupts(tokens, k)) {
        continue;
      }
      List<Token> subject = leftPhrase(tokens, k, 0);
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
    return Optional.empty();
  }

  /** The subject of the quote's own sentence before it, when the quote does not open it. */
  Optional<List<Token>> ownSubject(Quote quote) {
    if (article.words().isPresent()) {
      return Optional.empty(); // other languages: the English reading of subjects does not apply
    }
    int from = article.sentences().start(article.sentences().indexOf(quote.start()));
    boolean opens = true;
    for (int k = from; k < quote.start() - 1; k++) {
      if (Character.isLetterOrDigit(article.text().charAt(k))) {
        opens = false;
        break;
      }
    }
    if (opens) {
      return Optional.empty();
    }
    List<Token> tokens = article.tokens(from, quote.start() - 1);
    for (int k = tokens.size() - 1; k >= 0; k--) {
      if (tokens.get(k).is(":") && k < tokens.size() - 1) {
        // "Veto Power Blocks Peace: stopping "Q" is …": the clause after a heading's colon
        tokens = tokens.subList(k + 1, tokens.size());
        break;
      }
    }
    return subjects.sentenceSubject(tokens, true);
  }

  boolean someoneElseSpeaksBetween(Quote previous, Quote quote, Entity speaker) {
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
        .map(subject -> NounPhrases.properNames(subject, article.resolver().surnames()))
        .filter(names -> !names.isEmpty())
        .flatMap(names -> article.resolver().resolveName(names, names.get(0).start()))
        .filter(entity -> entity.personLike);
  }
}
