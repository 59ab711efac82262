package io.quotedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandfirstTest {
  @Test
  void aDescriptionOfTheStoryIsItsDek() {
    assertThat(
            Standfirst.of(
                "Facebook collects data about people who have never even opted in.", "Headline"))
        .contains("Facebook collects data about people who have never even opted in.");
  }

  @Test
  void teasersCutOffBlurbsAndTheHeadlineAgainAreNot() {
    assertThat(
            Standfirst.of(
                "Picture a deck of tarot cards. Or the skeleton on horseback for...", "H"))
        .isEmpty();
    assertThat(Standfirst.of("Nicolas Perriault's homepage.", "H")).isEmpty();
    assertThat(
            Standfirst.of(
                "Council approves new bridge over the Wye",
                "Council approves new bridge over the" + " Wye"))
        .isEmpty();
  }
}
