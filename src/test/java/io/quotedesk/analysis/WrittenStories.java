package io.quotedesk.analysis;

import io.quotedesk.ingest.Article;
import io.quotedesk.ingest.ArticleMetadata;
import java.util.List;
import java.util.Optional;

/** Stories written for the tests in one language, analysed by the rules alone. */
final class WrittenStories {
  /** The rules' own choice: no speaker withheld for want of confidence. */
  static final Analyzer RULES_ALONE = new Analyzer(3, 0.0);

  private WrittenStories() {}

  /** A story in {@code language} (ISO 639-1) with no metadata beyond it. */
  static Article article(String language, String text) {
    return new Article(
        text,
        ArticleMetadata.EMPTY.withLanguage(language),
        Optional.empty(),
        List.of(),
        Optional.empty());
  }

  static Analysis analysis(String language, String text) {
    return RULES_ALONE.analyze(article(language, text));
  }

  static List<Quote> quotes(String language, String text) {
    return analysis(language, text).quotes();
  }

  /** The quote's speaker's name, or null when none is named. */
  static String speaker(Quote quote) {
    return quote.speaker().map(Speaker::name).orElse(null);
  }
}
