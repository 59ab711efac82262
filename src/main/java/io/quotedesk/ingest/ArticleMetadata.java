package io.quotedesk.ingest;

import java.util.Optional;

/**
 * What a page says about itself: headline, byline, date and publisher. Each field is absent when
 * the source does not say.
 */
public record ArticleMetadata(
    Optional<String> title,
    Optional<String> byline,
    Optional<String> published,
    Optional<String> publisher,
    Optional<String> url,
    Optional<String> canonicalUrl,
    Optional<String> language) {

  public static final ArticleMetadata EMPTY =
      new ArticleMetadata(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  public ArticleMetadata {
    title = nonBlank(title);
    byline = nonBlank(byline);
    published = nonBlank(published);
    publisher = nonBlank(publisher);
    url = nonBlank(url);
    canonicalUrl = nonBlank(canonicalUrl);
    language = nonBlank(language);
  }

  public ArticleMetadata withTitle(String value) {
    return new ArticleMetadata(
        Optional.ofNullable(value), byline, published, publisher, url, canonicalUrl, language);
  }

  public ArticleMetadata withByline(String value) {
    return new ArticleMetadata(
        title, Optional.ofNullable(value), published, publisher, url, canonicalUrl, language);
  }

  public ArticleMetadata withPublished(String value) {
    return new ArticleMetadata(
        title, byline, Optional.ofNullable(value), publisher, url, canonicalUrl, language);
  }

  public ArticleMetadata withLanguage(String value) {
    return new ArticleMetadata(
        title, byline, published, publisher, url, canonicalUrl, Optional.ofNullable(value));
  }

  private static Optional<String> nonBlank(Optional<String> value) {
    return value.map(String::strip).filter(s -> !s.isEmpty());
  }
}
