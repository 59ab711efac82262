package io.quotedesk.check;

import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.FirstNameWords;
import io.quotedesk.analysis.Speaker;
import io.quotedesk.check.QuoteCheck.Claim;
import io.quotedesk.check.QuoteCheck.Verdict;
import io.quotedesk.ingest.IngestException;
import io.quotedesk.store.AccentFolding;
import io.quotedesk.store.Archive;
import io.quotedesk.store.SearchHit;
import io.quotedesk.store.SearchHit.ArticleRef;
import io.quotedesk.store.SearchQuery;
import io.quotedesk.store.StoreException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a draft's quotation against what was said: finds the closest stored quote (or one in the
 * article named as the source) and gives a verdict. The claim is compared with the stretch of the
 * quote it best matches; ellipses and bracketed or parenthesised insertions, the draft's or the
 * article's, are no changes; a headline quote is the record only when no body quote by that speaker
 * matches. Drafts are never stored or logged.
 */
public final class QuoteChecker {
  /** Below this share of the claim's words found in a quote, the quote is not its source. */
  static final double MIN_SIMILARITY = 0.5;

  private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:\u2026|\\.\\s?\\.\\s?\\.)\\s*");

  /** A draft's own insertion: "them [Russia] to", "them (Russia) to". */
  private static final Pattern BRACKETS = Pattern.compile("\\[[^\\]]*\\]|\\([^)]*\\)");

  /** Words before a fragment that reverse or hedge it: "I would not say [we should leave]". */
  private static final Set<String> SENSE_CHANGERS =
      Set.of(
          "not",
          "never",
          "no",
          "nobody",
          "nothing",
          "if",
          "unless",
          "whether",
          "without",
          "don't",
          "doesn't",
          "didn't",
          "won't",
          "wouldn't",
          "isn't",
          "wasn't",
          "can't",
          "cannot",
          "shouldn't",
          "hardly",
          "false");

  private final Archive archive;
  private final double minConfidence;

  /**
   * @param minConfidence {@code attribution.minConfidence}: a stored speaker below it is withheld,
   *     as the analyzer withholds one, so it neither confirms nor contradicts a claimed speaker
   */
  public QuoteChecker(Archive archive, double minConfidence) {
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minimum confidence must be 0 to 1: " + minConfidence);
    }
    this.archive = archive;
    this.minConfidence = minConfidence;
  }

  /** Checks one claim, against {@code source}'s quotes when given, else the whole archive. */
  public QuoteCheck check(Claim claim, Optional<String> source)
      throws IngestException, StoreException {
    List<String> segmentTexts = segments(claim.text());
    List<List<String>> segments = segmentTexts.stream().map(QuoteChecker::words).toList();
    List<String> claimed = segments.stream().flatMap(List::stream).toList();
    if (claimed.isEmpty()) {
      return notFound(claim);
    }
    List<Candidate> candidates = new ArrayList<>();
    for (SearchHit hit : candidates(String.join(" ", segmentTexts), source)) {
      List<WordAlignment.Word> record = WordAlignment.recordWords(hit.quote().text());
      candidates.add(
          new Candidate(hit, WordAlignment.align(segments, record), sharedWords(claimed, record)));
    }
    Optional<Candidate> found = record(claim, candidates);
    if (found.isEmpty() || !found.get().alignment().exact()) {
      // "We have been patient. Our members are done waiting." — two quotes, "she said" between.
      Optional<QuoteCheck> spanning = SpanningQuotes.check(this, claim, source);
      if (spanning.isPresent() && (found.isEmpty() || spanning.get().verdict() == Verdict.EXACT)) {
        return spanning.get();
      }
    }
    if (found.isEmpty()) {
      return notFound(claim);
    }
    Candidate best = found.get();
    Optional<SearchHit> match = Optional.of(best.hit());
    // Only a named speaker can contradict the draft; a withheld one leaves the verdict to the
    // words.
    Optional<Speaker> onRecord = named(best.hit());
    if (claim.speaker().isPresent()
        && onRecord.isPresent()
        && !sameSpeaker(claim.speaker().get(), onRecord.get())) {
      return new QuoteCheck(claim, Verdict.MISATTRIBUTED, match, List.of(), Optional.empty());
    }
    if (best.alignment().exact()) {
      Optional<String> sentence = changedSense(best.hit(), segmentTexts);
      return sentence.isPresent()
          ? new QuoteCheck(claim, Verdict.OUT_OF_CONTEXT, match, List.of(), sentence)
          : new QuoteCheck(claim, Verdict.EXACT, match, List.of(), Optional.empty());
    }
    return new QuoteCheck(
        claim, Verdict.CLOSE, match, best.alignment().differences(), Optional.empty());
  }

  /** A stored quote and how the claim lines up with it. */
  private record Candidate(SearchHit hit, WordAlignment.Alignment alignment, int shared) {
    double score() {
      if (alignment.exact()) {
        return 1.0;
      }
      // One shared word is chance, not a source: "unclosed quote" is no record of "Quote number 9".
      return shared < 2 ? 0 : alignment.similarity();
    }

    boolean headline() {
      return hit.quote().headline();
    }
  }

  private List<SearchHit> candidates(String words, Optional<String> source)
      throws IngestException, StoreException {
    if (source.isEmpty()) {
      return archive.store().whoSaid(SearchQuery.of(words, 20));
    }
    Analysis analysis = archive.analysis(source.get());
    var meta = analysis.article().metadata();
    ArticleRef ref =
        new ArticleRef(
            meta.title(), meta.publisher(), Archive.keyOf(source.get()), meta.published());
    return analysis.quotes().stream().map(q -> new SearchHit(q, ref, 0)).toList();
  }

  /**
   * The quote that is the record of the claim: the closest one, or the claimed speaker's own when
   * nearly as close (someone else's near-identical words make no misattribution), and a body quote
   * by the same speaker over a headline quote whenever one matches.
   */
  private Optional<Candidate> record(Claim claim, List<Candidate> candidates) {
    Comparator<Candidate> closest =
        Comparator.comparingDouble(Candidate::score)
            .thenComparing(Candidate::headline, Comparator.reverseOrder());
    Optional<Candidate> best =
        candidates.stream().filter(c -> c.score() >= MIN_SIMILARITY).max(closest);
    if (best.isEmpty()) {
      return best;
    }
    if (claim.speaker().isPresent()) {
      double floor = best.get().score() - 0.15;
      Optional<Candidate> byClaimed =
          candidates.stream()
              .filter(c -> c.score() >= MIN_SIMILARITY && c.score() >= floor)
              .filter(c -> said(c, claim.speaker().get()))
              .max(closest);
      if (byClaimed.isPresent()) {
        best = byClaimed;
      }
    }
    Candidate chosen = best.get();
    if (!chosen.headline()) {
      return best;
    }
    // 'We should not undermine NATO's deterrence credibility', X says: headlines reword; the
    // body's "the credibility of NATO's deterrence" is what was said.
    Optional<Candidate> body =
        candidates.stream()
            .filter(c -> !c.headline() && c.score() >= MIN_SIMILARITY)
            .filter(c -> sameSource(chosen, c))
            .max(closest);
    return body.isPresent() ? body : best;
  }

  private boolean said(Candidate candidate, String claimedSpeaker) {
    return named(candidate.hit()).map(s -> sameSpeaker(claimedSpeaker, s)).orElse(false);
  }

  /** The same named speaker; for a headline quote naming nobody, the same article. */
  private boolean sameSource(Candidate headline, Candidate body) {
    Optional<Speaker> speaker = named(headline.hit());
    return speaker.isPresent()
        ? said(body, speaker.get().name())
        : headline.hit().article().url().equals(body.hit().article().url());
  }

  private static QuoteCheck notFound(Claim claim) {
    return new QuoteCheck(claim, Verdict.NOT_FOUND, Optional.empty(), List.of(), Optional.empty());
  }

  /** The record's speaker when named (sure or probably), not withheld as too unsure. */
  private Optional<Speaker> named(SearchHit hit) {
    return hit.quote().speakerAtLeast(minConfidence);
  }

  /**
   * The claim's runs of words, split at editorial ellipses and at bracketed insertions, which stand
   * in for words of the original ("them [Russia] to" for "them (Russia) to").
   */
  static List<String> segments(String claim) {
    String bare = BRACKETS.matcher(claim).replaceAll(" \u2026 ");
    List<String> segments = new ArrayList<>();
    for (String part : ELLIPSIS.split(bare)) {
      if (!words(part).isEmpty()) {
        segments.add(part);
      }
    }
    return segments;
  }

  /**
   * How many of the claim's different words the quote holds, a possessive counting as its noun:
   * "undermine NATO" shares two words with "undermine the credibility of NATO's deterrence".
   */
  private static int sharedWords(List<String> claimed, List<WordAlignment.Word> quote) {
    Set<String> record =
        quote.stream().map(w -> withoutPossessive(w.text())).collect(Collectors.toSet());
    return (int)
        claimed.stream()
            .map(QuoteChecker::withoutPossessive)
            .distinct()
            .filter(record::contains)
            .count();
  }

  private static String withoutPossessive(String word) {
    return word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
  }

  static List<String> words(String text) {
    return WordAlignment.words(text);
  }

  private static int indexOf(List<String> record, List<String> words, int from) {
    outer:
    for (int i = from; i + words.size() <= record.size(); i++) {
      for (int j = 0; j < words.size(); j++) {
        if (!record.get(i + j).equals(words.get(j))) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * "Stoltenberg" for "Jens Stoltenberg", "Mr. Biden" for "Joe Biden", "Scholz" for "Olaf Schölz",
   * "J. Smith" for "Jane Smith": one surname, accents folded as search folds them, and first names
   * that do not differ, or the first name alone. "John Smith" is not "Jane Smith".
   */
  static boolean sameSpeaker(String claimed, Speaker speaker) {
    List<String> a = words(AccentFolding.fold(claimed));
    List<String> b = words(AccentFolding.fold(speaker.name()));
    return !a.isEmpty()
        && !b.isEmpty()
        && (a.get(a.size() - 1).equals(b.get(b.size() - 1)) && !differentFirstNames(a, b)
            || byFirstNameAlone(a, b));
  }

  /**
   * "Dolores" for "Dolores Achterberg": a feature writer's first-name reference is that person,
   * never a misattribution to her. Only a first name the lists know, so a surname typed alone still
   * compares as a surname.
   */
  private static boolean byFirstNameAlone(List<String> claimed, List<String> record) {
    return claimed.size() == 1
        && record.size() >= 2
        && claimed.get(0).equals(record.get(0))
        && FirstNameWords.isFirstName(claimed.get(0));
  }

  /**
   * Both names open with a first name the lists know (so "Prime Minister Starmer", "Former
   * President Trump" and "Mr. Biden" compare by surname alone), neither opens the other ("J." opens
   * "Jane"), and neither name ends with the other ("Karine Jean-Pierre" for "Jean-Pierre", "Ursula
   * von der Leyen" for "Von der Leyen"). Nicknames are not known: "Joe Biden" is not "Joseph
   * Biden".
   */
  private static boolean differentFirstNames(List<String> claimed, List<String> record) {
    if (claimed.size() < 2
        || record.size() < 2
        || endsWith(claimed, record)
        || endsWith(record, claimed)) {
      return false;
    }
    String x = claimed.get(0);
    String y = record.get(0);
    return FirstNameWords.isFirstName(x)
        && FirstNameWords.isFirstName(y)
        && !x.startsWith(y)
        && !y.startsWith(x);
  }

  private static boolean endsWith(List<String> name, List<String> end) {
    return name.size() >= end.size()
        && name.subList(name.size() - end.size(), name.size()).equals(end);
  }

  /**
   * The record's sentence, when the claimed words are part of it and a word before them in that
   * sentence reverses or hedges them ("I would not say we should leave").
   */
  private static Optional<String> changedSense(SearchHit hit, List<String> segments) {
    String text = hit.quote().text();
    List<String> first = words(segments.get(0));
    for (String sentence : text.split("(?<=[.!?])\\s+")) {
      List<String> w = words(sentence);
      int at = indexOf(w, first, 0);
      if (at > 0) {
        for (String before : w.subList(0, at)) {
          if (SENSE_CHANGERS.contains(before) || before.endsWith("n't")) {
            return Optional.of(sentence.strip());
          }
        }
      }
    }
    return Optional.empty();
  }
}
