package io.quotedesk.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The other parts of a story cut up by full-width photos, pull quotes or ads: blocks like the best
 * one by their class name, or, where classes say nothing, by the shape of the markup around them.
 */
final class StoryParts {
  private StoryParts() {}

  /** What one paragraph of a few lines scores its container. */
  private static final double MIN_PART_SCORE = 10;

  /** Up to how many levels above the story block the wrapper of all its parts may sit. */
  private static final int MAX_SHAPE_LEVELS = 6;

  /**
   * {@code chosen} with the parts like {@code best}, all in page order. {@code scores} are the
   * blocks' scores already weighed by their links.
   */
  static List<Element> withLikeParts(
      List<Element> chosen,
      Element best,
      double bestScore,
      Map<Element, Double> scores,
      PageCounts counts,
      Element body) {
    Set<Element> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
    wanted.addAll(chosen);
    int before = wanted.size();
    wanted.addAll(likeByClass(best, scores));
    wanted.addAll(likeByShape(best, bestScore, wanted, scores, counts));
    return wanted.size() == before ? chosen : inPageOrder(wanted, counts, body);
  }

  /**
   * Each part sits in a block of the same tag and class as the best one ("post__content",
   * "StoryBodyCompanionColumn"), under wrappers of any depth. The tag and class are evidence
   * enough: every such part holding a paragraph or two (the short one after a photo) is read too.
   */
  private static List<Element> likeByClass(Element best, Map<Element, Double> scores) {
    String className = partClass(best);
    List<Element> parts = new ArrayList<>();
    if (className.isEmpty()) {
      return parts;
    }
    for (Map.Entry<Element, Double> candidate : scores.entrySet()) {
      Element element = candidate.getKey();
      if (element.normalName().equals(best.normalName())
          && partClass(element).equals(className)
          && candidate.getValue() >= MIN_PART_SCORE) {
        parts.add(element);
      }
    }
    return parts;
  }

  /** The class without its numbers: "story-body story-body-2" is a part like "…-1". */
  private static String partClass(Element element) {
    return DIGITS.matcher(element.className()).replaceAll("").trim();
  }

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /**
   * Blocks reached from a near wrapper of the best one by the same tags ({@code
   * <section><div><div>} of paragraphs after each photo): from the nearest wrapper up, the first
   * that holds such blocks gives them all. Without a class to go by, each must hold a paragraph or
   * two (a fifth of the best block's score, or two paragraphs of a long story), few links, and
   * nothing already read; and a single one must come before the best block (an "about us" box after
   * a story has its shape too).
   */
  private static List<Element> likeByShape(
      Element best,
      double bestScore,
      Set<Element> wanted,
      Map<Element, Double> scores,
      PageCounts counts) {
    List<String> shape = new ArrayList<>(); // tags from below the wrapper down to the best block
    Element wrapper = best;
    double least = Math.max(MIN_PART_SCORE, Math.min(bestScore * 0.2, LEAST_SHAPED_PART));
    for (int level = 1; level <= MAX_SHAPE_LEVELS; level++) {
      shape.add(0, wrapper.normalName());
      wrapper = wrapper.parent();
      if (wrapper == null || wrapper.nameIs("body")) {
        break;
      }
      List<Element> parts = new ArrayList<>();
      for (Map.Entry<Element, Double> candidate : scores.entrySet()) {
        Element element = candidate.getKey();
        if (candidate.getValue() >= least
            && !wanted.contains(element)
            && counts.get(element).linkDensity() < 0.25
            && hasShape(element, wrapper, shape)) {
          parts.add(element);
        }
      }
      if (parts.size() >= 2 || (parts.size() == 1 && precedes(parts.get(0), best, wrapper))) {
        return parts;
      }
      if (!parts.isEmpty()) {
        return List.of();
      }
    }
    return List.of();
  }

  /** A block of two paragraphs of a few lines: a part of a long story needs no more. */
  private static final double LEAST_SHAPED_PART = 25;

  /** True when {@code element} sits under {@code wrapper} by the tags of {@code shape}. */
  private static boolean hasShape(Element element, Element wrapper, List<String> shape) {
    Element at = element;
    for (int i = shape.size() - 1; i >= 0; i--) {
      if (at == null || !at.normalName().equals(shape.get(i))) {
        return false;
      }
      at = at.parent();
    }
    return at == wrapper;
  }

  /** True when {@code first}'s branch under {@code wrapper} comes before {@code second}'s. */
  private static boolean precedes(Element first, Element second, Element wrapper) {
    return branch(first, wrapper).elementSiblingIndex()
        < branch(second, wrapper).elementSiblingIndex();
  }

  /** The child of {@code wrapper} that holds {@code element}. */
  private static Element branch(Element element, Element wrapper) {
    Element at = element;
    while (at.parent() != wrapper) {
      at = at.parent();
    }
    return at;
  }

  /** The blocks in page order; one inside another is read with the outer one. */
  private static List<Element> inPageOrder(Set<Element> wanted, PageCounts counts, Element body) {
    List<Element> ordered = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element element) || counts.isLeftOut(element)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (wanted.contains(element)) {
              ordered.add(element);
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
    return ordered;
  }
}
