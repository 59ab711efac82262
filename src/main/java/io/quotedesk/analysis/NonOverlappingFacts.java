package io.quotedesk.analysis;

import io.quotedesk.ingest.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The facts of one article in text order, each figure once: facts never overlap, since a figure
 * inside one already found is part of it ("€355 billion" in "$380 billion (€355 billion)"), and a
 * figure in page furniture is none. Shared by the English and the other languages' scans.
 */
final class NonOverlappingFacts {
  private final Article article;
  private final UnaryOperator<Fact> withAbout;
  private final List<Fact> found = new ArrayList<>();
  private int taken; // where the last fact kept ends: nothing before it starts a new one

  /** {@code withAbout} adds what a kept fact measures, in the language of the article. */
  NonOverlappingFacts(Article article, UnaryOperator<Fact> withAbout) {
    this.article = article;
    this.withAbout = withAbout;
  }

  /**
   * Keeps {@code fact} (null for none) unless it starts inside the last one kept or in furniture,
   * and says where the scan goes on: past the kept fact, else at {@code next}.
   */
  int keep(Fact fact, int next) {
    if (fact == null || fact.start() < taken || article.isFurniture(fact.start())) {
      return next;
    }
    found.add(withAbout.apply(fact));
    taken = fact.end();
    return Math.max(next, fact.end());
  }

  List<Fact> list() {
    return found;
  }
}
