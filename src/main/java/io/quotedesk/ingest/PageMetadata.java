package io.quotedesk.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a page says about itself, in order of trust: JSON-LD ({@code NewsArticle} and kin, in
 * {@code @graph}s and arrays), then OpenGraph and {@code <meta>}, then the markup itself.
 */
final class PageMetadata {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "NewsArticle",
          "Article",
          "ReportageNewsArticle",
          "AnalysisNewsArticle",
          "OpinionNewsArticle",
          "BackgroundNewsArticle",
          "ReviewNewsArticle",
          "BlogPosting",
          "LiveBlogPosting",
          "Report",
          "ScholarlyArticle",
          "TechArticle",
          "SatiricalArticle");

  String title;
  String byline;
  String published;
  String publisher;
  String canonicalUrl;
  String language;
  String articleBody;

  static PageMetadata read(Document doc) {
    PageMetadata meta = new PageMetadata();
    meta.readJsonLd(doc);
    meta.title =
        first(meta.title, meta("og:title", doc), meta("twitter:title", doc), h1(doc), doc.title());
    meta.byline =
        first(meta.byline, meta("author", doc), meta("article:author", doc), meta("byl", doc));
    meta.published =
        first(
            meta.published,
            meta("article:published_time", doc),
            meta("datePublished", doc),
            meta("pubdate", doc),
            timeDatetime(doc));
    meta.publisher =
        first(meta.publisher, meta("og:site_name", doc), meta("application-name", doc));
    meta.canonicalUrl = first(link("canonical", doc), meta("og:url", doc));
    meta.language =
        first(doc.select("html[lang]").attr("lang"), meta("og:locale", doc), meta.language);
    if (meta.byline != null && meta.byline.startsWith("http")) {
      meta.byline = null; // some sites put a profile URL in article:author
    }
    return meta;
  }

  private void readJsonLd(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = JSON.readTree(script.data());
        List<JsonNode> nodes = new ArrayList<>();
        flatten(root, nodes);
        for (JsonNode node : nodes) {
          if (isArticle(node)) {
            title = first(title, text(node.get("headline")));
            byline = first(byline, names(node.get("author")));
            published = first(published, text(node.get("datePublished")));
            publisher = first(publisher, names(node.get("publisher")));
            language = first(language, text(node.get("inLanguage")));
            articleBody = first(articleBody, text(node.get("articleBody")));
          }
        }
      } catch (Exception e) {
        // Broken JSON-LD is common; the other sources still apply.
      }
    }
  }

  private static void flatten(JsonNode node, List<JsonNode> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(child -> flatten(child, out));
    } else if (node.isObject()) {
      out.add(node);
      flatten(node.get("@graph"), out);
      flatten(node.get("mainEntity"), out);
    }
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText());
  }

  private static String names(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isTextual()) {
      return blankToNull(node.asText());
    }
    List<String> names = new ArrayList<>();
    for (JsonNode item : node.isArray() ? node : List.of(node)) {
      String name = item.isTextual() ? item.asText() : text(item.get("name"));
      if (name != null && !name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static String text(JsonNode node) {
    return node == null || !node.isValueNode() ? null : blankToNull(node.asText());
  }

  private static String meta(String name, Document doc) {
    Element element =
        doc.selectFirst(
            "meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
    return element == null ? null : blankToNull(element.attr("content"));
  }

  private static String link(String rel, Document doc) {
    Element element = doc.selectFirst("link[rel=" + rel + "][href]");
    return element == null ? null : blankToNull(element.absUrl("href"));
  }

  private static String h1(Document doc) {
    Element h1 = doc.selectFirst("h1");
    return h1 == null ? null : blankToNull(h1.text());
  }

  private static String timeDatetime(Document doc) {
    Element time = doc.selectFirst("time[datetime]");
    return time == null ? null : blankToNull(time.attr("datetime"));
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        // Some sites escape twice: og:title "Lynn: &#8220;We needed…&#8221;".
        return Whitespace.normalize(Parser.unescapeEntities(value, false));
      }
    }
    return null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  Optional<String> titleOrEmpty() {
    return Optional.ofNullable(title);
  }
}
