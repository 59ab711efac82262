package io.quotedesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns a news page into an article: the headline, a blank line, then the story's paragraphs
 * separated by blank lines, with the page's own metadata.
 */
public final class HtmlExtractor {
  /** Extracts the story from {@code html}; {@code url} resolves relative links and fills url. */
  public Article extract(String html, String url) throws IngestException {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    PageMetadata meta = PageMetadata.read(doc);
    StoryBlocks.Found found = StoryBlocks.find(doc);
    List<String> paragraphs = new ArrayList<>(found.paragraphs());
    String title = meta.title == null ? "" : meta.title;
    if (!paragraphs.isEmpty()
        && (Headlines.isTitleOf(paragraphs.get(0), title)
            || Headlines.repeatsTitle(doc, paragraphs.get(0), title))) {
      paragraphs.remove(0);
    }
    // Paywall stubs, cookie walls, index pages: no story to read.
    Optional<String> notAnArticle =
        PageKind.whyNotAnArticle(new StoryBlocks.Found(paragraphs, found.pageText()));
    if (notAnArticle.isPresent()) {
      throw new IngestException("This page does not look like an article: " + notAnArticle.get());
    }
    StringBuilder text = new StringBuilder(title);
    Optional<TextRange> headline = Optional.empty();
    String canonical =
        meta.canonicalUrl != null && url != null && UrlNormalizer.sameSite(url, meta.canonicalUrl)
            ? meta.canonicalUrl
            : url == null ? null : UrlNormalizer.normalize(url);
    if (!title.isEmpty()) {
      headline = Optional.of(new TextRange(0, title.length()));
      text.append("\n\n");
    }
    text.append(String.join("\n\n", paragraphs));
    ArticleMetadata metadata =
        new ArticleMetadata(
            Optional.ofNullable(meta.title),
            Optional.ofNullable(meta.byline),
            Optional.ofNullable(meta.published),
            Optional.ofNullable(meta.publisher),
            Optional.ofNullable(url),
            Optional.ofNullable(canonical),
            Optional.ofNullable(Language.of(meta.language, text)),
            Optional.ofNullable(meta.dek));
    Article article = new Article(text.toString(), metadata, headline, List.of(), Optional.empty());
    String notices =
        Stream.of(
                Paywall.notice(doc, meta.jsonLd, meta.tags, paragraphs),
                Language.notice(metadata.language()))
            .flatMap(Optional::stream)
            .collect(Collectors.joining(" "));
    return notices.isEmpty() ? article : article.withNotice(notices);
  }
}
