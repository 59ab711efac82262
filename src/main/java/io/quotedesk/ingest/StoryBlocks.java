package io.quotedesk.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the story in a page, readability-style: leaves out what is never story, scores containers
 * by the paragraphs they hold (text length, commas, link density, class names), takes the best one
 * with its like siblings, and returns its paragraphs in order. Every element is counted once
 * ({@link PageCounts}), so the work grows with the page's size, not its depth.
 */
final class StoryBlocks {
  /** Elements whose text scores their parent as a paragraph would. */
  private static final Set<String> SCORED = Set.of("p", "pre", "td", "div", "section", "article");

  /** Scored by all their text; other scored elements by their own text when they hold blocks. */
  private static final Set<String> WHOLE_TEXT = Set.of("p", "pre", "td");

  /** Children that make a div a container rather than a paragraph. */
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
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
          "h6");

  private StoryBlocks() {}

  /** The story's paragraphs, and how much text the whole page shows a reader. */
  record Found(List<String> paragraphs, int pageText) {
    Found {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  static Found find(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return new Found(List.of(), 0);
    }
    PageCounts counts = PageCounts.of(body);
    List<String> paragraphs = RichestBlock.whenRicher(body, counts, paragraphs(body, counts));
    return new Found(paragraphs, counts.get(body).rawText);
  }

  private static List<String> paragraphs(Element body, PageCounts counts) {
    Map<Element, Double> scores = score(body, counts);
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double adjusted = entry.getValue() * (1 - counts.get(entry.getKey()).linkDensity());
      if (adjusted > bestScore) {
        best = entry.getKey();
        bestScore = adjusted;
      }
    }
    if (best == null) {
      return List.of();
    }
    Element densest = best;
    Element story = wider(best, bestScore, scores, counts);
    if (story != best) {
      best = story;
      bestScore = adjusted(best, scores, counts);
    }
    Map<Element, Double> weighed = new IdentityHashMap<>();
    scores.forEach((element, score) -> weighed.put(element, adjusted(element, scores, counts)));
    List<Element> chosen =
        StoryParts.withLikeParts(
            withLikeSiblings(best, bestScore, scores, counts),
            best,
            bestScore,
            weighed,
            counts,
            body);
    return StoryParagraphs.of(chosen, counts, densest);
  }

  private static double adjusted(Element element, Map<Element, Double> scores, PageCounts counts) {
    return scores.getOrDefault(element, 0.0) * (1 - counts.get(element).linkDensity());
  }

  /**
   * A story split into several blocks (steps, a "read more" part) scores each block near the best:
   * their common ancestor is the story. A parent scoring above its best child holds more story.
   */
  private static Element wider(
      Element best, double bestScore, Map<Element, Double> scores, PageCounts counts) {
    // The four runners-up: a bounded queue, not a sort of every scored element.
    PriorityQueue<Map.Entry<Element, Double>> runnersUp =
        new PriorityQueue<>(Map.Entry.comparingByValue());
    for (Element candidate : scores.keySet()) {
      double score = adjusted(candidate, scores, counts);
      if (candidate != best && score >= 0.75 * bestScore) {
        runnersUp.add(Map.entry(candidate, score));
        if (runnersUp.size() > 4) {
          runnersUp.poll();
        }
      }
    }
    List<Element> close = new ArrayList<>();
    runnersUp.forEach(entry -> close.add(entry.getKey()));
    if (close.size() >= 3) {
      for (Element ancestor = best.parent(); isBelowBody(ancestor); ancestor = ancestor.parent()) {
        int inside = 0;
        for (Element candidate : close) {
          inside += candidate.parents().contains(ancestor) ? 1 : 0;
        }
        if (inside >= 3) {
          return ancestor;
        }
      }
    }
    return climb(best, bestScore, scores, counts);
  }

  /** The first ancestor scoring above the one below it, before scores fall under a third. */
  private static Element climb(
      Element best, double bestScore, Map<Element, Double> scores, PageCounts counts) {
    double last = bestScore;
    int lastText = counts.get(best).text;
    for (Element parent = best.parent(); isBelowBody(parent); parent = parent.parent()) {
      if (!scores.containsKey(parent)) {
        continue;
      }
      double parentScore = adjusted(parent, scores, counts);
      if (parentScore < bestScore / 3) {
        break;
      }
      // A wrapper with no more text than the block below it scores above it by its class name
      // alone ("main_color"): it holds no more story.
      int text = counts.get(parent).text;
      if (parentScore > last && text > lastText) {
        return parent;
      }
      last = parentScore;
      lastText = text;
    }
    return best;
  }

  private static boolean isBelowBody(Element element) {
    return element != null && !element.normalName().equals("body");
  }

  /** The best container with those of its siblings that score near it, or are long paragraphs. */
  private static List<Element> withLikeSiblings(
      Element best, double bestScore, Map<Element, Double> scores, PageCounts counts) {
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    List<Element> containers = new ArrayList<>();
    double threshold = Math.max(10, bestScore * 0.2);
    for (Element sibling : counts.keptChildren(parent)) {
      ElementCounts sib = counts.get(sibling);
      double siblingScore = scores.getOrDefault(sibling, 0.0) * (1 - sib.linkDensity());
      boolean isParagraph =
          isOneParagraph(sibling, counts) && sib.text > 80 && sib.linkDensity() < 0.25;
      if (sibling == best
          || siblingScore >= threshold
          || isParagraph
          || isLikeItem(sibling, best, sib)) {
        containers.add(sibling);
      }
    }
    return containers;
  }

  /**
   * A paragraph, or a block holding just one: a {@code <div class=lead>} around the story's first
   * paragraph, above the block of the others. Readability reads such a div as the paragraph it
   * holds.
   */
  private static boolean isOneParagraph(Element element, PageCounts counts) {
    if (element.nameIs("p")) {
      return true;
    }
    if (!element.nameIs("div") && !element.nameIs("section")) {
      return false;
    }
    List<Element> kept = counts.keptChildren(element);
    return kept.size() == 1 && kept.get(0).nameIs("p") && element.ownText().isBlank();
  }

  /**
   * An item of the same list as the best one ("buzz_superlist_item …_image" beside "…_text"): the
   * first class names the kind of block, so an item whose text sits in a heading rather than
   * paragraphs, and scores nothing, is still part of the story.
   */
  private static boolean isLikeItem(Element sibling, Element best, ElementCounts counts) {
    String kind = firstClass(best);
    return !kind.isEmpty()
        && sibling.normalName().equals(best.normalName())
        && firstClass(sibling).equals(kind)
        && counts.text >= 25
        && counts.linkDensity() < 0.5;
  }

  private static String firstClass(Element element) {
    String classes = element.className().strip();
    int space = classes.indexOf(' ');
    return space < 0 ? classes : classes.substring(0, space);
  }

  /**
   * Each paragraph-like element gives points to its parent, and half as many to its grandparent.
   */
  private static Map<Element, Double> score(Element body, PageCounts counts) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            TimeLimit.checkpoint();
            if (!(node instanceof Element element)) {
              return FilterResult.SKIP_CHILDREN;
            }
            if (counts.isLeftOut(element)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (SCORED.contains(element.normalName())) {
              scoreParagraph(element, counts, scores);
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
    return scores;
  }

  private static void scoreParagraph(
      Element paragraph, PageCounts counts, Map<Element, Double> scores) {
    int length;
    int commas;
    ElementCounts own = counts.get(paragraph);
    // A <section> around a <main> holds no block this reader names, yet a story's paragraphs:
    // scored as one paragraph, its commas would outscore the story.
    if (WHOLE_TEXT.contains(paragraph.normalName())
        || (!hasBlockChild(paragraph, counts) && !PageCounts.holdsStoryParagraphs(own))) {
      length = own.text;
      commas = own.commas;
    } else {
      // "text<br><br>text" written straight into a div
      String ownText = paragraph.ownText();
      length = ownText.length();
      commas = (int) ownText.chars().filter(PageCounts::isComma).count();
    }
    if (length < 25) {
      return;
    }
    double points = 2 + commas + Math.min(length / 100.0, 3);
    Element parent = paragraph.parent();
    if (parent == null) {
      return;
    }
    add(scores, parent, points, counts);
    Element grandparent = parent.parent();
    if (grandparent != null) {
      add(scores, grandparent, points / 2, counts);
    }
    // Points fade up three more levels, so a story split into sections still scores its wrapper.
    if (grandparent != null) {
      Element ancestor = grandparent.parent();
      for (int level = 2; level < 5 && ancestor != null; level++, ancestor = ancestor.parent()) {
        add(scores, ancestor, points / (level * 3), counts);
      }
    }
  }

  private static void add(
      Map<Element, Double> scores, Element element, double points, PageCounts counts) {
    Double old = scores.get(element);
    scores.put(element, (old == null ? initialScore(element, counts) : old) + points);
  }

  private static double initialScore(Element element, PageCounts counts) {
    double score =
        switch (element.normalName()) {
          case "article", "main" -> 10;
          case "div" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    String marker = ClassWords.of(element);
    if (ClassWords.LIKELY.matcher(marker).find()) {
      score += 25;
    }
    // A wrapper named like furniture ("read-more") that holds the story's long paragraphs is
    // kept as story (PageCounts), and scored as any wrapper too.
    if (ClassWords.UNLIKELY.matcher(marker).find() && !PageCounts.holdsStory(counts.get(element))) {
      score -= 25;
    }
    return score;
  }

  private static boolean hasBlockChild(Element element, PageCounts counts) {
    for (Element child : element.children()) {
      if (BLOCKS.contains(child.normalName()) && !counts.isLeftOut(child)) {
        return true;
      }
    }
    return false;
  }
}
