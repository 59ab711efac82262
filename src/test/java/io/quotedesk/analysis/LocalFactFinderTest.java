package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.ingest.Article;
import io.quotedesk.ingest.ArticleMetadata;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Figures as German, French, Polish, Spanish, Italian and Portuguese stories write them. */
class LocalFactFinderTest {
  /** A Thursday: "on Wednesday" is the day before. */
  private static final String THURSDAY = "2024-03-07T10:00:00+01:00";

  private static List<Fact> facts(String language, String text) {
    ArticleMetadata metadata = ArticleMetadata.EMPTY.withLanguage(language).withPublished(THURSDAY);
    List<Fact> facts =
        new FactFinder()
            .find(new Article(text, metadata, Optional.empty(), List.of(), Optional.empty()));
    for (Fact fact : facts) { // traceable: every fact is the story's text at its span
      assertThat(text.substring(fact.start(), fact.end())).isEqualTo(fact.text());
    }
    return facts;
  }

  /** The one fact of {@code kind} in the text, which must read exactly {@code written}. */
  private static Fact only(String language, String text, Fact.Kind kind, String written) {
    List<Fact> ofKind = facts(language, text).stream().filter(f -> f.kind() == kind).toList();
    assertThat(ofKind).extracting(Fact::text).containsExactly(written);
    return ofKind.get(0);
  }

  private static void money(String lang, String text, String written, String value, String iso) {
    Fact money = only(lang, text, Fact.Kind.MONEY, written);
    assertThat((BigDecimal) money.value().orElseThrow()).isEqualByComparingTo(value);
    assertThat(money.unit()).contains(iso);
  }

  private static void percent(String lang, String text, String written, String value) {
    assertThat((BigDecimal) only(lang, text, Fact.Kind.PERCENT, written).value().orElseThrow())
        .isEqualByComparingTo(value);
  }

  private static void date(String lang, String text, String written, String iso) {
    assertThat(only(lang, text, Fact.Kind.DATE, written).value()).contains(iso);
  }

  @Nested
  class German {
    @Test
    void billionsWithTheDecimalComma() {
      money("de", "Der Bund gibt 3,5 Mrd. Euro für die Bahn aus.", "3,5 Mrd. Euro", "3.5E9", "EUR");
      money("de", "Es fehlen 2,7 Milliarden Euro im Etat.", "2,7 Milliarden Euro", "2.7E9", "EUR");
    }

    @Test
    void pointsGroupThousands() {
      money("de", "Das Defizit lag bei 1.234,5 Mio. €.", "1.234,5 Mio. €", "1.2345E9", "EUR");
      money("de", "Ein Ticket kostet 1.234 Euro.", "1.234 Euro", "1234", "EUR");
    }

    @Test
    void swissFrancsBeforeAndAfterTheAmount() {
      money("de", "Die Stadt zahlt CHF 1,5 Mio. dafür.", "CHF 1,5 Mio.", "1.5E6", "CHF");
      money("de", "Der Eintritt kostet Fr. 200 pro Person.", "Fr. 200", "200", "CHF");
      money("de", "Er verdient 1'500 Franken im Monat.", "1'500 Franken", "1500", "CHF");
    }

    @Test
    void millionsWithoutACurrencyAreANumber() {
      Fact number =
          only(
              "de",
              "Rund 2,7 Millionen Menschen sind betroffen.",
              Fact.Kind.NUMBER,
              "2,7 Millionen");
      assertThat((BigDecimal) number.value().orElseThrow()).isEqualByComparingTo("2.7E6");
    }

    @Test
    void percentInWordsAndSign() {
      percent("de", "Die Inflation stieg auf 3,5 Prozent.", "3,5 Prozent", "3.5");
      percent("de", "Die Partei kam auf 12,4 %.", "12,4 %", "12.4");
    }

    @Test
    void datesWithMonthNamesAndInFigures() {
      date("de", "Die Wahl findet am 3. März 2024 statt.", "3. März 2024", "2024-03-03");
      date("de", "Bis zum 12.03.2024 gilt die Frist.", "12.03.2024", "2024-03-12");
      date("de", "Seit dem 1. Jan. gilt das Gesetz.", "1. Jan.", "2024-01-01");
    }

