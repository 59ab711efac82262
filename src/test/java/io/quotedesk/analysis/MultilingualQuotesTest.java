package io.quotedesk.analysis;

import static io.quotedesk.analysis.WrittenStories.quotes;
import static io.quotedesk.analysis.WrittenStories.speaker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each language's quotation marks and cues, on sentences written for these tests. */
class MultilingualQuotesTest {
  @Test
  void germanLowAndHighMarksWithTheVerbBeforeItsSubject() {
    List<Quote> quotes =
        quotes("de", "„Wir bleiben bei unserem Kurs“, sagte Bundeskanzler Olaf Scholz in Berlin.");
    assertThat(quotes)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.text()).isEqualTo("Wir bleiben bei unserem Kurs");
              assertThat(speaker(q)).contains("Olaf Scholz");
              assertThat(q.cue()).contains("sagte");
            });
  }

  @Test
  void germanChevronsPointInward() {
    List<Quote> quotes = quotes("de", "»Das ist ein guter Tag«, betonte Annalena Baerbock.");
    assertThat(quotes)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.text()).isEqualTo("Das ist ein guter Tag");
              assertThat(speaker(q)).isEqualTo("Annalena Baerbock");
            });
  }

  @Test
  void germanSubjectAndVerbBeforeAColon() {
    List<Quote> quotes =
        quotes("de", "Die Ministerin Klara Geywitz erklärte: „Wir bauen mehr Wohnungen.“");
    assertThat(quotes).singleElement().satisfies(q -> assertThat(speaker(q)).contains("Geywitz"));
  }

  @Test
  void germanPronounGoesToThePersonNamedBefore() {
    List<Quote> quotes =
        quotes(
            "de",
            "Robert Habeck stellte am Montag den Bericht vor. „Die Zahlen sind ernst“, sagte er.");
    assertThat(quotes)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(speaker(q)).isEqualTo("Robert Habeck");
              assertThat(q.mention().map(Mention::text)).contains("er");
            });
  }

  @Test
  void germanSourceWordsBeforeAndAfterTheName() {
    assertThat(quotes("de", "Laut Olaf Scholz ist der Plan „ein wichtiger Schritt für Europa“."))
        .singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Olaf Scholz"));
    assertThat(quotes("de", "Markus Söder zufolge ist das Ergebnis „eine klare Ansage“."))
        .singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Markus Söder"));
  }

  @Test
  void germanNameWithParticles() {
    assertThat(quotes("de", "„Europa hält zusammen“, sagte Ursula von der Leyen in Brüssel."))
        .singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Ursula von der Leyen"));
  }

  @Test
  void germanDescriptionWithoutANameIsTheSpeakerAsWritten() {
    assertThat(quotes("de", "„Die Lage ist angespannt“, sagte der Sprecher des Ministeriums."))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(speaker(q)).isEqualTo("der Sprecher"); // a description, no name
              assertThat(q.mention().map(Mention::text)).contains("der Sprecher");
            });
  }

  @Test
  void frenchGuillemetsWithThinAndNoBreakSpacesInside() {
    List<Quote> quotes =
        quotes(
            "fr",
            "«\u202FNous tiendrons nos engagements\u202F», a déclaré le Premier ministre"
                + " Gabriel Attal. «\u00A0Rien n’est joué\u00A0», estime Marine Tondelier.");
    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(0).text()).isEqualTo("Nous tiendrons nos engagements");
    assertThat(speaker(quotes.get(0))).contains("Gabriel Attal");
    assertThat(quotes.get(0).cue()).contains("a déclaré");
    assertThat(quotes.get(1).text()).isEqualTo("Rien n’est joué");
    assertThat(speaker(quotes.get(1))).isEqualTo("Marine Tondelier");
  }

  @Test
  void frenchCueInsideTheMarksSplitsTheQuotation() {
    String text =
        "Élisabeth Borne défend la réforme devant les députés. « Cette loi est nécessaire,"
            + " affirme-t-elle. Nous irons jusqu’au bout. »";
    List<Quote> quotes = quotes("fr", text);
    assertThat(quotes)
        .extracting(Quote::text)
        .containsExactly("Cette loi est nécessaire", "Nous irons jusqu’au bout.");
    assertThat(quotes).allSatisfy(q -> assertThat(speaker(q)).isEqualTo("Élisabeth Borne"));
  }

  @Test
  void frenchJoinedPronounAfterTheAuxiliary() {
    List<Quote> quotes =
        quotes(
            "fr", "Charles de Gaulle parle à Londres. « La France n’est pas seule », a-t-il dit.");
    assertThat(quotes)
        .singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Charles de Gaulle"));
  }

  @Test
  void frenchSourceWordOpeningTheSentence() {
    assertThat(quotes("fr", "Selon Jean-Luc Mélenchon, « le gouvernement a perdu la main »."))
        .singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Jean-Luc Mélenchon"));
  }

  @Test
  void namesAndTitlesInGuillemetsAreNoQuotes() {
    assertThat(quotes("fr", "Il a lu «Le Monde» dans le train avant la réunion.")).isEmpty();
    assertThat(quotes("de", "Die Serie «Sturm der Liebe» läuft seit Jahren im Fernsehen."))
        .isEmpty();
  }

  @Test
  void polishLowAndHighMarksWithADash() {
    List<Quote> quotes =
        quotes("pl", "„Nie zmienimy naszego stanowiska” – powiedział premier Donald Tusk.");
    assertThat(quotes)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.text()).isEqualTo("Nie zmienimy naszego stanowiska");
              assertThat(speaker(q)).contains("Donald Tusk");
            });
  }

  @Test
  void spanishGuillemetsAndPastTense() {
    assertThat(quotes("es", "«Vamos a seguir trabajando», dijo el presidente Pedro Sánchez."))
        .singleElement()
        .satisfies(q -> assertThat(speaker(q)).contains("Pedro Sánchez"));
  }

  @Test
  void italianCompoundPast() {
    assertThat(quotes("it", "«Non ci fermeremo», ha detto Giorgia Meloni ai giornalisti."))
        .singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Giorgia Meloni"));
  }

  @Test
  void portugueseNameWithAParticle() {
    assertThat(quotes("pt", "“O Brasil voltou”, disse Luiz Inácio Lula da Silva em Brasília."))
        .singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Luiz Inácio Lula da Silva"));
  }

  @Test
  void englishStoriesKeepTheEnglishRules() {
    assertThat(quotes("en", "“We will rebuild,” said Maria Lopez, the mayor."))
        .singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Maria Lopez"));
  }
}
