package io.quotedesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself, in order of trust: JSON-LD ({@code NewsArticle} and kin, in
 * {@code @graph}s and arrays), then Dublin Core, OpenGraph, Twitter and {@code <meta>} tags, then
 * microdata and the visible markup ({@code rel=author}, {@code .byline}, {@code <time>}, the {@code
 * <title>}, {@code <h1>}).
 */
final class PageMetadata {
  String title;
  String byline;
  String published;
  String publisher;
  String canonicalUrl;
  String language;
  String articleBody;
  String dek;
  JsonLd jsonLd;
  MetaTags tags;

  static PageMetadata read(Document doc) {
    JsonLd ld = JsonLd.read(doc);
    MetaTags tags = MetaTags.read(doc);
    VisibleMetadata visible = new VisibleMetadata(doc);
    PageMetadata meta = new PageMetadata();
    meta.jsonLd = ld;
    meta.tags = tags;
    meta.publisher =
        first(ld::publisher, () -> tags.first("og:site_name"), () -> tags.first("application-name"))
            .orElse(null);
    Optional<String> site = Optional.ofNullable(meta.publisher);
    meta.title =
        headline(
                site,
                () -> jsonLdTitle(ld, doc),
                () -> tags.first("dc:title", "dcterm:title", "dcterms:title", "og:title"),
                () -> tags.first("twitter:title", "title", "parsely-title"),
                visible::headline,
                () -> Headlines.fromDocumentTitle(doc),
                () -> h1(doc))
            .orElse(null);
    meta.byline = byline(ld, tags, visible, Optional.ofNullable(meta.publisher)).orElse(null);
    meta.published = published(ld, tags, visible).orElse(null);
    meta.dek =
        first(
                ld::description,
                () -> tags.first("og:description", "description", "twitter:description"),
                () -> tags.first("dc:description", "dcterm:description", "dcterms:description"),
                visible::standfirst)
            .flatMap(d -> Standfirst.of(d, meta.title))
            .orElse(null);
    meta.canonicalUrl =
        first(() -> link("canonical", doc), () -> tags.first("og:url")).orElse(null);
    String declared = doc.select("html[lang]").attr("lang");
    meta.language =
        first(
                () -> Optional.of(declared).filter(l -> !l.isBlank()),
                () -> tags.first("og:locale"),
                ld::language)
            .orElse(null);
    meta.articleBody = ld.articleBody().orElse(null);
    return meta;
  }

  /**
   * JSON-LD's headline, or its name when that is closer to the page's title: Wikipedia's headline
   * is a description ("constitutional monarchy in Oceania"), its name the title ("New Zealand").
   */
  private static Optional<String> jsonLdTitle(JsonLd ld, Document doc) {
    Optional<String> headline = ld.headline();
    Optional<String> name = ld.name();
    if (headline.isEmpty() || name.isEmpty()) {
      return headline.or(() -> name);
    }
    String title = doc.title();
    return Headlines.similarity(name.get(), title) > Headlines.similarity(headline.get(), title)
        ? name
        : headline;
  }

  /** Authors as the page names them, people only: "Jane Doe, John Roe". */
  private static Optional<String> byline(
      JsonLd ld, MetaTags tags, VisibleMetadata visible, Optional<String> publisher) {
    List<String> candidates = new ArrayList<>();
    if (!ld.authors().isEmpty()) {
      candidates.add(String.join(", ", ld.authors()));
    }
    for (String key :
        List.of(
            "dc:creator",
            "dcterm:creator",
            "dcterms:creator",
            "author",
            "parsely-author",
            "article:author",
            "og:article:author",
            "article:author_name",
            "byl",
            "sailthru:author")) {
      List<String> values = tags.all(key);
      if (key.contains("creator")) {
        values = values.stream().map(Bylines::givenNameFirst).toList();
      }
      if (!values.isEmpty()) {
        candidates.add(String.join(", ", values)); // two DC.creator tags are two authors
      }
    }
    candidates.addAll(visible.bylines());
    return Bylines.first(candidates, publisher)
        .or(() -> Bylines.creditedOrganisation(ld.organisationAuthors(), publisher));
  }

  private static Optional<String> published(JsonLd ld, MetaTags tags, VisibleMetadata visible) {
    List<String> candidates = new ArrayList<>();
    ld.datePublished().ifPresent(candidates::add);
    for (String key :
        List.of(
            "article:published_time",
            "parsely-pub-date",
            "datepublished",
            "dc:date:issued",
            "dcterms:issued",
            "dc:date",
            "pubdate",
            "publishdate",
            "publish-date",
            "date",
            "sailthru:date",
            "article:publicationdate")) {
      candidates.addAll(tags.all(key));
    }
    candidates.addAll(visible.dates());
    return PublishedDates.first(candidates);
  }

  /**
   * The first headline the sources give, without the site's name; a site's own name is no headline
   * (Yahoo's og:title "Yahoo News - Latest News & Headlines" on a story page).
   */
  @SafeVarargs
  private static Optional<String> headline(
      Optional<String> site, Supplier<Optional<String>>... sources) {
    for (Supplier<Optional<String>> source : sources) {
      Optional<String> title = first(source).filter(t -> !Headlines.isSiteName(t, site));
      if (title.isPresent()) {
        return title.map(t -> Headlines.withoutSiteName(t, site));
      }
    }
    return Optional.empty();
  }

  @SafeVarargs
  private static Optional<String> first(Supplier<Optional<String>>... sources) {
    for (Supplier<Optional<String>> source : sources) {
      Optional<String> value = source.get().map(MetaTags::clean).filter(v -> !v.isEmpty());
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> link(String rel, Document doc) {
    Element element = doc.selectFirst("link[rel=" + rel + "][href]");
    return element == null ? Optional.empty() : Optional.of(element.absUrl("href"));
  }

  private static Optional<String> h1(Document doc) {
    Element h1 = doc.selectFirst("h1");
    return h1 == null ? Optional.empty() : Optional.of(h1.text());
  }
}
