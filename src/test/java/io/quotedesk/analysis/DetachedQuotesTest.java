package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class DetachedQuotesTest {
  private static BitSet closing(String text) {
    return DetachedQuotes.closingStraightMarks(text, 0, text.length());
  }

  @Test
  void aMarkStandingAloneClosesOnlyAnOpenQuotation() {
    String text = "read: ' stop now. ' another said: ' go. '";
    BitSet closing = closing(text);
    assertThat(closing.get(text.indexOf("' stop"))).isFalse();
    assertThat(closing.get(text.indexOf("' another"))).isTrue();
    assertThat(closing.get(text.indexOf("' go"))).isFalse();
    assertThat(closing.get(text.lastIndexOf('\''))).isTrue();
  }

  @Test
  void apostrophesAndPossessivesLeaveTheCountAlone() {
    String text = "the players' union didn't say ' no. ' then";
    BitSet closing = closing(text);
    assertThat(closing.get(text.indexOf("' union"))).isFalse();
    assertThat(closing.get(text.indexOf("' no"))).isFalse();
    assertThat(closing.get(text.indexOf("' then"))).isTrue();
  }

  @Test
  void aMarkAfterAWordClosesWhatAMarkBeforeAWordOpened() {
    String text = "as 'idiots ' and \"fools\" again";
    BitSet closing = closing(text);
    assertThat(closing.get(text.indexOf("' and"))).isTrue();
    assertThat(closing.get(text.indexOf("\" again"))).isTrue();
    assertThat(closing.get(text.indexOf("\"fools"))).isFalse();
  }

  @Test
  void curlyClosersStandingAloneCloseWhateverCameBefore() {
    String text = "let down. \u2019 the neighbour";
    int mark = text.indexOf('\u2019');
    assertThat(DetachedQuotes.closesAlone(text, mark, text.length(), closing(text))).isTrue();
    String word = "the players\u2019 union";
    assertThat(
            DetachedQuotes.closesAlone(word, word.indexOf('\u2019'), word.length(), new BitSet()))
        .isFalse(); // a possessive, not standing alone
  }
}
