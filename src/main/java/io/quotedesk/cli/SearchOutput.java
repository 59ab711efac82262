package io.quotedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quotedesk.analysis.Quote;
import io.quotedesk.brief.AttributionBands;
import io.quotedesk.brief.Printable;
import io.quotedesk.store.AnalysisJson;
import io.quotedesk.store.SearchHit;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Search results as INTERFACE.md shapes them ({@code --json}) or as text for a reader. */
final class SearchOutput {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SearchOutput() {}

  /** The hits, each speaker shown as surely as {@code bands} allow ("probably X"). */
  static void print(PrintWriter out, List<SearchHit> hits, boolean json, AttributionBands bands) {
    if (json) {
      ObjectNode root = MAPPER.createObjectNode();
      ArrayNode results = root.putArray("results");
      for (SearchHit hit : hits) {
        results.add(quoteAndArticle(hit).put("score", hit.score()));
      }
      out.println(AnalysisJson.write(root));
      return;
    }
    if (hits.isEmpty()) {
      out.println("No stored quote matches.");
      return;
    }
    for (SearchHit hit : hits) {
      Quote quote = hit.quote();
      String speaker = bands.label(quote);
      out.print(
          Printable.of(
              String.format(
                  Locale.ROOT,
                  "\u201C%s\u201D%n    \u2014 %s%s%n    %s%s%n",
                  quote.text(),
                  speaker,
                  quote.headline() ? " (headline)" : "",
                  hit.article().title().map(t -> t + " \u00B7 ").orElse("")
                      + hit.article().publisher().map(p -> p + " \u00B7 ").orElse(""),
                  hit.article().url())));
    }
  }

  /** A stored quote and the article it stands in, as whosaid and check print them. */
  static ObjectNode quoteAndArticle(SearchHit hit) {
    ObjectNode node = MAPPER.createObjectNode();
    node.set("quote", AnalysisJson.quote(hit.quote()));
    ObjectNode article = node.putObject("article");
    article.put("title", hit.article().title().orElse(null));
    article.put("publisher", hit.article().publisher().orElse(null));
    article.put("url", hit.article().url());
    article.put("published", hit.article().published().orElse(null));
    return node;
  }
}
