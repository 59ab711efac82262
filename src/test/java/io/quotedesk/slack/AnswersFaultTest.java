package io.quotedesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.analysis.Analyzer;
import io.quotedesk.brief.AttributionBands;
import org.junit.jupiter.api.Test;

/** A fault in QuoteDesk itself still ends in a reply: the asker is never left after "Reading…". */
class AnswersFaultTest {
  // No archive: every answer that needs one fails inside QuoteDesk, as a bug would.
  private final Answers broken = new Answers(null, new Analyzer(), AttributionBands.DEFAULT);

  @Test
  void aCommandThatFailsInsideIsAnsweredWithAnApology() {
    Reply reply = broken.answer("summary", "https://news.example/story");
    assertThat(reply.privately()).isTrue();
    assertThat(reply.text()).isEqualTo(Failures.COULD_NOT_ANSWER);
  }

  @Test
  void aShortcutThatFailsInsideIsAnsweredWithAnApology() {
    Reply reply = broken.checkMessage("Draft: \"We will appeal\" \u2014 Ann Lee");
    assertThat(reply.text()).isEqualTo(Failures.COULD_NOT_ANSWER);
  }
}