    @Test
    void weekdaysResolvedAgainstThePublicationDate() {
      date("de", "Das Kabinett beschloss am Mittwoch das Paket.", "am Mittwoch", "2024-03-06");
      date("de", "Am kommenden Montag wird gewählt.", "Am kommenden Montag", "2024-03-11");
      date("de", "Am vergangenen Donnerstag sprach er.", "Am vergangenen Donnerstag", "2024-02-29");
    }

    @Test
    void durationsButNotAges() {
      Fact duration = only("de", "Sie regierte 16 Jahre lang.", Fact.Kind.DURATION, "16 Jahre");
      assertThat(duration.unit()).contains("years");
      assertThat(facts("de", "Der 46 Jahre alte Minister trat zurück."))
          .extracting(Fact::kind)
          .doesNotContain(Fact.Kind.DURATION);
    }

    @Test
    void yearsWithTheWordsThatPlaceThem() {
      date("de", "Das Werk schließt Ende 2025 endgültig.", "Ende 2025", "2025");
    }
  }

  @Nested
  class French {
    @Test
    void millionsAndBillionsOfEuros() {
      money("fr", "L'État versera 12 millions d'euros.", "12 millions d'euros", "1.2E7", "EUR");
      money(
          "fr",
          "Le plan coûte 1,2 milliard de dollars.",
          "1,2 milliard de dollars",
          "1.2E9",
          "USD");
    }

    @Test
    void spacesGroupThousands() {
      money("fr", "La prime atteint 12\u00A0000 euros.", "12\u00A0000 euros", "12000", "EUR");
      money("fr", "Il a payé 1 250 000 €.", "1 250 000 €", "1250000", "EUR");
    }

    @Test
    void aSpaceBeforeThePercentSign() {
      percent("fr", "Le chômage recule à 7,3\u202F% cette année.", "7,3\u202F%", "7.3");
      percent("fr", "Une hausse de 3 % des prix.", "3 %", "3");
      percent("fr", "Soit 15 pour cent des votants.", "15 pour cent", "15");
    }

    @Test
    void datesAndWeekdays() {
      date("fr", "Le vote a eu lieu le 12 janvier 2024.", "12 janvier 2024", "2024-01-12");
      date("fr", "La loi entre en vigueur le 1er mai.", "1er mai", "2024-05-01");
      date("fr", "Le ministre a parlé mercredi devant l'Assemblée.", "mercredi", "2024-03-06");
      date("fr", "Il reviendra lundi prochain.", "lundi prochain", "2024-03-11");
    }
  }

  @Nested
  class Polish {
    @Test
    void millionsOfZloty() {
      money("pl", "Rząd przeznaczy 5 mln zł na szkoły.", "5 mln zł", "5E6", "PLN");
      money("pl", "Budżet to 2,5 mld zł.", "2,5 mld zł", "2.5E9", "PLN");
      money("pl", "Zapłacił 1 200 000 złotych.", "1 200 000 złotych", "1.2E6", "PLN");
    }

    @Test
    void percentAbbreviated() {
      percent("pl", "Poparcie wynosi 20 proc. wśród młodych.", "20 proc.", "20");
      percent("pl", "Inflacja spadła do 3,7 procent.", "3,7 procent", "3.7");
    }

    @Test
    void datesInTheGenitiveAndWeekdays() {
      date(
          "pl",
          "Wybory odbędą się 12 stycznia 2024 r. w całym kraju.",
          "12 stycznia 2024 r.",
          "2024-01-12");
      date("pl", "Premier spotkał się z nim w środę.", "w środę", "2024-03-06");
      date(
          "pl",
          "Decyzja zapadnie w przyszły poniedziałek.",
          "w przyszły poniedziałek",
          "2024-03-11");
    }
  }

