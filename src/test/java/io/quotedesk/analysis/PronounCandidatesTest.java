package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.ingest.PlainTextReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The people a speaking "he" could mean, and the ranking model's choice among them. */
class PronounCandidatesTest {
  private static final String STORY =
      """
      Bridge plan splits the council

      "We will rebuild the bridge," Tom Hale said on Monday.

      Mary Cole and Bob Ruiz met voters in the evening.

      "The roads come first," he added.
      """;

  private static Analyzer.Evidence evidence(AttributionModel ranking) {
    return new Analyzer(3, 0.0, AttributionModel.shipped(), ranking)
        .evidence(new PlainTextReader().read(STORY));
  }

  private static Quote added(Analyzer.Evidence evidence) {
    return evidence.quotes().stream()
        .filter(q -> q.text().startsWith("The roads"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void listsTheMenNamedWithinReachTheRulesChoiceFirst() {
    Analyzer.Evidence rules = evidence(AttributionModel.none());
    Quote quote = added(rules);
    List<SpeakerCandidate> candidates = rules.candidates().get(rules.quotes().indexOf(quote));

    assertThat(candidates).extracting(c -> c.speaker().name()).containsOnly("Bob Ruiz", "Tom Hale");
    // With no weights the rules' choice stands, and it comes first.
    assertThat(candidates.get(0).speaker().name()).isEqualTo(quote.speaker().orElseThrow().name());
    assertThat(candidates.get(0).features()).contains("rules=true");
    // Shapes and relations, never a name or a gender.
    for (SpeakerCandidate candidate : candidates) {
      assertThat(candidate.features())
          .noneMatch(f -> f.contains("Hale") || f.contains("Ruiz") || f.contains("Cole"))
          .noneMatch(f -> f.contains("MALE"));
    }
  }

  @Test
  void theRankingModelChoosesAndTheMentionStays() {
    Map<String, Double> trustTheLastSpeaker = Map.of("last-speaker=true", 3.0);
    Quote lastSpeaker = added(evidence(new AttributionModel(trustTheLastSpeaker)));
    Quote newest = added(evidence(new AttributionModel(Map.of("recency=0", 3.0))));

    assertThat(lastSpeaker.speaker().orElseThrow().name()).isEqualTo("Tom Hale");
    assertThat(newest.speaker().orElseThrow().name()).isEqualTo("Bob Ruiz");
    assertThat(lastSpeaker.mention().orElseThrow().text()).isEqualTo("he");
    assertThat(lastSpeaker.cue()).contains("added");
  }

  @Test
  void aNamedSpeakerHasNoCandidates() {
    Analyzer.Evidence rules = evidence(AttributionModel.none());
    Quote named =
        rules.quotes().stream().filter(q -> q.text().startsWith("We will")).findFirst().get();
    assertThat(rules.candidates().get(rules.quotes().indexOf(named))).isNull();
  }
}
