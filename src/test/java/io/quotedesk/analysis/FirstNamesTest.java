package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.analysis.Lexicon.Gender;
import io.quotedesk.ingest.PlainTextReader;
import org.junit.jupiter.api.Test;

class FirstNamesTest {
  @Test
  void namesBeyondPoliticsCarryTheirUsualGender() {
    assertThat(Lexicon.genderOfFirstName("Priyanka")).isEqualTo(Gender.FEMALE);
    assertThat(Lexicon.genderOfFirstName("Ngozi")).isEqualTo(Gender.FEMALE);
    assertThat(Lexicon.isFirstName("Jordan")).isTrue();
  }

  @Test
  void titlesAndUnknownWordsSignalNoGender() {
    assertThat(Lexicon.genderOfFirstName("General")).isEqualTo(Gender.UNKNOWN);
    assertThat(Lexicon.isFirstName("General")).isFalse();
    assertThat(Lexicon.genderOfFirstName("Qwzxv")).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void sheFindsTheWomanByAFirstNameFromTheBroadList() {
    String text = "Headline\n\nTom Hale met Priyanka Lal on Monday.\n\n\"It went well,\" she said.";
    assertThat(
            new Analyzer()
                .analyze(new PlainTextReader().read(text))
                .quotes()
                .get(0)
                .speaker()
                .map(Speaker::name))
        .contains("Priyanka Lal");
  }
}
