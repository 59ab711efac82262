package io.quotedesk.check;

import static java.util.Objects.requireNonNull;

import io.quotedesk.store.SearchHit;
import io.quotedesk.store.SearchQuery;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A quotation as a draft gives it, checked against the record: the verdict, the best matching
 * quote, the word-level differences, and for a fragment the whole sentence it came from. {@code
 * further} holds the record's next quotes when the claim runs over several ("…," she said. "…").
 */
public record QuoteCheck(
    Claim claimed,
    Verdict verdict,
    Optional<SearchHit> match,
    List<Difference> differences,
    Optional<String> context,
    List<SearchHit> further) {

  /** The words and, when the draft says, who said them. */
  public record Claim(String text, Optional<String> speaker) {
    public Claim {
      requireNonNull(text, "text");
      requireNonNull(speaker, "speaker");
    }

    /** False for a claim with nothing to look for: blank, or only marks ({@code "" — Name}). */
    public boolean hasWords() {
      return SearchQuery.hasWords(text);
    }
  }

  /** Words to take out of the claim ("delete") or put in ("insert") to match the record. */
  public record Difference(String op, String text) {}

  public enum Verdict {
    EXACT,
    CLOSE,
    MISATTRIBUTED,
    OUT_OF_CONTEXT,
    NOT_FOUND;

    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Words that turn a statement into its opposite: "We have (not) been patient". */
  private static final Set<String> NEGATIONS =
      Set.of("not", "never", "no", "cannot", "nobody", "nothing", "none", "neither", "nor");

  public QuoteCheck {
    requireNonNull(claimed, "claimed");
    requireNonNull(verdict, "verdict");
    requireNonNull(match, "match");
    differences = List.copyOf(differences);
    requireNonNull(context, "context");
    further = List.copyOf(further);
  }

  /** A check against one record quote. */
  public QuoteCheck(
      Claim claimed,
      Verdict verdict,
      Optional<SearchHit> match,
      List<Difference> differences,
      Optional<String> context) {
    this(claimed, verdict, match, differences, context, List.of());
  }

  /**
   * One sentence when the differences add or drop a negation, so a close wording says the opposite
   * of the record: "We have not been patient" against "We have been patient". A negation only moved
   * or spelt otherwise ("don't" for "do not") changes nothing.
   */
  public Optional<String> reversedMeaning() {
    List<String> dropped = negations("insert");
    List<String> added = negations("delete");
    if (dropped.size() > added.size()) {
      return Optional.of(
          "The meaning is reversed: the record says \u201C"
              + dropped.get(0)
              + "\u201D, which the claim leaves out.");
    }
    if (added.size() > dropped.size()) {
      return Optional.of(
          "The meaning is reversed: the claim adds \u201C"
              + added.get(0)
              + "\u201D, which the record does not say.");
    }
    return Optional.empty();
  }

  private List<String> negations(String op) {
    return differences.stream()
        .filter(d -> d.op().equals(op))
        .flatMap(d -> Arrays.stream(d.text().split(" ")))
        .filter(w -> NEGATIONS.contains(w) || w.endsWith("n't"))
        .toList();
  }
}
