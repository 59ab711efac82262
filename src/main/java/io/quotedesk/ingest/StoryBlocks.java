package io.quotedesk.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the story in a page, readability-style: strips what is never story, scores containers by
 * the paragraphs they hold (text length, commas, link density, class names), takes the best one
 * with its like siblings, and returns its paragraphs in order.
 */
final class StoryBlocks {
  /** Class and id words of page furniture. */
  private static final Pattern UNLIKELY =
      Pattern.compile(
          "(?i)share|social|related|comment|newsletter|subscri|promo|advert|\\bads?\\b|ad-|sponsor"
              + "|sidebar|footer|\\bnav|menu|breadcrumb|caption|credit|tags?\\b|author-bio|bio\\b"
              + "|recommend|popular|most-read|trending|outbrain|taboola|signup|sign-up|paywall"
              + "|banner|cookie|consent|modal|popup|toolbar|byline|timestamp|dateline|masthead"
              + "|skip|print|widget|teaser|more-stories|read-more|newsletter|disclaimer|rail");

  /** Readers' comments: never story, even inside "comment-content" or a page's <article>s. */
  private static final Pattern COMMENTS =
      Pattern.compile("(?i)\\bcomments?\\b|comments?[-_]|disqus|\\brespond\\b|discussion");

  /** Class and id words of a story container. */
  private static final Pattern LIKELY =
      Pattern.compile("(?i)article|body|content|entry|main|post|story|text|blog|column");

  private static final Pattern BOILERPLATE_LINE =
      Pattern.compile(
          "(?iu)^(advertisement|advert|ad|sponsored|share|share this( article| story)?|read more"
              + "|related( articles| stories)?:?|sign up.*|subscribe.*|follow us.*|click here.*"
              + "|supported by|continue reading.*|listen to (this|the) (article|story).*"
              + "|this article (is|was) .{0,60}|photo:.*|image:.*|credit:.*)$");

  /** Tags that continue a paragraph; every other element starts a new one. */
  private static final java.util.Set<String> INLINE =
      java.util.Set.of(
          "a", "span", "em", "strong", "b", "i", "u", "s", "small", "sup", "sub", "time", "abbr",
          "cite", "q", "mark", "code", "font", "bdi", "bdo", "dfn", "kbd", "var", "wbr", "del",
          "ins", "img", "label");

  private StoryBlocks() {}

