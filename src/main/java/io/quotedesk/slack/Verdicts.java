package io.quotedesk.slack;

import com.slack.api.model.block.LayoutBlock;
import io.quotedesk.analysis.Quote;
import io.quotedesk.analysis.Speaker;
import io.quotedesk.brief.AttributionBands;
import io.quotedesk.brief.AttributionBands.Band;
import io.quotedesk.check.QuoteCheck;
import io.quotedesk.store.SearchHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A draft's quotes checked against the record, as the asker reads them: each line opens with the
 * verdict's name (Exact, Close, Misattributed, Out of context, Not found), then what the record
 * says and who said it, the word differences, the whole sentence of a fragment.
 */
final class Verdicts {
  private final AttributionBands bands;

  Verdicts(AttributionBands bands) {
    this.bands = bands;
  }

  /** Every check, privately: drafts are confidential. */
  Reply reply(List<QuoteCheck> checks) {
    List<String> text = new ArrayList<>();
    List<LayoutBlock> blocks = new ArrayList<>();
    int shown = 0;
    for (QuoteCheck check : checks) {
      List<LayoutBlock> sections = Blocks.sections(mrkdwn(check));
      if (blocks.size() + sections.size() > Blocks.MAX_BLOCKS - 1) {
        break;
      }
      blocks.addAll(sections);
      text.add(String.join("\n", lines(check)));
      shown++;
    }
    if (shown < checks.size()) {
      String rest =
          (checks.size() - shown) + " more quotations not checked: check them one by one.";
      blocks.addAll(Blocks.sections(SlackText.escape(rest)));
      text.add(rest);
    }
    return new Reply(String.join("\n\n", text), blocks, List.of(), true);
  }

  /** The verdict's name, as every verdict line begins. */
  static String name(QuoteCheck.Verdict verdict) {
    return switch (verdict) {
      case EXACT -> "Exact";
      case CLOSE -> "Close";
      case MISATTRIBUTED -> "Misattributed";
      case OUT_OF_CONTEXT -> "Out of context";
      case NOT_FOUND -> "Not found";
    };
  }

  private static String emoji(QuoteCheck.Verdict verdict) {
    return switch (verdict) {
      case EXACT -> ":white_check_mark:";
      case CLOSE, OUT_OF_CONTEXT -> ":warning:";
      case MISATTRIBUTED -> ":x:";
      case NOT_FOUND -> ":grey_question:";
    };
  }

  /** The check as plain lines, the verdict line first: "Close: “…”, not word for word". */
  private List<String> lines(QuoteCheck check) {
    List<String> lines = new ArrayList<>();
    lines.add(name(check.verdict()) + ": " + claim(check));
    check.reversedMeaning().ifPresent(lines::add);
    check
        .match()
        .ifPresent(m -> lines.add("On record: " + onRecord(check, m) + " " + m.article().url()));
    for (QuoteCheck.Difference d : check.differences()) {
      lines.add((d.op().equals("delete") ? "\u2212 " : "+ ") + d.text());
    }
    check.context().ifPresent(c -> lines.add("The whole sentence: \u201C" + c + "\u201D"));
    unconfirmedSpeaker(check).ifPresent(lines::add);
    return lines;
  }

  /** The same check in mrkdwn: the name in bold first, the record's article linked. */
  private String mrkdwn(QuoteCheck check) {
    StringBuilder out = new StringBuilder();
    out.append('*')
        .append(name(check.verdict()))
        .append("* ")
        .append(check.reversedMeaning().isPresent() ? ":x:" : emoji(check.verdict()))
        .append(' ')
        .append(SlackText.escape(claim(check)));
    check
        .reversedMeaning()
        .ifPresent(r -> out.append("\n*").append(SlackText.escape(r)).append('*'));
    check
        .match()
        .ifPresent(
            m ->
                out.append("\nOn record: ")
                    .append(SlackText.escape(onRecord(check, m)))
                    .append(' ')
                    .append(SlackText.link(m.article().url(), "source")));
    for (QuoteCheck.Difference d : check.differences()) {
      out.append('\n')
          .append(d.op().equals("delete") ? "\u2212 " : "+ ")
          .append(SlackText.escape(d.text()));
    }
    check
        .context()
        .ifPresent(
            c ->
                out.append("\nThe whole sentence: \u201C")
                    .append(SlackText.escape(c))
                    .append('\u201D'));
    unconfirmedSpeaker(check)
        .ifPresent(n -> out.append("\n:grey_question: ").append(SlackText.escape(n)));
    return out.toString();
  }

  /** The claimed words, and what the verdict says of them. */
  private String claim(QuoteCheck check) {
    String claimed = "\u201C" + check.claimed().text() + "\u201D";
    return switch (check.verdict()) {
      case CLOSE -> claimed + ", not word for word";
      case MISATTRIBUTED -> claimed + saidBy(check);
      case NOT_FOUND -> claimed + " is not in the archive";
      default -> claimed;
    };
  }

  /** The record's quote, and its next ones when the claim runs over several. */
  private String onRecord(QuoteCheck check, SearchHit match) {
    StringBuilder quotes = new StringBuilder("\u201C" + match.quote().text() + "\u201D");
    check
        .further()
        .forEach(m -> quotes.append(" \u201C").append(m.quote().text()).append('\u201D'));
    return quotes
        + " \u2014 "
        + bands.label(match.quote())
        + " \u00B7 "
        + match.article().title().orElse("");
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
              "The article does not name the speaker clearly"
                  + quote.mention().map(m -> " (it says '" + m.text() + "')").orElse("")
                  + ", so it does not confirm that "
                  + claimed
                  + " said this.");
      case NOT_NAMED ->
          Optional.of(
              "The article does not name the speaker, so it does not confirm that "
                  + claimed
                  + " said this.");
      default -> Optional.empty();
    };
  }
}
