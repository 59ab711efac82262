package io.quotedesk.analysis;

import io.quotedesk.ingest.Article;

/**
 * Turns an article into quotes (and, as the pipeline grows, people, facts and a summary). Pure: no
 * I/O.
 */
public final class Analyzer {
  private final QuoteFinder quoteFinder = new QuoteFinder();

  public Analysis analyze(Article article) {
    Paragraphs paragraphs = Paragraphs.of(article.text());
    Sentences sentences = Sentences.of(article.text(), paragraphs);
    return new Analysis(article, quoteFinder.find(article, paragraphs, sentences));
  }
}