  static List<String> of(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    clean(body);
    Map<Element, Double> scores = score(body);
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double adjusted = entry.getValue() * (1 - linkDensity(entry.getKey()));
      if (adjusted > bestScore) {
        best = entry.getKey();
        bestScore = adjusted;
      }
    }
    if (best == null) {
      return List.of();
    }
    List<Element> containers = new ArrayList<>();
    Element parent = best.parent();
    if (parent == null) {
      containers.add(best);
    } else {
      double threshold = Math.max(10, bestScore * 0.2);
      for (Element sibling : parent.children()) {
        double siblingScore = scores.getOrDefault(sibling, 0.0) * (1 - linkDensity(sibling));
        boolean isParagraph =
            sibling.normalName().equals("p")
                && sibling.text().length() > 80
                && linkDensity(sibling) < 0.25;
        if (sibling == best || siblingScore >= threshold || isParagraph) {
          containers.add(sibling);
        }
      }
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element container : containers) {
      collect(container, paragraphs);
    }
    return paragraphs;
  }

  private static void clean(Element body) {
    body.select(
            "script, style, noscript, template, svg, canvas, iframe, button, input, select,"
                + " textarea, figure, figcaption, picture, video, audio, [hidden],"
                + " [aria-hidden=true], dialog")
        .remove();
    // Page structure that is furniture, unless a site wraps the whole story in it (ASP.NET forms).
    for (Element element : body.select("form, nav, footer, aside, header")) {
      if (element.parent() != null && !holdsStory(element)) {
        element.remove();
      }
    }
    for (Element element : new ArrayList<>(body.getAllElements())) {
      if (element == body || element.parent() == null) {
        continue;
      }
      String marker = element.className() + " " + element.id() + " " + element.attr("role");
      if (marker.isBlank()) {
        continue;
      }
      String tag = element.normalName();
      if (COMMENTS.matcher(marker).find()) {
        element.remove();
      } else if (UNLIKELY.matcher(marker).find()
          && !LIKELY.matcher(marker).find()
          && !tag.equals("article")
          && !tag.equals("main")
          && !holdsStory(element)) {
        element.remove();
      }
    }
  }

  /**
   * A wrapper with furniture-like class names ("Page-ad-margins") around the whole story: too much
   * paragraph text to be furniture.
   */
  private static boolean holdsStory(Element element) {
    if (element.selectFirst("article, main") != null) {
      return true;
    }
    int longParagraphs = 0;
    for (Element p : element.getElementsByTag("p")) {
      if (p.text().length() > 150 && ++longParagraphs >= 3) {
        return true;
      }
    }
    return false;
  }

  private static Map<Element, Double> score(Element body) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element paragraph : body.select("p, pre, td, div, section, article")) {
      String text;
      if (paragraph.is("p, pre, td") || !hasBlockChild(paragraph)) {
        text = paragraph.text();
      } else {
        text = paragraph.ownText(); // "text<br><br>text" written straight into a div
      }
      if (text.length() < 25) {
        continue;
      }
      double points = 1 + text.split(",").length + Math.min(text.length() / 100.0, 3);
      Element parent = paragraph.parent();
      if (parent == null) {
        continue;
      }
      add(scores, parent, points);
      Element grandparent = parent.parent();
      if (grandparent != null) {
        add(scores, grandparent, points / 2);
      }
    }
    return scores;
  }

  private static void add(Map<Element, Double> scores, Element element, double points) {
    scores.merge(element, initialScore(element) + points, (old, added) -> old + points);
  }

  private static double initialScore(Element element) {
    double score =
        switch (element.normalName()) {
          case "article", "main" -> 10;
          case "div" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    String marker = element.className() + " " + element.id();
    if (LIKELY.matcher(marker).find()) {
      score += 25;
    }
    if (UNLIKELY.matcher(marker).find()) {
      score -= 25;
    }
    return score;
  }

  private static boolean hasBlockChild(Element element) {
    for (Element child : element.children()) {
      switch (child.normalName()) {
        case "p",
            "div",
            "section",
            "article",
            "ul",
            "ol",
            "table",
            "blockquote",
            "pre",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6" -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  static double linkDensity(Element element) {
    int length = element.text().length();
    if (length == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : element.select("a")) {
      links += a.text().length();
    }
    return (double) links / length;
  }

  /**
   * The paragraphs of a container in document order: block elements and line breaks end a
   * paragraph, inline elements and text continue it.
   */
  private static void collect(Element container, List<String> out) {
    Paragraph paragraph = new Paragraph();
    walk(container, paragraph, out, container.normalName());
    paragraph.flush(out);
  }

  private static void walk(Node node, Paragraph paragraph, List<String> out, String blockTag) {
    if (node instanceof TextNode text) {
      paragraph.text.append(text.getWholeText());
      return;
    }
    if (!(node instanceof Element element)) {
      return;
    }
    String tag = element.normalName();
    if (tag.equals("br")) {
      paragraph.flush(out);
      return;
    }
    boolean block = !INLINE.contains(tag);
    if (block) {
      paragraph.flush(out);
      paragraph.tag = tag;
    }
    int before = paragraph.text.length();
    for (Node child : element.childNodes()) {
      walk(child, paragraph, out, block ? tag : blockTag);
    }
    if (tag.equals("a")) {
      paragraph.linkChars += paragraph.text.length() - before;
    }
    if (block) {
      paragraph.flush(out);
      paragraph.tag = blockTag;
    }
  }

  /** The paragraph being read: its text, how much of it is links, and the block it sits in. */
  private static final class Paragraph {
    final StringBuilder text = new StringBuilder();
    int linkChars;
    String tag = "";

    void flush(List<String> out) {
      String normalized = Whitespace.normalize(text.toString());
      int length = Math.max(1, text.length());
      double linkDensity = (double) linkChars / length;
      text.setLength(0);
      linkChars = 0;
      if (normalized.isEmpty() || BOILERPLATE_LINE.matcher(normalized).matches()) {
        return;
      }
      boolean linkHeavy = linkDensity > 0.5 && normalized.length() < 200;
      boolean linkList = tag.equals("li") && linkDensity > 0.3;
      if (!linkHeavy && !linkList) {
        out.add(normalized);
      }
    }
  }
}
