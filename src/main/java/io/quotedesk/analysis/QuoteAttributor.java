package io.quotedesk.analysis;

import io.quotedesk.analysis.AttributionFeatures.Path;
import io.quotedesk.analysis.CueResolver.Resolved;
import io.quotedesk.ingest.TimeLimit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds who said each quote: a speech cue in the quote's sentence and its subject, the subject of a
 * sentence that weaves in a partial quote, or the speaker of the quotes just before. Leaves the
 * speaker out when the text does not say.
 */
final class QuoteAttributor {
  /** Floating quotes continue a speaker this many paragraphs on, no further. */
  private static final int FLOATING_PARAGRAPHS = 2;

  private final CueFinder cueFinder;
  private final CueResolver cueResolver;
  private final AttributionFeatures evidence;
  private final UncuedQuoteSentences around;
  private final PronounCandidates pronounCandidates;

  QuoteAttributor(
      String text,
      String masked,
      Paragraphs paragraphs,
      Sentences sentences,
      SpeakerResolver resolver,
      Optional<String> byline,
      List<Token> articleTokens,
      Optional<CueWords> words,
      AttributionModel ranking) {
    ArticleView article =
        new ArticleView(text, masked, paragraphs, sentences, resolver, articleTokens, words);
    SubjectReader subjects = new SubjectReader(article);
    this.cueFinder = new CueFinder(article, subjects);
    this.cueResolver = new CueResolver(article, subjects, byline);
    this.evidence = new AttributionFeatures(article);
    this.around = new UncuedQuoteSentences(article, subjects, cueResolver);
    this.pronounCandidates = new PronounCandidates(article, subjects, ranking);
  }

  /**
   * The quotes with the speakers the rules find, and, for each quote given a speaker, how they
   * found it (null for the others): the evidence the attribution model weighs; and for a "he" or
   * "she" the people it could mean, the one chosen first (null for other quotes).
   */
  record Attribution(
      List<Quote> quotes, List<List<String>> features, List<List<SpeakerCandidate>> candidates) {}

  Attribution attribute(List<Quote> quotes) {
    Walk walk = new Walk();
    for (Quote quote : quotes) {
      TimeLimit.checkpoint();
      walk.take(quote);
    }
    return walk.attribution();
  }

  /**
   * One quote's attribution: the quote (with its speaker or mention when found), how it was found
   * and whom it names (both null when no one), and the he/she candidates (empty for other quotes).
   */
  private record Step(
      Quote result, Path path, Entity entity, List<PronounCandidates.Ranked> ranked) {
    static Step unattributed(Quote quote) {
      return new Step(quote, null, null, List.of());
    }
  }

  /**
   * The walk through an article's quotes in order, a class as each speaker depends on the quotes
   * before: the last speaker and quote, the last one naming someone unknown, the tally so far.
   */
  private final class Walk {
    private final List<Quote> attributed = new ArrayList<>();
    private final List<List<String>> features = new ArrayList<>();
    private final List<List<SpeakerCandidate>> candidates = new ArrayList<>();
    private final Map<String, Integer> quotedSoFar = new HashMap<>();
    private Speaker previousSpeaker;
    private Entity lastSpeaker;
    private Quote lastQuote;

    /** The last quote whose words name a speaker the text leaves unknown. */
    private Quote unnamed;

    /** Attributes the next quote, from what the quotes before it left. */
    void take(Quote quote) {
      Optional<Cue> cue = cueFinder.cueFor(quote);
      int previousEnd = lastQuote == null ? -1 : lastQuote.end();
      Step step;
      if (cue.isPresent()) {
        step = byCue(quote, cue.get());
      } else if (quote.headline()) {
        // A headline's quote with no cue stands alone: no sentence of the story leads into it.
        step = Step.unattributed(quote);
      } else {
        step = withoutCue(quote);
      }
      if (!quote.headline()) {
        remember(step.result(), cue.isPresent());
      }
      add(quote, step, previousEnd);
    }

    Attribution attribution() {
      return new Attribution(attributed, features, candidates);
    }

    /**
     * "Q," she said: the cue's subject, or for a he/she the ranking model's choice among the people
     * it could mean. Marks who speaks, and remembers the speaker for the quotes after.
     */
    private Step byCue(Quote quote, Cue cue) {
      Entity recent =
          lastQuote != null && quote.paragraph() - lastQuote.paragraph() <= FLOATING_PARAGRAPHS
              ? lastSpeaker
              : null;
      Optional<Resolved> resolved = cueResolver.resolve(cue, lastQuote, recent);
      if (resolved.isEmpty()) {
        return Step.unattributed(quote);
      }
      Step step = resolvedCue(quote, cue, resolved.get(), recent);
      if (continuesAnIt(step.result(), lastQuote, recent)) {
        // ""…," the article read. "…," it added": it is the source quoted just before.
        Quote result =
            step.result()
                .attributed(lastQuote.speaker().get(), step.result().mention().get(), cue.verb());
        step = new Step(result, Path.CUE_CONTINUES_IT, recent, step.ranked());
      }
      Entity named = resolved.get().entity();
      if (step.entity() != null && step.path() == Path.CUE) {
        SpeakerResolver.markSpeaking(step.entity());
      } else if (named != null) {
        SpeakerResolver.markSpeaking(named);
      }
      if (!quote.headline()) {
        lastSpeaker = step.path() == Path.CUE ? step.entity() : named;
      }
      return step;
    }

