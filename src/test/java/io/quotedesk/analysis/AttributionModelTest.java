package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionModelTest {
  private static AttributionModel read(String text) throws IOException {
    return AttributionModel.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "weights.tsv");
  }

  @Test
  void weightsAsTrainWritesThemGiveTheProbability() throws IOException {
    AttributionModel model = read("# a comment\n(bias)\t-1.0\ncue=said\t2.0\n\n");
    assertThat(model.probability(List.of("cue=said", "unseen"))).isCloseTo(0.731, within());
    assertThat(model.probability(List.of())).isCloseTo(0.269, within());
  }

  @Test
  void aDamagedLineFailsWithASentenceNamingTheFileAndLine() {
    assertThatThrownBy(() -> read("(bias)\t-1.0\ncue=said 2.0\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "QuoteDesk's attribution weights (weights.tsv) are damaged at line 2: rebuild QuoteDesk");
    assertThatThrownBy(() -> read("cue=said\ttwo\n")).hasMessageContaining("damaged at line 1");
  }

  @Test
  void theShippedWeightsLoad() {
    assertThat(AttributionModel.shipped().isEmpty()).isFalse();
    assertThat(AttributionModel.shippedRanking().isEmpty()).isFalse();
    assertThat(AttributionModel.shipped()).isSameAs(AttributionModel.shipped());
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.001);
  }
}
