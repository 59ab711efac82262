package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.ingest.Article;
import io.quotedesk.ingest.PlainTextReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  /** The sentences of a pasted text, read as the analyzer reads them: quotations masked. */
  private static List<String> sentences(String pasted) {
    Article article = new PlainTextReader().read(pasted);
    String text = article.text();
    Paragraphs paragraphs = Paragraphs.of(text);
    String masked = Masked.of(text, new QuoteFinder().find(article, paragraphs));
    Sentences sentences = Sentences.of(text, masked, paragraphs);
    List<String> found = new ArrayList<>();
    for (int s = 0; s < sentences.count(); s++) {
      found.add(text.substring(sentences.start(s), sentences.end(s)));
    }
    return found;
  }

  @Test
  void titlesAndInitialsDoNotEndASentence() {
    assertThat(sentences("Mr. Smith met Sen. Jane C. Doe in the U.S. Capitol. They spoke."))
        .containsExactly("Mr. Smith met Sen. Jane C. Doe in the U.S. Capitol.", "They spoke.");
  }

  @Test
  void aQuotationNeverSplitsTheWritersSentence() {
    assertThat(sentences("He said, \u201CWe won. They lost.\u201D Then he left."))
        .containsExactly("He said, \u201CWe won. They lost.\u201D", "Then he left.");
  }

  @Test
  void aTextWithoutPeriodsIsCutAtSpacesOutsideQuotations() {
    String clause =
        "the mayor said \u201Cthis plan is fine for everyone,\u201D and a critic replied that ";
    String pasted = clause.repeat(210).strip();
    List<String> found = sentences(pasted);
    assertThat(pasted).hasSizeGreaterThan(15_000);
    assertThat(found).hasSizeGreaterThanOrEqualTo(6);
    assertThat(String.join(" ", found)).isEqualTo(pasted);
    for (String sentence : found) {
      assertThat(sentence.length())
          .isLessThanOrEqualTo(Sentences.LONGEST_SENTENCE + clause.length());
      assertThat(sentence.length()).isLessThan(2_500);
      assertThat(sentence.chars().filter(c -> c == '\u201C').count())
          .as("quotes open and close in one sentence: %s", sentence)
          .isEqualTo(sentence.chars().filter(c -> c == '\u201D').count());
    }
  }
}
