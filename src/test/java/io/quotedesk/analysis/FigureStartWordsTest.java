package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.analysis.FigureStartWords.Start;
import org.junit.jupiter.api.Test;

class FigureStartWordsTest {
  private static Start startOf(String word) {
    return FigureStartWords.of(word.toCharArray(), word, 0, word.length());
  }

  @Test
  void numberWordsStartANumberInAnyCase() {
    assertThat(startOf("four")).isEqualTo(Start.NUMBER);
    assertThat(startOf("Dozen")).isEqualTo(Start.NUMBER);
    assertThat(startOf("TWENTY")).isEqualTo(Start.NUMBER);
  }

  @Test
  void monthsAndWeekdaysStartADateOnlyCapitalised() {
    assertThat(startOf("May")).isEqualTo(Start.MONTH);
    assertThat(startOf("Sept")).isEqualTo(Start.MONTH);
    assertThat(startOf("Sunday")).isEqualTo(Start.WEEKDAY);
    assertThat(startOf("may")).isEqualTo(Start.NONE); // "they may vote"
    assertThat(startOf("march")).isEqualTo(Start.NONE); // "a march on the capital"
  }

  @Test
  void otherWordsStartNothing() {
    assertThat(startOf("allies")).isEqualTo(Start.NONE);
    assertThat(startOf("Mäy")).isEqualTo(Start.NONE); // not ASCII: looked up, and not listed
    assertThat(startOf("fours")).isEqualTo(Start.NONE);
  }

  @Test
  void aWordEndsAtTheFirstCharacterThatIsNoLetter() {
    assertThat(FigureStartWords.wordEnd("on Wednesday, she".toCharArray(), 3)).isEqualTo(12);
    assertThat(FigureStartWords.wordEnd("four".toCharArray(), 0)).isEqualTo(4);
  }
}
