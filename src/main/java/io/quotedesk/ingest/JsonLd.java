package io.quotedesk.ingest;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article a page describes in JSON-LD: the first {@code NewsArticle} (or kin) found in its
 * scripts, their {@code @graph}s, arrays and {@code mainEntity}.
 */
final class JsonLd {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS) // raw newlines in strings
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .build();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "NewsArticle",
          "Article",
          "ReportageNewsArticle",
          "AnalysisNewsArticle",
          "AskPublicNewsArticle",
          "BackgroundNewsArticle",
          "OpinionNewsArticle",
          "ReviewNewsArticle",
          "AdvertiserContentArticle",
          "BlogPosting",
          "LiveBlogPosting",
          "SocialMediaPosting",
          "DiscussionForumPosting",
          "Report",
          "ScholarlyArticle",
          "MedicalScholarlyArticle",
          "TechArticle",
          "SatiricalArticle");

  /** Pages wrap scripts in CDATA or HTML comments: {@code <![CDATA[ {...} ]]>}. */
  private static final Pattern WRAPPER =
      Pattern.compile("^\\s*(?://\\s*)?(?:<!\\[CDATA\\[|<!--)|(?://\\s*)?(?:]]>|-->)\\s*$");

  private final JsonNode article;

  /** The page's nodes by {@code @id}, to follow references such as Yoast's authors. */
  private final Map<String, JsonNode> byId;

  private JsonLd(JsonNode article, Map<String, JsonNode> byId) {
    this.article = article;
    this.byId = byId;
  }

  static JsonLd read(Document doc) {
    JsonNode found = null;
    Map<String, JsonNode> byId = new HashMap<>();
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      List<JsonNode> nodes = new ArrayList<>();
      try {
        flatten(JSON.readTree(WRAPPER.matcher(script.data()).replaceAll("")), nodes);
      } catch (Exception e) {
        continue; // Broken JSON-LD is common; the other sources still apply.
      }
      for (JsonNode node : nodes) {
        if (found == null && hasType(node, ARTICLE_TYPES)) {
          found = node;
        }
        value(node.get("@id")).ifPresent(id -> byId.putIfAbsent(id, node));
      }
    }
    return new JsonLd(found, byId);
  }

  boolean found() {
    return article != null;
  }

  Optional<String> headline() {
    return text("headline");
  }

  Optional<String> name() {
    return text("name");
  }

  /**
   * The people named as authors, nested objects and arrays included; organisations are left out:
   * {@code "author": [{"@type": "Person", "name": "Jane Doe"}, "John Roe"]}.
   */
  List<String> authors() {
    return authorNames(false);
  }

  /** The organisations named as authors: {@code {"@type": "Organization", "name": "Reuters"}}. */
  List<String> organisationAuthors() {
    return authorNames(true);
  }

  private List<String> authorNames(boolean organisations) {
    List<String> names = new ArrayList<>();
    JsonNode author = article == null ? null : article.get("author");
    for (JsonNode listed : author == null ? List.<JsonNode>of() : asList(author)) {
      JsonNode item = resolved(listed);
      if (item.isTextual() && !organisations) {
        names.add(item.asText());
      } else if (item.isObject() && hasType(item, ORGANISATIONS) == organisations) {
        value(item.get("name")).ifPresent(names::add);
      }
    }
    return names;
  }

  /**
   * The node a bare reference points to: Yoast's {@code "author": {"@id": "…#/schema/person/ae0e"}}
   * names its Person elsewhere in the {@code @graph}.
   */
  private JsonNode resolved(JsonNode item) {
    if (!item.isObject() || item.has("name") || !item.has("@id")) {
      return item;
    }
    return byId.getOrDefault(item.get("@id").asText(), item);
  }

  private static final Set<String> ORGANISATIONS =
      Set.of("Organization", "NewsMediaOrganization", "Corporation", "GovernmentOrganization");

  Optional<String> datePublished() {
    return text("datePublished").or(() -> text("dateCreated"));
  }

  Optional<String> publisher() {
    JsonNode publisher = article == null ? null : article.get("publisher");
    if (publisher == null) {
      return Optional.empty();
    }
    JsonNode first = asList(publisher).get(0);
    return first.isTextual() ? value(first) : value(first.get("name"));
  }

  Optional<String> description() {
    return text("description");
  }

  Optional<String> language() {
    return text("inLanguage");
  }

  Optional<String> articleBody() {
    return text("articleBody");
  }

  /** The words the story has: its {@code wordCount}, else those of its {@code articleBody}. */
  Optional<Integer> wordCount() {
    JsonNode count = article == null ? null : article.get("wordCount");
    if (count != null && count.canConvertToInt() && count.asInt() > 0) {
      return Optional.of(count.asInt());
    }
    if (count != null && count.isTextual() && count.asText().strip().matches("\\d{1,7}")) {
      return Optional.of(Integer.parseInt(count.asText().strip()));
    }
    return articleBody().map(body -> body.split("\\s+").length);
  }

  /** {@code "isAccessibleForFree": false} or {@code "False"}: the publisher says it is paid. */
  boolean saysNotFree() {
    if (article == null) {
      return false;
    }
    if (isFalse(article.get("isAccessibleForFree"))) {
      return true;
    }
    JsonNode parts = article.get("hasPart");
    for (JsonNode part : parts == null ? List.<JsonNode>of() : asList(parts)) {
      if (isFalse(part.get("isAccessibleForFree"))) {
        return true;
      }
    }
    return false;
  }

  /** The CSS selectors of the parts marked not free: {@code "cssSelector": ".paywall"}. */
  List<String> paidPartSelectors() {
    List<String> selectors = new ArrayList<>();
    JsonNode parts = article == null ? null : article.get("hasPart");
    for (JsonNode part : parts == null ? List.<JsonNode>of() : asList(parts)) {
      if (isFalse(part.get("isAccessibleForFree"))) {
        value(part.get("cssSelector")).ifPresent(selectors::add);
      }
    }
    return selectors;
  }

  private static boolean isFalse(JsonNode node) {
    return node != null && node.isValueNode() && node.asText().strip().equalsIgnoreCase("false");
  }

  private Optional<String> text(String field) {
    return article == null ? Optional.empty() : value(article.get(field));
  }

  private static Optional<String> value(JsonNode node) {
    if (node == null || !node.isValueNode() || node.isNull()) {
      return Optional.empty();
    }
    String text = node.asText().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static List<JsonNode> asList(JsonNode node) {
    List<JsonNode> items = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(items::add);
    } else {
      items.add(node);
    }
    return items.isEmpty() ? List.of(node) : items;
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

  private static boolean hasType(JsonNode node, Set<String> types) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    for (JsonNode t : asList(type)) {
      String name = t.asText();
      if (types.contains(name.substring(name.lastIndexOf('/') + 1))) {
        return true; // "http://schema.org/NewsArticle" too
      }
    }
    return false;
  }
}
