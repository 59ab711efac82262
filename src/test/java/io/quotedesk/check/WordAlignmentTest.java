package io.quotedesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.check.QuoteCheck.Difference;
import io.quotedesk.check.WordAlignment.Alignment;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordAlignmentTest {
  private static Alignment align(String claim, String record) {
    List<List<String>> segments =
        QuoteChecker.segments(claim).stream().map(WordAlignment::words).toList();
    return WordAlignment.align(segments, WordAlignment.recordWords(record));
  }

  @Test
  void marksTheArticlesParentheticalAndBracketedInsertionsEditorial() {
    assertThat(WordAlignment.recordWords("them (Russia) to [the] end"))
        .containsExactly(
            new WordAlignment.Word("them", false),
            new WordAlignment.Word("russia", true),
            new WordAlignment.Word("to", false),
            new WordAlignment.Word("the", true),
            new WordAlignment.Word("end", false));
  }

  @Test
  void alignsWithTheBestWindowNotTheFirstSharedWords() {
    Alignment a =
        align(
            "I would encourage them to do whatever they want",
            "No I would not protect you. In fact, I would encourage them (Russia) to do whatever"
                + " they want. You gotta pay.");
    assertThat(a.exact()).isTrue();
    assertThat(a.differences()).isEmpty();
  }

  @Test
  void aClaimMayKeepOrDropAnInsertion() {
    String record = "We should not leave (any) room of miscalculation";
    assertThat(align("We should not leave any room of miscalculation", record).exact()).isTrue();
    assertThat(align("We should not leave room of miscalculation", record).exact()).isTrue();
  }

  @Test
  void wordsBetweenTheClaimsSegmentsAreNoChange() {
    Alignment a =
        align(
            "The whole idea of NATO \u2026 we prevent a military attack",
            "The whole idea of NATO is that an attack on one ally will trigger a response. As long"
                + " as we stand behind that message, we prevent a military attack on any ally.");
    assertThat(a.exact()).isTrue();
  }

  @Test
  void listsChangesWithinTheWindowOnly() {
    Alignment a =
        align(
            "We must not undermine NATO's deterrence",
            "Deterrence matters. We should not undermine the credibility of NATO's deterrence, he"
                + " said, and more words follow here.");
    assertThat(a.exact()).isFalse();
    assertThat(a.matched()).isEqualTo(5);
    assertThat(a.differences())
        .containsExactly(
            new Difference("delete", "must"),
            new Difference("insert", "should"),
            new Difference("insert", "the credibility of"));
  }

  @Test
  void wordsChangedAtAnEdgeShowWhatTheRecordSays() {
    String record = "Sure. We've been asking for this since 2019, and more.";
    assertThat(align("We have been asking for this since 2019", record).differences())
        .containsExactly(new Difference("delete", "we have"), new Difference("insert", "we've"));
    assertThat(align("asking for this since 2020", record).differences())
        .containsExactly(new Difference("delete", "2020"), new Difference("insert", "2019"));
    assertThat(align("been asking for this since 2019", record).differences()).isEmpty();
  }

  @Test
  void wordsMissingFromTheRecordAreDeleted() {
    Alignment a = align("bananas rule", "We should not undermine deterrence");
    assertThat(a.matched()).isZero();
    assertThat(a.differences()).containsExactly(new Difference("delete", "bananas rule"));
  }
}
