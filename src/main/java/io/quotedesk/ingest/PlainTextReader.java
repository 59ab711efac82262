package io.quotedesk.ingest;

import java.util.List;
import java.util.Optional;

/**
 * Reads pasted or saved article text: the headline is the first line when a blank line follows it
 * and it is short; a "By NAME" line gives the byline and a date line above the story its
 * publication day; page furniture is marked, never removed.
 */
public final class PlainTextReader {
  /** Longer first lines are a lede, not a headline. */
  private static final int MAX_HEADLINE_CHARS = 250;

  public Article read(String text) {
    List<Line> lines = Line.split(text);
    Optional<TextRange> headline = headline(lines);
    PageFurniture furniture = PageFurniture.mark(lines, headline.isPresent() ? 0 : -1);
    ArticleMetadata metadata =
        ArticleMetadata.EMPTY
            .withTitle(
                headline
                    .map(h -> Whitespace.strip(text.substring(h.start(), h.end())))
                    .orElse(null))
            .withByline(furniture.byline().orElse(null))
            .withPublished(furniture.published().orElse(null))
            .withLanguage(Language.detect(text));
    return new Article(
        text, metadata, headline, furniture.ranges(), Language.notice(metadata.language()));
  }

  private static Optional<TextRange> headline(List<Line> lines) {
    if (lines.size() < 3 || lines.get(0).isBlank() || !lines.get(1).isBlank()) {
      return Optional.empty();
    }
    Line first = lines.get(0);
    String content = first.trimmed();
    if (content.length() > MAX_HEADLINE_CHARS || DateLines.day(content).isPresent()) {
      return Optional.empty(); // "March 3, 2025" above the story is its date, not its headline
    }
    int lead = first.content().indexOf(content);
    int start = first.start() + lead;
    return Optional.of(new TextRange(start, start + content.length()));
  }
}
