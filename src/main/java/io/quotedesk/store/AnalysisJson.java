package io.quotedesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Fact;
import io.quotedesk.analysis.Mention;
import io.quotedesk.analysis.Person;
import io.quotedesk.analysis.Quote;
import io.quotedesk.analysis.Speaker;
import io.quotedesk.analysis.SummaryLine;
import io.quotedesk.ingest.Article;
import io.quotedesk.ingest.ArticleMetadata;
import io.quotedesk.ingest.TextRange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSON shape of INTERFACE.md, one object per line, and its way back: the archive stores
 * analyses in it (with the headline and furniture ranges the public shape leaves out), and
 * export/import carry it between backends.
 */
public final class AnalysisJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AnalysisJson() {}

  public static String line(String input, Analysis analysis) {
    return write(object(input, analysis));
  }

  /** The analysis as INTERFACE.md shapes it. */
  public static ObjectNode object(String input, Analysis analysis) {
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
    return root;
  }

  public static String error(String input, String message) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("input", input);
    root.put("error", message);
    return write(root);
  }

  public static ObjectNode quote(Quote quote) {
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
      speaker.put("confidence", quote.speaker().get().confidence());
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
  public static String write(ObjectNode node) {
    try {
      return MAPPER
          .writeValueAsString(node)
          .replace("\u2028", "\\u2028")
          .replace("\u2029", "\\u2029");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serializes", e);
    }
  }

  /** The analysis as the archive keeps it: the public shape plus headline and furniture ranges. */
  public static ObjectNode stored(Analysis analysis) {
    ObjectNode root = object(analysis.article().metadata().url().orElse(""), analysis);
    analysis
        .article()
        .headline()
        .ifPresent(h -> root.putArray("headline").add(h.start()).add(h.end()));
    ArrayNode furniture = root.putArray("furniture");
    for (TextRange range : analysis.article().furniture()) {
      furniture.addArray().add(range.start()).add(range.end());
    }
    return root;
  }

  /** Reads back what {@link #stored} wrote. */
  public static Analysis decode(JsonNode root) {
    JsonNode a = root.path("article");
    ArticleMetadata metadata =
        new ArticleMetadata(
            text(a, "title"),
            text(a, "byline"),
            text(a, "published"),
            text(a, "publisher"),
            text(a, "url"),
            text(a, "canonicalUrl"),
            text(a, "language"));
    Optional<TextRange> headline =
        root.has("headline")
            ? Optional.of(
                new TextRange(
                    root.get("headline").get(0).asInt(), root.get("headline").get(1).asInt()))
            : Optional.empty();
    List<TextRange> furniture = new ArrayList<>();
    root.path("furniture")
        .forEach(r -> furniture.add(new TextRange(r.get(0).asInt(), r.get(1).asInt())));
    Article article =
        new Article(a.path("text").asText(), metadata, headline, furniture, text(root, "notice"));
    List<Quote> quotes = new ArrayList<>();
    root.path("quotes").forEach(q -> quotes.add(decodeQuote(q)));
    List<Person> people = new ArrayList<>();
    root.path("people")
        .forEach(
            p ->
                people.add(
                    new Person(
                        p.path("name").asText(),
                        text(p, "role"),
                        text(p, "organisation"),
                        p.path("mentionCount").asInt(),
                        p.path("quoted").asBoolean())));
    List<Fact> facts = new ArrayList<>();
    root.path("facts")
        .forEach(
            f -> {
              JsonNode value = f.get("value");
              Optional<Object> v =
                  value == null || value.isNull()
                      ? Optional.empty()
                      : value.isNumber()
                          ? Optional.of(value.decimalValue())
                          : Optional.of(value.asText());
              facts.add(
                  new Fact(
                      Fact.Kind.valueOf(f.path("kind").asText().toUpperCase(java.util.Locale.ROOT)),
                      f.path("text").asText(),
                      v,
                      text(f, "unit"),
                      text(f, "about"),
                      f.path("start").asInt(),
                      f.path("end").asInt()));
            });
    List<SummaryLine> summary = new ArrayList<>();
    root.path("summary")
        .forEach(
            l ->
                summary.add(
                    new SummaryLine(
                        l.path("text").asText(), l.path("start").asInt(), l.path("end").asInt())));
    return new Analysis(article, quotes, people, facts, summary, text(root, "dek"));
  }

  /** A quote as {@link #quote} wrote it. */
  public static Quote decodeQuote(JsonNode q) {
    JsonNode speaker = q.get("speaker");
    JsonNode mention = q.get("mention");
    return new Quote(
        q.path("text").asText(),
        q.path("start").asInt(),
        q.path("end").asInt(),
        q.path("paragraph").asInt(),
        q.path("partial").asBoolean(),
        q.path("headline").asBoolean(),
        speaker == null || speaker.isNull()
            ? Optional.empty()
            : Optional.of(
                new Speaker(
                    speaker.path("name").asText(),
                    text(speaker, "role"),
                    // Records stored before confidences were shown as plain fact.
                    speaker.path("confidence").asDouble(1.0))),
        mention == null || mention.isNull()
            ? Optional.empty()
            : Optional.of(
                new Mention(
                    mention.path("text").asText(),
                    mention.path("start").asInt(),
                    mention.path("end").asInt())),
        text(q, "cue"));
  }

  /** Parses one JSON line. */
  public static JsonNode parse(String line) throws IOException {
    return MAPPER.readTree(line);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }
}
