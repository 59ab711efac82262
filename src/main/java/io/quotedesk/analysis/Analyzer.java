package io.quotedesk.analysis;

import io.quotedesk.ingest.Article;
import java.util.ArrayList;
import java.util.List;

/** Turns an article into quotes with their speakers and the people it names. Pure: no I/O. */
public final class Analyzer {
  private final QuoteFinder quoteFinder = new QuoteFinder();
  private final FactFinder factFinder = new FactFinder();
  private final Summarizer summarizer = new Summarizer();
  private final int summarySentences;

  /** An analyzer with the default summary of 3 sentences. */
  public Analyzer() {
    this(3);
  }

  /**
   * @param summarySentences sentences in a summary, 1 to 5
   */
  public Analyzer(int summarySentences) {
    if (summarySentences < 1 || summarySentences > 5) {
      throw new IllegalArgumentException("summary sentences must be 1 to 5: " + summarySentences);
    }
    this.summarySentences = summarySentences;
  }

  public Analysis analyze(Article article) {
    String text = article.text();
    Paragraphs paragraphs = Paragraphs.of(text);
    // Quote spans first (sentences inside quotes are the speaker's), then the writer's sentences.
    List<Quote> spans = quoteFinder.find(article, paragraphs);
    String masked = Masked.of(text, spans);
    Sentences sentences = Sentences.of(text, masked, paragraphs);
    List<List<Token>> story = new ArrayList<>();
    List<List<Token>> furniture = new ArrayList<>();
    List<Token> all = new ArrayList<>();
    for (int p = 0; p < paragraphs.count(); p++) {
      List<Token> tokens = Token.of(masked, paragraphs.start(p), paragraphs.end(p));
      (article.isFurniture(paragraphs.start(p)) ? furniture : story).add(tokens);
      all.addAll(tokens);
    }
    SpeakerResolver resolver = new SpeakerResolver(text, story, furniture);
    story.forEach(resolver::addAppositionRoles);
    List<Quote> quotes =
        new QuoteAttributor(
                text, masked, paragraphs, sentences, resolver, article.metadata().byline(), all)
            .attribute(spans);
    Summarizer.Result summary = summarizer.summarize(article, sentences, summarySentences);
    return new Analysis(
        article,
        quotes,
        resolver.people(),
        factFinder.find(article),
        summary.lines(),
        summary.dek());
  }
}
