package io.quotedesk.check;

import io.quotedesk.analysis.Quote;
import io.quotedesk.check.QuoteCheck.Claim;
import io.quotedesk.check.QuoteCheck.Difference;
import io.quotedesk.check.QuoteCheck.Verdict;
import io.quotedesk.ingest.IngestException;
import io.quotedesk.store.SearchHit;
import io.quotedesk.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A claim that joins quotes the article splits with its attribution: "We have been patient for
 * three years. Our members are done waiting." is what the record has as "We have been patient for
 * three years," said Ismay Kettridge. "Our members are done waiting." The claim is cut at a
 * sentence end, and each part must match the record, one quote after the other in the same
 * paragraph by the same speaker.
 */
final class SpanningQuotes {
  /** A claim of more sentences than this is not tried part by part: each cut is another search. */
  private static final int MAX_SENTENCES = 4;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201D\u2019)]*\\s+");

  private static final Set<Verdict> JOINABLE = Set.of(Verdict.EXACT, Verdict.CLOSE);

  private SpanningQuotes() {}

  /** The claim checked against consecutive quotes, or empty when no cut lines up with them. */
  static Optional<QuoteCheck> check(QuoteChecker checker, Claim claim, Optional<String> source)
      throws IngestException, StoreException {
    String text = claim.text().strip();
    List<Integer> cuts = new ArrayList<>();
    Matcher end = SENTENCE_END.matcher(text);
    while (end.find() && end.end() < text.length()) {
      cuts.add(end.end());
    }
    if (cuts.isEmpty() || cuts.size() >= MAX_SENTENCES) {
      return Optional.empty();
    }
    Optional<QuoteCheck> close = Optional.empty();
    for (int cut : cuts) {
      QuoteCheck first = checker.check(new Claim(text.substring(0, cut), claim.speaker()), source);
      if (!JOINABLE.contains(first.verdict())) {
        continue;
      }
      QuoteCheck rest = checker.check(new Claim(text.substring(cut), claim.speaker()), source);
      if (!JOINABLE.contains(rest.verdict()) || !follows(first, rest)) {
        continue;
      }
      QuoteCheck joined = joined(claim, first, rest);
      if (joined.verdict() == Verdict.EXACT) {
        return Optional.of(joined);
      }
      close = close.isPresent() ? close : Optional.of(joined);
    }
    return close;
  }

  /** The rest's record comes after the first's, in the same paragraph, by the same speaker. */
  private static boolean follows(QuoteCheck first, QuoteCheck rest) {
    SearchHit a = last(first);
    SearchHit b = rest.match().orElseThrow();
    Quote qa = a.quote();
    Quote qb = b.quote();
    return a.article().url().equals(b.article().url())
        && qa.paragraph() == qb.paragraph()
        && qa.headline() == qb.headline()
        && qb.start() >= qa.end()
        && qa.speaker().map(s -> s.name()).equals(qb.speaker().map(s -> s.name()));
  }

  private static SearchHit last(QuoteCheck check) {
    return check.further().isEmpty()
        ? check.match().orElseThrow()
        : check.further().get(check.further().size() - 1);
  }

  private static QuoteCheck joined(Claim claim, QuoteCheck first, QuoteCheck rest) {
    boolean exact = first.verdict() == Verdict.EXACT && rest.verdict() == Verdict.EXACT;
    List<Difference> differences = new ArrayList<>(first.differences());
    differences.addAll(rest.differences());
    List<SearchHit> further = new ArrayList<>(first.further());
    further.add(rest.match().orElseThrow());
    further.addAll(rest.further());
    return new QuoteCheck(
        claim,
        exact ? Verdict.EXACT : Verdict.CLOSE,
        first.match(),
        differences,
        Optional.empty(),
        further);
  }
}
