package io.quotedesk.check;

import static java.util.Objects.requireNonNull;

import io.quotedesk.store.SearchHit;
import io.quotedesk.store.SearchQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A quotation as a draft gives it, checked against the record: the verdict, the best matching
 * quote, the word-level differences, and for a fragment the whole sentence it came from.
 */
public record QuoteCheck(
    Claim claimed,
    Verdict verdict,
    Optional<SearchHit> match,
    List<Difference> differences,
    Optional<String> context) {

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

  public QuoteCheck {
    requireNonNull(claimed, "claimed");
    requireNonNull(verdict, "verdict");
    requireNonNull(match, "match");
    differences = List.copyOf(differences);
    requireNonNull(context, "context");
  }
}
