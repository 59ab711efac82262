package io.quotedesk.check;

import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Speaker;
import io.quotedesk.check.QuoteCheck.Claim;
import io.quotedesk.check.QuoteCheck.Difference;
import io.quotedesk.check.QuoteCheck.Verdict;
import io.quotedesk.ingest.IngestException;
import io.quotedesk.store.Archive;
import io.quotedesk.store.SearchHit;
import io.quotedesk.store.SearchHit.ArticleRef;
import io.quotedesk.store.SearchQuery;
import io.quotedesk.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a draft's quotation against what was said: finds the closest stored quote (or one in the
 * article named as the source) and gives a verdict. Editorial ellipses and square-bracket
 * insertions are no changes; a headline quote is the record only when no body quote matches. Drafts
 * are never stored or logged.
 */
public final class QuoteChecker {
  /** Below this share of the claim's words found in a quote, the quote is not its source. */
  static final double MIN_SIMILARITY = 0.5;

  private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:\u2026|\\.\\s?\\.\\s?\\.)\\s*");
  private static final Pattern BRACKETS = Pattern.compile("\\[[^\\]]*\\]");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)?");

  /** A quotation in a message, in straight or curly double quotes. */
  private static final Pattern QUOTATION = Pattern.compile("[\"\u201C]([^\"\u201D]{2,})[\"\u201D]");

  /** The name after a quotation: "…" — Jens Stoltenberg, "…," said Biden. */
  private static final Pattern NAME_AFTER =
      Pattern.compile(
          "^\\s*(?:,\\s*)?(?:\u2014|\u2013|--|-)?\\s*(?:said\\s+)?(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3})");

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
    List<String> segments = segments(claim.text());
    List<String> claimed = new ArrayList<>();
    segments.forEach(s -> claimed.addAll(words(s)));
    if (claimed.isEmpty()) {
      return new QuoteCheck(
          claim, Verdict.NOT_FOUND, Optional.empty(), List.of(), Optional.empty());
    }
    List<SearchHit> candidates = new ArrayList<>();
    if (source.isPresent()) {
      Analysis analysis = archive.analysis(source.get());
      var meta = analysis.article().metadata();
      ArticleRef ref =
          new ArticleRef(
              meta.title(), meta.publisher(), Archive.keyOf(source.get()), meta.published());
      analysis.quotes().forEach(q -> candidates.add(new SearchHit(q, ref, 0)));
    } else {
      candidates.addAll(archive.store().whoSaid(SearchQuery.of(String.join(" ", claimed), 20)));
    }
    SearchHit best = null;
    double bestScore = -1;
    boolean bestExact = false;
    SearchHit byClaimed = null; // the closest quote by the speaker the draft names
    double byClaimedScore = -1;
    boolean byClaimedExact = false;
    for (SearchHit hit : candidates) {
      List<String> record = words(hit.quote().text());
      boolean exact = containsInOrder(record, segments);
      double score =
          (exact ? 1.0 : similarity(claimed, record)) - (hit.quote().headline() ? 0.001 : 0);
      if (score > bestScore) {
        best = hit;
        bestScore = score;
        bestExact = exact;
      }
      boolean claimedSpeaker =
          claim.speaker().isPresent()
              && named(hit).map(s -> sameSpeaker(claim.speaker().get(), s)).orElse(false);
      if (claimedSpeaker && score > byClaimedScore) {
        byClaimed = hit;
        byClaimedScore = score;
        byClaimedExact = exact;
      }
    }
    // Someone else's near-identical words make no misattribution when the named speaker said
    // nearly the same.
    if (byClaimed != null && byClaimedScore >= Math.max(MIN_SIMILARITY, bestScore - 0.15)) {
      best = byClaimed;
      bestScore = byClaimedScore;
      bestExact = byClaimedExact;
    }
    if (best == null || bestScore < MIN_SIMILARITY) {
      return new QuoteCheck(
          claim, Verdict.NOT_FOUND, Optional.empty(), List.of(), Optional.empty());
    }
    Optional<SearchHit> match = Optional.of(best);
    // Only a named speaker can contradict the draft; a withheld one leaves the verdict to the
    // words.
    Optional<Speaker> onRecord = named(best);
    if (claim.speaker().isPresent()
        && onRecord.isPresent()
        && !sameSpeaker(claim.speaker().get(), onRecord.get())) {
      return new QuoteCheck(claim, Verdict.MISATTRIBUTED, match, List.of(), Optional.empty());
    }
    if (bestExact) {
      Optional<String> sentence = changedSense(best, segments);
      return sentence.isPresent()
          ? new QuoteCheck(claim, Verdict.OUT_OF_CONTEXT, match, List.of(), sentence)
          : new QuoteCheck(claim, Verdict.EXACT, match, List.of(), Optional.empty());
    }
    return new QuoteCheck(
        claim,
        Verdict.CLOSE,
        match,
        differences(claimed, words(best.quote().text())),
        Optional.empty());
  }

  /** The record's speaker when named (sure or probably), not withheld as too unsure. */
  private Optional<Speaker> named(SearchHit hit) {
    return hit.quote().speakerAtLeast(minConfidence);
  }

  /** The quotations in a message: "…" — Name, "…," Name said, or bare "…". */
  public static List<Claim> claimsIn(String message) {
    List<Claim> claims = new ArrayList<>();
    Matcher m = QUOTATION.matcher(message);
    while (m.find()) {
      String after = message.substring(m.end(), Math.min(message.length(), m.end() + 60));
      Matcher name = NAME_AFTER.matcher(after);
      Optional<String> speaker =
          name.find() ? Optional.of(name.group(1).strip()) : Optional.empty();
      claims.add(new Claim(m.group(1).strip(), speaker));
    }
    return claims;
  }

  /** "the words" — Name / “the words” – Name / "the words" -- Name, or just the words. */
  public static Claim parse(String text) {
    List<Claim> claims = claimsIn(text);
    if (!claims.isEmpty()) {
      return claims.get(0);
    }
    String[] parts = text.split("\\s+(?:\u2014|\u2013|--)\\s+", 2);
    return new Claim(
        parts[0].strip(), parts.length > 1 ? Optional.of(parts[1].strip()) : Optional.empty());
  }

  /**
   * The claim's runs of words, split at editorial ellipses and at square-bracket insertions, which
   * stand in for words of the original ("them [Russia] to" for "them (Russia) to").
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

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** Every segment appears word for word in the record, in order (gaps allowed between). */
  static boolean containsInOrder(List<String> record, List<String> segments) {
    int from = 0;
    for (String segment : segments) {
      List<String> w = words(segment);
      int at = indexOf(record, w, from);
      if (at < 0) {
        return false;
      }
      from = at + w.size();
    }
    return true;
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

  /** The share of the claim's words the record holds in the same order (LCS). */
  static double similarity(List<String> claimed, List<String> record) {
    return (double) lcs(claimed, record).size() / claimed.size();
  }

  /**
   * Word changes from the claim to the record, over the stretch of the record the claim covers:
   * "must" deleted, "should" and "the credibility of" inserted.
   */
  static List<Difference> differences(List<String> claimed, List<String> record) {
    List<int[]> pairs = lcs(claimed, record);
    List<Difference> diff = new ArrayList<>();
    int c = 0;
    int r = pairs.isEmpty() ? 0 : pairs.get(0)[1];
    for (int[] pair : pairs) {
      add(diff, "delete", claimed.subList(c, pair[0]));
      add(diff, "insert", record.subList(r, pair[1]));
      c = pair[0] + 1;
      r = pair[1] + 1;
    }
    add(diff, "delete", claimed.subList(c, claimed.size()));
    return diff;
  }

  private static void add(List<Difference> diff, String op, List<String> words) {
    if (!words.isEmpty()) {
      diff.add(new Difference(op, String.join(" ", words)));
    }
  }

  /** Index pairs (claim, record) of a longest common subsequence of words. */
  private static List<int[]> lcs(List<String> a, List<String> b) {
    int[][] t = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        t[i][j] =
            a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
      }
    }
    List<int[]> pairs = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      if (a.get(i).equals(b.get(j))) {
        pairs.add(new int[] {i++, j++});
      } else if (t[i + 1][j] >= t[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return pairs;
  }

  /** "Stoltenberg" for "Jens Stoltenberg", "Mr. Biden" for "Joe Biden": one surname. */
  static boolean sameSpeaker(String claimed, Speaker speaker) {
    List<String> a = words(claimed);
    List<String> b = words(speaker.name());
    return !a.isEmpty() && !b.isEmpty() && a.get(a.size() - 1).equals(b.get(b.size() - 1));
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
