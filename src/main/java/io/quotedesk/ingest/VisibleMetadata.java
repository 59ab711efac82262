package io.quotedesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;

/**
 * What a page shows about its story in microdata ({@code itemprop}) and plain markup: {@code
 * rel=author} links, {@code .byline}s, {@code <time datetime>}. Bylines in comments, related
 * stories and sidebars belong to other stories and are passed over.
 */
final class VisibleMetadata {
  /** Longer than this, an element is a container or a bio, not a byline. */
  private static final int MAX_BYLINE_CHARS = 100;

  /** At most this many candidates are read: a page of a thousand author links is no byline. */
  private static final int MAX_CANDIDATES = 60;

  // jsoup matches [class~=re] with find(): no ".*" around it, which cost a scan per element.
  private static final String BYLINE_CLASS = "(?i)(byline|author|writtenby|p-author|dateline)";
  private static final Pattern ELSEWHERE =
      Pattern.compile(
          "(?i)comment|repl(y|ies)|respond|related|sidebar|widget|footer|recommend|promo|teaser"
              + "|newsletter|\\bnav|menu|share|follow|popular|trending|outbrain|taboola|"
              + "author-?bio|about-?the-?author|more-from");

  private final Element root;

  VisibleMetadata(Element root) {
    this.root = root;
  }

  /** Byline texts, the most specific markup first: microdata names, author links, bylines. */
  List<String> bylines() {
    List<String> texts = new ArrayList<>();
    Elements authors = withItemprop(root, "author");
    for (Element author : authors) {
      add(texts, withItemprop(author, "name"));
    }
    add(texts, root.select("a[rel~=(?i)^author$]"));
    add(texts, authors);
    add(texts, root.select("[class~=" + BYLINE_CLASS + "], [id~=" + BYLINE_CLASS + "]"));
    return texts;
  }

  /** "2024-02-14T09:30:00Z" from {@code itemprop=datePublished} or the first story {@code time}. */
  List<String> dates() {
    List<String> dates = new ArrayList<>();
    for (Element element : withItemprop(root, "datePublished")) {
      dates.add(firstNonBlank(element.attr("content"), element.attr("datetime")));
    }
    for (Element time : root.select("time[datetime]")) {
      if (!isElsewhere(time)) {
        dates.add(time.attr("datetime"));
        break;
      }
    }
    return dates;
  }

  /** The headline marked in microdata: {@code <h1 itemprop="headline">}. */
  Optional<String> headline() {
    Elements headlines = withItemprop(root, "headline");
    Element element = headlines.isEmpty() ? null : headlines.first();
    if (element == null || element.nameIs("meta") || isElsewhere(element)) {
      return Optional.empty();
    }
    String text = shortText(element, 300);
    return text.isEmpty() || text.length() >= 300 ? Optional.empty() : Optional.of(text);
  }

  /** The story's standfirst as marked up: {@code <p class="dek">}, {@code .standfirst}. */
  Optional<String> standfirst() {
    Element element =
        root.selectFirst(
            ".dek, .standfirst, .subheadline, .sub-headline, .article-summary, .article__dek");
    return element == null ? Optional.empty() : Optional.of(shortText(element, 600));
  }

  /** Elements with {@code name} among their item properties: {@code itemprop="author creator"}. */
  private static Elements withItemprop(Element scope, String name) {
    Elements found = new Elements();
    for (Element element : scope.select("[itemprop]")) {
      for (String property : element.attr("itemprop").strip().split("\\s+")) {
        if (property.equalsIgnoreCase(name)) {
          found.add(element);
          break;
        }
      }
    }
    return found;
  }

  private void add(List<String> texts, Elements elements) {
    for (Element element : elements) {
      if (texts.size() >= MAX_CANDIDATES) {
        return;
      }
      if (element.nameIs("meta")
          || element.nameIs("link")
          || element.nameIs("body")
          || isElsewhere(element)) {
        continue;
      }
      String text = firstNonBlank(element.attr("content"), shortText(element, MAX_BYLINE_CHARS));
      if (!text.isEmpty() && text.length() < MAX_BYLINE_CHARS) {
        texts.add(text);
      }
    }
  }

  /** True inside comments, related stories, sidebars and footers, or when hidden. */
  private static boolean isElsewhere(Element element) {
    // The body's classes describe the page ("sidebar-primary" on WordPress), not a region of it.
    for (Element e = element; e != null && !e.nameIs("body"); e = e.parent()) {
      String marks = e.className() + " " + e.id();
      if (ELSEWHERE.matcher(marks).find()
          || e.hasAttr("hidden")
          || e.attr("style").replace(" ", "").contains("display:none")) {
        return true;
      }
    }
    return false;
  }

  /** The element's text up to {@code limit} characters: no long walk over a large container. */
  static String shortText(Element element, int limit) {
    StringBuilder text = new StringBuilder();
    element.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
              text.append(textNode.getWholeText());
            } else if (node instanceof Element e
                && (e.nameIs("script") || e.nameIs("style") || e.nameIs("svg"))) {
              return FilterResult.SKIP_ENTIRELY;
            } else if (node instanceof Element e && e.isBlock()) {
              text.append(' ');
            }
            return text.length() > limit * 4 ? FilterResult.STOP : FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        });
    String normalized = Whitespace.normalize(text.toString());
    return normalized.length() > limit ? normalized.substring(0, limit) : normalized;
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return Whitespace.normalize(value);
      }
    }
    return "";
  }
}
