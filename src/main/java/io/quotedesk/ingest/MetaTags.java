package io.quotedesk.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A page's {@code <meta>} tags by key: OpenGraph and RDFa {@code property} (several keys in one
 * attribute: {@code property="og:title dc:title"}), then {@code name} with Dublin Core's dots read
 * as colons ({@code name="DC.creator"} is {@code dc:creator}), then microdata {@code itemprop}.
 */
final class MetaTags {
  private final Map<String, List<String>> byProperty = new HashMap<>();
  private final Map<String, List<String>> byName = new HashMap<>();
  private final Map<String, List<String>> byItemprop = new HashMap<>();

  static MetaTags read(Document doc) {
    MetaTags tags = new MetaTags();
    for (Element meta : doc.select("meta[content]")) {
      String content = clean(meta.attr("content"));
      if (content.isEmpty()) {
        continue;
      }
      add(tags.byProperty, meta.attr("property"), content);
      add(tags.byName, meta.attr("name"), content);
      add(tags.byItemprop, meta.attr("itemprop"), content);
    }
    return tags;
  }

  /** The first value under the first of {@code keys} that the page has. */
  Optional<String> first(String... keys) {
    for (String key : keys) {
      List<String> values = all(key);
      if (!values.isEmpty()) {
        return Optional.of(values.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * Every value under {@code key} in the first attribute that has it (property, name, itemprop):
   * two {@code DC.creator} tags give two.
   */
  List<String> all(String key) {
    for (Map<String, List<String>> source : List.of(byProperty, byName, byItemprop)) {
      List<String> values = source.get(key);
      if (values != null) {
        return values;
      }
    }
    return List.of();
  }

  private static void add(Map<String, List<String>> map, String keys, String content) {
    for (String key : keys.strip().split("\\s+")) {
      if (!key.isEmpty()) {
        map.computeIfAbsent(key(key), k -> new ArrayList<>()).add(content);
      }
    }
  }

  private static String key(String raw) {
    return raw.toLowerCase(Locale.ROOT).replace('.', ':');
  }

  /** Some sites escape twice: og:title "Lynn: &#8220;We needed…&#8221;". */
  static String clean(String value) {
    return Whitespace.normalize(Parser.unescapeEntities(value, false));
  }
}
