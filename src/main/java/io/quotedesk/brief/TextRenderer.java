package io.quotedesk.brief;

import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Quote;
import io.quotedesk.ingest.ArticleMetadata;

/** Renders an analysis as a brief for the terminal. */
public final class TextRenderer {

  public String render(Analysis analysis) {
    ArticleMetadata meta = analysis.article().metadata();
    StringBuilder out = new StringBuilder();
    out.append(meta.title().orElse("(untitled)")).append('\n');
    meta.byline().ifPresent(b -> out.append("By ").append(b).append('\n'));
    analysis.article().notice().ifPresent(n -> out.append("Note: ").append(n).append('\n'));
    out.append('\n');
    if (analysis.quotes().isEmpty()) {
      out.append("No quotes found.\n");
      return out.toString();
    }
    out.append("Quotes (").append(analysis.quotes().size()).append(")\n");
    for (Quote quote : analysis.quotes()) {
      out.append("  \u201C").append(quote.text()).append("\u201D\n");
      out.append("      \u2014 ")
          .append(
              quote
                  .speaker()
                  .map(s -> s.name() + s.role().map(r -> ", " + r).orElse(""))
                  .orElse("speaker unknown"));
      out.append(quote.headline() ? " (headline)" : "");
      out.append("  [paragraph ").append(quote.paragraph()).append(']').append('\n');
    }
    return out.toString();
  }
}
