package io.quotedesk.analysis;

import io.quotedesk.ingest.PlainTextReader;
import java.util.List;

/**
 * Made-up sentences through the rules' own choice of speaker: no speaker withheld for want of
 * confidence, so a test sees what the cue rules read.
 */
final class RulesOnly {
  private static final Analyzer ANALYZER = new Analyzer(3, 0.0);

  private RulesOnly() {}

  /** The quotes of {@code body}, under a headline line as an article has one. */
  static List<Quote> quotes(String body) {
    return ANALYZER.analyze(new PlainTextReader().read("Headline\n\n" + body)).quotes();
  }

  /** The name of the speaker of the {@code index}-th quote of {@code body}, or null. */
  static String speaker(String body, int index) {
    return quotes(body).get(index).speaker().map(Speaker::name).orElse(null);
  }
}
