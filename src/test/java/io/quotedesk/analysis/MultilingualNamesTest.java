package io.quotedesk.analysis;

import static io.quotedesk.analysis.WrittenStories.analysis;
import static io.quotedesk.analysis.WrittenStories.quotes;
import static io.quotedesk.analysis.WrittenStories.speaker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * German and French speakers whose names no first-name list holds, found by grammar instead: the
 * subject of a speech verb without a determiner, an age beside a name, "with" before a name, an
 * incise after the quote with any verb, "wie X verrät", reported speech (Konjunktiv I), genitive
 * names; and common nouns kept as descriptions. On sentences written for these tests.
 */
class MultilingualNamesTest {
  @Test
  void germanUnknownNameAfterASpeechVerbIsAPersonAndAnInciseTakesAnyVerb() {
    List<Quote> quotes =
        quotes(
            "de",
            "Das bestätigte Torvin Aschbrand am Montag. „Wir gehen getrennte Wege“, schrieb der"
                + " 51-Jährige. „Ich bereue nichts“, schob er nach.");
    assertThat(quotes).hasSize(2);
    assertThat(quotes).allSatisfy(q -> assertThat(speaker(q)).isEqualTo("Torvin Aschbrand"));
  }

  @Test
  void germanConjunctionAfterTheQuoteIsNoVerb() {
    List<Quote> quotes = quotes("de", "„Das reicht nicht“, obwohl er lachte.");
    assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker()).isEmpty());
  }

  @Test
  void germanNameWithAnAgeIsAPerson() {
    List<Quote> quotes =
        quotes(
            "de",
            "Neben Petra Lindner spielt Ysoldra Brennecke, 27, die Mira. Gedreht wird im Mai."
                + " „Ich bin aufgeregt“, sagt die Schauspielerin.");
    assertThat(quotes)
        .singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Ysoldra Brennecke"));
  }

  @Test
  void germanWieClauseNamesTheSpeakerBeforeItsVerb() {
    List<Quote> quotes =
        quotes(
            "de",
            "Torvin Aschbrand übernimmt die Rolle. Er spielt einen „schwierigen Typen“, wie"
                + " Aschbrand selbst in einem Interview verrät.");
    assertThat(quotes)
        .singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Torvin Aschbrand"));
  }

  @Test
  void frenchCommeClauseNamesTheSpeakerAfterItsVerb() {
    List<Quote> quotes =
        quotes(
            "fr",
            "La situation est « très difficile », comme nous le raconte Ysaline Quérec, étudiante.");
    assertThat(quotes)
        .singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Ysaline Quérec"));
  }

  @Test
  void germanReportedSpeechGivesTheNextQuoteItsSpeaker() {
    List<Quote> quotes =
        quotes(
            "de",
            "Ein neues Buch\n\nPetra Lindner hat ein Buch geschrieben. Sie habe lange gezögert, es zu"
                + " veröffentlichen. „Es war die richtige Entscheidung.“");
    assertThat(quotes)
        .singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Petra Lindner"));
  }

  @Test
  void germanGenitiveEndsTheName() {
    Analysis analysis =
        analysis(
            "de",
            "Petra Brennecke liest. Petra Brenneckes Roman erscheint im Mai. „Ich bin stolz“,"
                + " sagt sie.");
    assertThat(analysis.people())
        .extracting(Person::name)
        .contains("Petra Brennecke")
        .noneMatch(name -> name.contains("Roman"));
  }

  @Test
  void germanDeterminerAndOneNounIsADescriptionNotAName() {
    // a source leaves its speaker unnamed: the mention stays, no one is named
    List<Quote> quotes = quotes("de", "„Die Zahlen steigen weiter“, ergänzte die Quelle am Abend.");
    assertThat(quotes)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(speaker(q)).isNull();
              assertThat(q.mention()).map(Mention::text).contains("die Quelle");
            });
  }

  @Test
  void germanDescriptionAfterAnUnnamedSpeakerNamesNoOneFurtherBack() {
    List<Quote> quotes =
        quotes(
            "de",
            "Markus Vogt lacht. „Schön“, kommentiert der Reporter vom Lokalradio. „Ich war"
                + " müde“, ruft der Verschlafene.");
    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(1).speaker()).isEmpty();
  }

  @Test
  void frenchPersonMetWithAvecIsWhoSheIs() {
    List<Quote> quotes =
        quotes(
            "fr",
            "« La fac ferme », regrette Julien Morel. Plus loin, on discute avec Quilvie. Elle"
                + " étudie le droit. « Je suis inquiète », soupire-t-elle.");
    assertThat(quotes).hasSize(2);
    assertThat(speaker(quotes.get(1))).isEqualTo("Quilvie");
  }

  @Test
  void frenchInciseWithAVerbNoListHolds() {
    List<Quote> quotes = quotes("fr", "« C’est fini », lâche Ysaline Quérec.");
    assertThat(quotes)
        .singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Ysaline Quérec"));
  }
}