    /**
     * The speaker the cue resolves to; for a "he" or "she" with more than one person it could mean,
     * the candidates ranked and the model's first choice speaking when it differs.
     */
    private Step resolvedCue(Quote quote, Cue cue, Resolved resolved, Entity recent) {
      Quote result = resolved.apply(quote, cue.verb());
      Entity entity = resolved.entity();
      List<PronounCandidates.Ranked> ranked = List.of();
      if (entity != null && result.mention().isPresent()) {
        ranked =
            pronounCandidates.of(
                result, result.mention().get(), entity, recent, lastQuote, quotedSoFar);
      }
      if (!ranked.isEmpty() && ranked.get(0).entity() != entity) {
        entity = ranked.get(0).entity();
        result =
            quote.attributed(
                ranked.get(0).candidate().speaker(), result.mention().get(), cue.verb());
      }
      return new Step(result, Path.CUE, entity, ranked);
    }

    /**
     * A quote with no cue of its own, tried in order: woven into a sentence with its own subject,
     * after reported speech, floating after the last speaker's quote, or named by the same words as
     * an earlier quote whose speaker stays unknown.
     */
    private Step withoutCue(Quote quote) {
      Optional<List<Token>> own = around.ownSubject(quote);
      if (own.isPresent()) {
        return byOwnSubject(quote, own.get());
      }
      Optional<Reported> reported =
          around
              .namedAfter(quote, lastQuote, lastSpeaker)
              .or(() -> around.reportedSpeechBefore(quote, lastQuote, lastSpeaker));
      if (reported.isPresent()) {
        // Schiff said the administration may wait. "The other factor …" — Schiff's.
        Quote result = reported.get().apply(quote, reported.get().verb());
        lastSpeaker = reported.get().resolved().entity();
        return new Step(result, Path.REPORTED, lastSpeaker, List.of());
      }
      if (lastQuote != null
          && lastQuote.speaker().isPresent()
          && quote.paragraph() - lastQuote.paragraph() <= FLOATING_PARAGRAPHS
          && !around.someoneElseSpeaksBetween(lastQuote, quote, lastSpeaker)) {
        // "Q1," Biden said. "Q2." — the second quote is Biden's too.
        Quote result =
            quote.attributed(
                lastQuote.speaker().get(),
                lastQuote.mention().orElse(null),
                lastQuote.cue().orElse(null));
        return new Step(result, Path.FLOATING, lastSpeaker, List.of());
      }
      return Step.unattributed(continuesUnnamed(quote, unnamed));
    }

    /**
     * "The book accuses Bob of treating the guards like "Q"" · "Hale's letter makes the case: "Q"":
     * a quote woven into a sentence with a subject of its own is no floating quote of the speaker
     * before. The person the subject names speaks; a description (a document, a group, "a friend")
     * is the mention, no one named.
     */
    private Step byOwnSubject(Quote quote, List<Token> own) {
      Optional<Resolved> resolved = cueResolver.resolve(new Cue(own, null), lastQuote, lastSpeaker);
      if (resolved.isPresent() && resolved.get().entity() != null) {
        return new Step(
            resolved.get().apply(quote, null), Path.CUE, resolved.get().entity(), List.of());
      } else if (resolved.isPresent() && !endsInAModifier(own)) {
        return Step.unattributed(quote.mentioned(resolved.get().mention(), null));
      }
      return Step.unattributed(quote);
    }

    /**
     * What the quotes after this one continue from: a quote with a speaker starts a run of floating
     * quotes; a cue that names no one we can resolve ends it.
     */
    private void remember(Quote result, boolean hasCue) {
      unnamed =
          result.speaker().isPresent() || result.mention().isEmpty()
              ? hasCue || result.speaker().isPresent() ? null : unnamed
              : result;
      if (result.speaker().isPresent()) {
        lastQuote = result;
      } else if (hasCue) {
        lastQuote = null;
        lastSpeaker = null;
      }
    }

    /**
     * Adds the quote's outcome, and for a quote with a speaker the evidence the attribution model
     * weighs (null for the others), counted before this quote joins the speaker's tally.
     */
    private void add(Quote quote, Step step, int previousEnd) {
      Quote result = step.result();
      attributed.add(result);
      candidates.add(
          step.ranked().isEmpty() ? null : step.ranked().stream().map(r -> r.candidate()).toList());
      if (result.speaker().isPresent()) {
        String name = result.speaker().get().name();
        int before = quotedSoFar.getOrDefault(name, 0);
        features.add(
            evidence.of(result, step.path(), step.entity(), before, previousSpeaker, previousEnd));
        quotedSoFar.put(name, before + 1);
        if (!quote.headline()) {
          previousSpeaker = result.speaker().get();
        }
      } else {
        features.add(null);
      }
    }
  }

  /**
   * ""Q1," she said. "Q2."" with no one "she" can be: the second quote is named by the same words,
   * and its speaker stays as unknown, within the floating distance and with no one else the subject
   * of a sentence between.
   */
  private Quote continuesUnnamed(Quote quote, Quote unnamed) {
    if (unnamed == null
        || quote.paragraph() - unnamed.paragraph() > FLOATING_PARAGRAPHS
        || around.someoneElseSpeaksBetween(unnamed, quote, null)) {
      return quote;
    }
    return quote.mentioned(unnamed.mention().orElseThrow(), unnamed.cue().orElse(null));
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
  record Reported(Resolved resolved, String verb) {
    Quote apply(Quote quote, String cue) {
      return resolved.apply(quote, cue);
    }
  }

  /** "Lee's latest" of "Lee's latest comments showed …": a subject read only up to a modifier. */
  private static boolean endsInAModifier(List<Token> subject) {
    return SpeechGrammar.isNounAdjective(subject.get(subject.size() - 1));
  }
}
