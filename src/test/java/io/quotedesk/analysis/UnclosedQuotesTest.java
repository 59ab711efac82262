package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.ingest.PlainTextReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotes still open at the end of their paragraph, read through the whole analysis. */
class UnclosedQuotesTest {
  private final Analyzer analyzer = new Analyzer();

  private List<String> texts(String text) {
    return analyzer.analyze(new PlainTextReader().read(text)).quotes().stream()
        .map(Quote::text)
        .toList();
  }

  @Test
  void aPullQuoteEndsBeforeTheLineThatCreditsIt() {
    String text =
        "Clerks speak out\n\n\"Nobody reads the fine print on these ballots.\n\n"
            + "Mara Quill, county clerk.\"\n\nThe count resumes Monday.";
    assertThat(texts(text)).containsExactly("Nobody reads the fine print on these ballots.");
  }

  @Test
  void aQuoteBrokenAcrossALineClosesInTheNextParagraph() {
    String text =
        "River plan\n\n\u201CThe river will be clean by the end of\n\n"
            + "2030, and the trout will come back,\u201D Ortiz says.\n\nOthers doubt it.";
    assertThat(texts(text))
        .containsExactly(
            "The river will be clean by the end of\n\n2030, and the trout will come back,");
  }

  @Test
  void aSentenceQuotedWithoutItsClosingMarkEndsWithItsParagraph() {
    String text =
        "Council vote\n\nThe council voted late. \u201CWe are done waiting for the state.\n\n"
            + "The vote was seven to two.";
    assertThat(texts(text)).containsExactly("We are done waiting for the state.");
  }

  @Test
  void aMarkLeftOpenInsideASentenceStillQuotesNothing() {
    String text =
        "Poll\n\nRuiz leads among \u201Cfairly sure voters, while Lee leads among the rest.\n\n"
            + "The poll ran for a week.";
    assertThat(texts(text)).isEmpty();
  }

  @Test
  void aDocumentQuotedInABlockKeepsTheSpeechNestedInIt() {
    String text =
        "Report\n\nThe report reads:\n\n\"The mayor arrived at noon. She called it"
            + " \u201Ca long day.\u201D\n\nThe vote was seven to two.";
    assertThat(texts(text)).containsExactly("a long day.");
  }

  @Test
  void aParagraphThatOpensWithACurlyMarkDoesNotCloseAStraightQuote() {
    String text =
        "Hearing\n\n\"The hearing ran long.\n\n\u201CWe heard enough,\u201D Lee said, \"and left.\"";
    assertThat(texts(text))
        .containsExactly("The hearing ran long.", "We heard enough,", "and left.");
  }
}
