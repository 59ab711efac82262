package io.quotedesk.slack;

import io.quotedesk.analysis.Quote;
import io.quotedesk.analysis.Speaker;
import io.quotedesk.brief.AttributionBands;
import io.quotedesk.brief.AttributionBands.Band;
import io.quotedesk.check.QuoteCheck;
import io.quotedesk.store.SearchHit;
import java.util.List;
import java.util.Optional;

/**
 * A draft's quotes checked against the record, as the asker reads them: the verdict, what the
 * record says and who said it, the word differences, the whole sentence of a fragment.
 */
final class Verdicts {
  private final AttributionBands bands;

  Verdicts(AttributionBands bands) {
    this.bands = bands;
  }

  /** Every check, privately: drafts are confidential. */
  Reply reply(List<QuoteCheck> checks) {
    StringBuilder text = new StringBuilder();
    for (QuoteCheck check : checks) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      text.append(line(check));
    }
    return Reply.privately(text.toString());
  }

  private String line(QuoteCheck check) {
    String claimed = "\u201C" + check.claimed().text() + "\u201D";
    StringBuilder out = new StringBuilder();
    switch (check.verdict()) {
      case EXACT -> out.append(":white_check_mark: Exact: ").append(claimed);
      case CLOSE -> out.append(":warning: Close, not exact: ").append(claimed);
      case MISATTRIBUTED -> out.append(":x: Misattributed: ").append(claimed).append(saidBy(check));
      case OUT_OF_CONTEXT -> out.append(":warning: Out of context: ").append(claimed);
      case NOT_FOUND -> out.append(":grey_question: Not found in the archive: ").append(claimed);
    }
    check
        .match()
        .ifPresent(
            m ->
                out.append("\nOn record: \u201C")
                    .append(m.quote().text())
                    .append("\u201D \u2014 ")
                    .append(bands.label(m.quote()))
                    .append(" \u00B7 ")
                    .append(m.article().title().orElse(""))
                    .append(" ")
                    .append(m.article().url()));
    for (QuoteCheck.Difference d : check.differences()) {
      out.append("\n").append(d.op().equals("delete") ? "\u2212 " : "+ ").append(d.text());
    }
    check
        .context()
        .ifPresent(c -> out.append("\nThe whole sentence: \u201C").append(c).append("\u201D"));
    unconfirmedSpeaker(check).ifPresent(n -> out.append("\n").append(n));
    return out.toString();
  }

  /** " was said by X" or " was probably said by X", the record's named speaker. */
  private String saidBy(QuoteCheck check) {
    Optional<Quote> quote = check.match().map(SearchHit::quote);
    Optional<Speaker> speaker = quote.flatMap(bands::named);
    if (speaker.isEmpty()) {
      return " was said by someone else";
    }
    return (bands.band(quote.get()) == Band.PROBABLE ? " was probably said by " : " was said by ")
        + speaker.get().label();
  }

  /**
   * When the draft names a speaker and the words are on record but their speaker is not named
   * there: the record confirms the words, not who said them.
   */
  private Optional<String> unconfirmedSpeaker(QuoteCheck check) {
    if (check.claimed().speaker().isEmpty() || check.match().isEmpty()) {
      return Optional.empty();
    }
    Quote quote = check.match().get().quote();
    String claimed = check.claimed().speaker().get();
    return switch (bands.band(quote)) {
      case UNCLEAR ->
          Optional.of(
              ":grey_question: The article does not name the speaker clearly"
                  + quote.mention().map(m -> " (it says '" + m.text() + "')").orElse("")
                  + ", so it does not confirm that "
                  + claimed
                  + " said this.");
      case NOT_NAMED ->
          Optional.of(
              ":grey_question: The article does not name the speaker, so it does not confirm that "
                  + claimed
                  + " said this.");
      default -> Optional.empty();
    };
  }
}
