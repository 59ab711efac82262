package io.quotedesk.slack;

import io.quotedesk.analysis.Quote;
import io.quotedesk.brief.AttributionBands;
import io.quotedesk.store.SearchHit;
import java.util.ArrayList;
import java.util.List;

/**
 * Block Kit of stored quotes that matched a search: the speaker as surely as the record allows, the
 * quote, its article (outlet, headline, date, link) and, for the best one, its paragraph.
 */
final class HitBlocks {
  private final AttributionBands bands;

  HitBlocks(AttributionBands bands) {
    this.bands = bands;
  }

  /**
   * The best hit as the message, in its paragraph; the other hits as details for the thread.
   *
   * @param bestParagraph the paragraph the best hit stands in, empty when unknown
   */
  Reply hits(String title, List<SearchHit> hits, String bestParagraph) {
    if (hits.isEmpty()) {
      return new Reply(title + ": nothing in the archive matches.", List.of(), List.of(), false);
    }
    List<Reply> details = new ArrayList<>();
    for (SearchHit hit : hits.subList(1, hits.size())) {
      details.add(hit(hit, ""));
    }
    Reply best = hit(hits.get(0), bestParagraph);
    return new Reply(title + "\n" + best.text(), best.blocks(), details, false);
  }

  private Reply hit(SearchHit hit, String paragraph) {
    Quote quote = hit.quote();
    String speaker = bands.heading(quote);
    String source =
        hit.article().publisher().map(p -> p + " \u00B7 ").orElse("")
            + hit.article().title().orElse(hit.article().url())
            + hit.article()
                .published()
                .map(d -> " \u00B7 " + d.substring(0, Math.min(10, d.length())))
                .orElse("");
    String text =
        "\u201C"
            + quote.text()
            + "\u201D \u2014 "
            + bands.label(quote)
            + "\n"
            + source
            + " "
            + hit.article().url()
            + (paragraph.isEmpty() ? "" : "\n" + paragraph);
    String mrkdwn =
        "*"
            + SlackText.escape(speaker)
            + "*\n> \u201C"
            + SlackText.escape(quote.text())
            + "\u201D\n"
            + SlackText.link(hit.article().url(), source)
            + (paragraph.isEmpty() ? "" : "\n_In context:_ " + SlackText.escape(paragraph));
    return new Reply(text, Blocks.sections(mrkdwn), List.of(), false);
  }
}
