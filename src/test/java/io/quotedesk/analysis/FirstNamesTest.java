package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.analysis.Lexicon.Gender;
import io.quotedesk.ingest.PlainTextReader;
import org.junit.jupiter.api.Test;

class FirstNamesTest {
  @Test
  void namesBeyondPoliticsCarryTheirUsualGender() {
    assertThat(NameWords.genderOfFirstName("Priyanka")).isEqualTo(Gender.FEMALE);
    assertThat(NameWords.genderOfFirstName("Ngozi")).isEqualTo(Gender.FEMALE);
    assertThat(NameWords.isFirstName("Jordan")).isTrue();
  }

  @Test
  void titlesAndUnknownWordsSignalNoGender() {
    assertThat(NameWords.genderOfFirstName("General")).isEqualTo(Gender.UNKNOWN);
    assertThat(NameWords.isFirstName("General")).isFalse();
    assertThat(NameWords.genderOfFirstName("Qwzxv")).isEqualTo(Gender.UNKNOWN);
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
