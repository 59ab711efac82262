package io.quotedesk.ingest;

import java.util.Optional;

/**
 * What a page says about itself: headline, byline, date, publisher and the publisher's own dek (a
 * standfirst, as pages describe their story). Each field is absent when the source does not say.
 */
public record ArticleMetadata(
    Optional<String> title,
    Optional<String> byline,
    Optional<String> published,
    Optional<String> publisher,
    Optional<String> url,
    Optional<String> canonicalUrl,
    Optional<String> language,
    Optional<String> dek) {

  public static final ArticleMetadata EMPTY =
      new ArticleMetadata(
          Optional.empty(),
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
    dek = nonBlank(dek);
  }

  /** Metadata without a dek, as plain text and stored articles have it. */
  public ArticleMetadata(
      Optional<String> title,
      Optional<String> byline,
      Optional<String> published,
      Optional<String> publisher,
      Optional<String> url,
      Optional<String> canonicalUrl,
      Optional<String> language) {
    this(title, byline, published, publisher, url, canonicalUrl, language, Optional.empty());
  }

  public ArticleMetadata withTitle(String value) {
    return new ArticleMetadata(
        Optional.ofNullable(value), byline, published, publisher, url, canonicalUrl, language, dek);
  }

  public ArticleMetadata withByline(String value) {
    return new ArticleMetadata(
        title, Optional.ofNullable(value), published, publisher, url, canonicalUrl, language, dek);
  }

  public ArticleMetadata withPublished(String value) {
    return new ArticleMetadata(
        title, byline, Optional.ofNullable(value), publisher, url, canonicalUrl, language, dek);
  }

  public ArticleMetadata withLanguage(String value) {
    return new ArticleMetadata(
        title, byline, published, publisher, url, canonicalUrl, Optional.ofNullable(value));
  }

  private static Optional<String> nonBlank(Optional<String> value) {
    return value.map(String::strip).filter(s -> !s.isEmpty());
  }
}
