package io.quotedesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Fact;
import io.quotedesk.analysis.Person;
import io.quotedesk.analysis.Quote;
import io.quotedesk.analysis.SummaryLine;
import io.quotedesk.ingest.ArticleMetadata;
import java.util.Optional;

/** The JSON shape of INTERFACE.md: one object per SOURCE, one line each. */
final class AnalysisJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AnalysisJson() {}

  static String line(String input, Analysis analysis) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("input", input);
    root.set("article", article(analysis));
    put(root, "dek", analysis.dek());
    ArrayNode summary = root.putArray("summary");
    for (SummaryLine line : analysis.summary()) {
      ObjectNode node = summary.addObject();
      node.put("text", line.text());
      node.put("start", line.start());
      node.put("end", line.end());
    }
    ArrayNode quotes = root.putArray("quotes");
    analysis.quotes().forEach(q -> quotes.add(quote(q)));
    ArrayNode people = root.putArray("people");
    for (Person person : analysis.people()) {
      ObjectNode node = people.addObject();
      node.put("name", person.name());
      put(node, "role", person.role());
      put(node, "organisation", person.organisation());
      node.put("mentionCount", person.mentionCount());
      node.put("quoted", person.quoted());
    }
    ArrayNode facts = root.putArray("facts");
    for (Fact fact : analysis.facts()) {
      ObjectNode node = facts.addObject();
      node.put("kind", fact.kind().json());
      node.put("text", fact.text());
      Object value = fact.value().orElse(null);
      if (value instanceof java.math.BigDecimal number) {
        putNumber(node, number);
      } else if (value != null) {
        node.put("value", value.toString());
      } else {
        node.putNull("value");
      }
      put(node, "unit", fact.unit());
      put(node, "about", fact.about());
      node.put("start", fact.start());
      node.put("end", fact.end());
    }
    analysis.article().notice().ifPresent(notice -> root.put("notice", notice));
    return write(root);
  }

  static String error(String input, String message) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("input", input);
    root.put("error", message);
    return write(root);
  }

  static ObjectNode quote(Quote quote) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("text", quote.text());
    node.put("start", quote.start());
    node.put("end", quote.end());
    node.put("paragraph", quote.paragraph());
    node.put("partial", quote.partial());
    node.put("headline", quote.headline());
    if (quote.speaker().isPresent()) {
      ObjectNode speaker = node.putObject("speaker");
      speaker.put("name", quote.speaker().get().name());
      put(speaker, "role", quote.speaker().get().role());
    } else {
      node.putNull("speaker");
    }
    if (quote.mention().isPresent()) {
      ObjectNode mention = node.putObject("mention");
      mention.put("text", quote.mention().get().text());
      mention.put("start", quote.mention().get().start());
      mention.put("end", quote.mention().get().end());
    } else {
      node.putNull("mention");
    }
    put(node, "cue", quote.cue());
    return node;
  }

  private static ObjectNode article(Analysis analysis) {
    ArticleMetadata meta = analysis.article().metadata();
    ObjectNode article = MAPPER.createObjectNode();
    put(article, "title", meta.title());
    put(article, "byline", meta.byline());
    put(article, "published", meta.published());
    put(article, "publisher", meta.publisher());
    put(article, "url", meta.url());
    put(article, "canonicalUrl", meta.canonicalUrl());
    put(article, "language", meta.language());
    article.put("text", analysis.article().text());
    return article;
  }

  /** Whole numbers as integers (380000000000, not 3.8E+11), others as decimals. */
  private static void putNumber(ObjectNode node, java.math.BigDecimal number) {
    java.math.BigDecimal plain = number.stripTrailingZeros();
    if (plain.scale() <= 0 && plain.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
      node.put("value", plain.longValueExact());
    } else {
      node.put("value", plain.doubleValue());
    }
  }

  private static void put(ObjectNode node, String field, Optional<String> value) {
    if (value.isPresent()) {
      node.put(field, value.get());
    } else {
      node.putNull(field);
    }
  }

  /**
   * One line of JSON. U+2028 and U+2029 are legal in JSON strings but end lines for JavaScript and
   * many line readers, so they are escaped; they can only occur inside strings.
   */
  static String write(ObjectNode node) {
    try {
      return MAPPER
          .writeValueAsString(node)
          .replace("\u2028", "\\u2028")
          .replace("\u2029", "\\u2029");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serializes", e);
    }
  }
}
