package io.quotedesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.check.QuoteCheck.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimParserTest {
  @Test
  void parsesDashesAndCurlyOrStraightQuotes() {
    for (String input :
        List.of(
            "\u201Cdumb\u201D \u2014 Trump",
            "\"dumb\" \u2013 Trump",
            "\"dumb\" -- Trump",
            "\"dumb\"--Trump",
            "dumb -- Trump",
            "dumb \u2014 Trump")) {
      Claim claim = ClaimParser.parse(input);
      assertThat(claim.text()).as(input).isEqualTo("dumb");
      assertThat(claim.speaker()).as(input).contains("Trump");
    }
  }

  @Test
  void aNameAloneIsNoWordsToCheck() {
    for (String input : List.of("\u2014 Ostrander", " \u2013 Ostrander ", "-- Ostrander")) {
      Claim claim = ClaimParser.parse(input);
      assertThat(claim.hasWords()).as(input).isFalse();
      assertThat(claim.speaker()).as(input).contains("Ostrander");
    }
  }

  @Test
  void keepsTheNameExactlyAsTyped() {
    Claim claim = ClaimParser.parse("\u201Cprevent war\u201D \u2014 jens Stoltenberg, NATO chief");
    assertThat(claim.text()).isEqualTo("prevent war");
    assertThat(claim.speaker()).contains("jens Stoltenberg, NATO chief");
  }

  @Test
  void wordsWithoutADashAreTheWholeClaim() {
    assertThat(ClaimParser.parse("We must act now"))
        .isEqualTo(new Claim("We must act now", none()));
    assertThat(ClaimParser.parse("\u201CWe must act now\u201D"))
        .isEqualTo(new Claim("We must act now", none()));
    // A dash inside the quotation marks is part of the words.
    assertThat(ClaimParser.parse("\"war -- or peace\""))
        .isEqualTo(new Claim("war -- or peace", none()));
  }

  @Test
  void aNameAfterTheQuoteInRunningText() {
    assertThat(ClaimParser.parse("\u201Cprevent war,\u201D Stoltenberg said").speaker())
        .contains("Stoltenberg");
  }

  @Test
  void findsEveryQuotationInAMessage() {
    List<Claim> claims =
        ClaimParser.claimsIn(
            "Draft: \u201CWe must not undermine NATO's deterrence,\u201D Stoltenberg said, while Trump called it \"dumb\".");
    assertThat(claims)
        .extracting(Claim::text)
        .containsExactly("We must not undermine NATO's deterrence,", "dumb");
    assertThat(claims.get(0).speaker()).contains("Stoltenberg");
  }

  private static java.util.Optional<String> none() {
    return java.util.Optional.empty();
  }
}