  @Nested
  class Spanish {
    @Test
    void millionsAndThousandsOfMillions() {
      money(
          "es", "El plan cuesta 3.000 millones de euros.", "3.000 millones de euros", "3E9", "EUR");
      money("es", "Recibirá 5 mil millones de dólares.", "5 mil millones de dólares", "5E9", "USD");
    }

    @Test
    void percentInWords() {
      percent("es", "El paro bajó un 2,5 por ciento.", "2,5 por ciento", "2.5");
    }

    @Test
    void datesAndWeekdays() {
      date("es", "La ley se aprobó el 5 de mayo de 2023.", "5 de mayo de 2023", "2023-05-05");
      date("es", "El presidente habló el miércoles en Madrid.", "el miércoles", "2024-03-06");
      date("es", "Se reunirán el próximo viernes.", "el próximo viernes", "2024-03-08");
    }
  }

  @Nested
  class Italian {
    @Test
    void billionsOfEurosEitherWay() {
      money(
          "it", "Il governo stanzia 3,5 miliardi di euro.", "3,5 miliardi di euro", "3.5E9", "EUR");
      money("it", "Un piano da € 1,2 miliardi per le scuole.", "€ 1,2 miliardi", "1.2E9", "EUR");
      money(
          "it",
          "Il deficit è di 1.234,5 milioni di euro.",
          "1.234,5 milioni di euro",
          "1.2345E9",
          "EUR");
    }

    @Test
    void percentAndDates() {
      percent("it", "La disoccupazione è al 7,8 per cento.", "7,8 per cento", "7.8");
      date("it", "Il voto è fissato per il 5 maggio 2024.", "5 maggio 2024", "2024-05-05");
      date("it", "Lo ha detto mercoledì scorso.", "mercoledì scorso", "2024-03-06");
    }
  }

  @Nested
  class Portuguese {
    @Test
    void reaisAndEuros() {
      money("pt", "O governo vai investir R$ 2,5 bilhões.", "R$ 2,5 bilhões", "2.5E9", "BRL");
      money("pt", "O projeto custa 2,5 milhões de euros.", "2,5 milhões de euros", "2.5E6", "EUR");
    }

    @Test
    void percentAndDates() {
      percent("pt", "A inflação subiu 4,5 por cento.", "4,5 por cento", "4.5");
      date("pt", "A lei foi aprovada em 5 de maio de 2023.", "5 de maio de 2023", "2023-05-05");
      date("pt", "O ministro falou na quarta-feira.", "na quarta-feira", "2024-03-06");
    }
  }

  @Test
  void whatAFigureMeasuresIsTheNounAfterItsPreposition() {
    assertThat(about("de", "Der Bund gibt 3,5 Mrd. Euro für die Bahn aus.")).contains("Bahn");
    assertThat(about("de", "Das sind 2 % der Wirtschaftsleistung."))
        .contains("Wirtschaftsleistung");
    assertThat(about("fr", "Une hausse de 3 % de la population active.")).contains("population");
    assertThat(about("fr", "Soit 12 millions d'euros pour l'État.")).contains("État");
    assertThat(about("pl", "Rząd da 5 mln zł na szkoły.")).contains("szkoły");
    assertThat(about("es", "Son 3.000 millones de euros para la sanidad.")).contains("sanidad");
    assertThat(about("it", "Sono 3,5 miliardi di euro per la scuola.")).contains("scuola");
    assertThat(about("pt", "São R$ 2,5 bilhões para a saúde.")).contains("saúde");
    assertThat(about("de", "Es sind 3,5 Mrd. Euro. Die Bahn klagt.")).isEmpty();
  }

  private static Optional<String> about(String language, String text) {
    return facts(language, text).get(0).about();
  }

  @Test
  void englishKeepsItsOwnNumbers() {
    assertThat(facts("en", "Ticket sales reached 1,234 fans and $3.5 billion."))
        .extracting(Fact::text, f -> f.value().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1,234 fans", new BigDecimal("1234")),
            org.assertj.core.groups.Tuple.tuple("$3.5 billion", new BigDecimal("3.5E9")));
    money("de", "Die Karte kostet 1,234 Euro.", "1,234 Euro", "1.234", "EUR");
  }
}
