package io.quotedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quotedesk.analysis.Quote;
import io.quotedesk.analysis.Speaker;
import io.quotedesk.store.AnalysisJson;
import io.quotedesk.store.SearchHit;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Search results as INTERFACE.md shapes them ({@code --json}) or as text for a reader. */
final class SearchOutput {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SearchOutput() {}

  static void print(PrintWriter out, List<SearchHit> hits, boolean json) {
    if (json) {
      ObjectNode root = MAPPER.createObjectNode();
      ArrayNode results = root.putArray("results");
      for (SearchHit hit : hits) {
        ObjectNode result = results.addObject();
        result.set("quote", AnalysisJson.quote(hit.quote()));
        ObjectNode article = result.putObject("article");
        put(article, "title", hit.article().title());
        put(article, "publisher", hit.article().publisher());
        article.put("url", hit.article().url());
        put(article, "published", hit.article().published());
        result.put("score", hit.score());
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
      String speaker = quote.speaker().map(Speaker::label).orElse("speaker not named");
      out.printf(
          Locale.ROOT,
          "\u201C%s\u201D%n    \u2014 %s%s%n    %s%s%n",
          quote.text(),
          speaker,
          quote.headline() ? " (headline)" : "",
          hit.article().title().map(t -> t + " \u00B7 ").orElse("")
              + hit.article().publisher().map(p -> p + " \u00B7 ").orElse(""),
          hit.article().url());
    }
  }

  private static void put(ObjectNode node, String field, Optional<String> value) {
    if (value.isPresent()) {
      node.put(field, value.get());
    } else {
      node.putNull(field);
    }
  }
}
