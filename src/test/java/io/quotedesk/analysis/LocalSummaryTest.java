package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Summaries of stories in German, French, Polish, Spanish, Italian and Portuguese. */
class LocalSummaryTest {
  static List<String> summary(String language, String text, int sentences) {
    return new Analyzer(sentences, Analyzer.DEFAULT_MIN_CONFIDENCE)
        .analyze(WrittenStories.article(language, text)).summary().stream()
            .map(SummaryLine::text)
            .toList();
  }

  static final String DE =
      "Das ist für die meisten von uns und für die anderen in der Stadt und auf dem Land nicht"
          + " neu, und es ist auch nicht das Ende. Die Lokführer der Bahn streiken ab Montag für"
          + " höhere Löhne. Der Streik der Lokführer trifft die Pendler und die Kunden der Bahn."
          + " Die Gewerkschaft der Lokführer will den Streik bei der Bahn bis Freitag fortsetzen."
          + " Die Bahn nennt den Streik der Lokführer unverhältnismäßig und will vor Gericht"
          + " ziehen. Schon im März hatten die Lokführer die Bahn bestreikt. Die Bahn bot den"
          + " Lokführern damals mehr Lohn an. Für die Lokführer war das zu wenig. Montag beginnt"
          + " der dritte Streik der Lokführer bei der Bahn in diesem Jahr.";

  static final String LEANING =
      "Die Lokführer der Bahn streiken ab Montag für höhere Löhne. Im Zoo war es ruhig."
          + " Aber er sagte, der Streik der"
          + " Lokführer bei der Bahn sei ein Fehler der Gewerkschaft. Schon im März hatten die"
          + " Lokführer die Bahn bestreikt. Die Bahn bot den Lokführern damals mehr Lohn an. Für"
          + " die Gewerkschaft war das zu wenig. Montag beginnt der dritte Streik der Lokführer"
          + " bei der Bahn. Die Gewerkschaft nennt den Streik einen Erfolg.";

  @Test
  void germanFunctionWordsDoNotMakeASentenceCentral() {
    // Read with English stop words, "die", "der", "und" count as content and the first sentence,
    // which says nothing, leads the summary.
    assertThat(summary("de", DE, 1))
        .containsExactly("Die Lokführer der Bahn streiken ab Montag für höhere Löhne.");
  }

  @Test
  void aGermanSentenceLeaningOnALeftOutOneIsSkipped() {
    assertThat(summary("de", LEANING, 2)).noneMatch(line -> line.startsWith("Aber"));
  }

  @Test
  void eachLanguageLeavesOutItsFunctionWordsAndSpeechVerbs() {
    Map<String, List<String>> expected =
        Map.of(
            "de", List.of("der", "die", "und", "für", "sagte"),
            "fr", List.of("le", "la", "de", "et", "déclaré"),
            "pl", List.of("się", "że", "nie", "jest", "powiedział"),
            "es", List.of("el", "la", "de", "que", "dijo"),
            "it", List.of("il", "di", "che", "è", "detto"),
            "pt", List.of("o", "de", "que", "não", "disse"));
    expected.forEach(
        (language, words) ->
            assertThat(SummaryWords.of(Optional.of(language)).stopWords())
                .as(language)
                .containsAll(words)
                .doesNotContain("bahn", "streik"));
    assertThat(SummaryWords.of(Optional.of("en"))).isSameAs(SummaryWords.ENGLISH);
    assertThat(SummaryWords.of(Optional.of("nl"))).isSameAs(SummaryWords.ENGLISH);
  }

  @Test
  void wordsKeepTheirAccentedLettersBeyondEnglish() {
    String text = "Für die Lokführer gilt: się już écrit.";
    assertThat(StoryWords.words(text, 0, text.length(), true))
        .containsExactly("für", "die", "lokführer", "gilt", "się", "już", "écrit");
    assertThat(StoryWords.words(text, 0, text.length(), false)).contains("lokf", "hrer");
  }
}
