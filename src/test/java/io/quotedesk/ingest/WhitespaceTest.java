package io.quotedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhitespaceTest {
  @Test
  void skipPassesPastedSpacesAndStopsAtTheEndGiven() {
    String text = "a \u00A0\u202F\tb  ";
    assertThat(Whitespace.skip(text, 1, text.length())).isEqualTo(5);
    assertThat(Whitespace.skip(text, 0, text.length())).isZero();
    assertThat(Whitespace.skip(text, 1, 3)).isEqualTo(3);
    assertThat(Whitespace.skip(text, 6, text.length())).isEqualTo(text.length());
  }

  @Test
  void stripRemovesNonBreakingSpacesAtBothEnds() {
    assertThat(Whitespace.strip("\u00A0 Mayor quits\u202F\n")).isEqualTo("Mayor quits");
  }
}
