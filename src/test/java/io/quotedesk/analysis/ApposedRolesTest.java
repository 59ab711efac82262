package io.quotedesk.analysis;

import static io.quotedesk.analysis.WrittenStories.quotes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A description set off by a comma before a name, in stories in other languages, is the person's
 * role, and the name is the speaker; on sentences written for these tests.
 */
class ApposedRolesTest {
  @Test
  void frenchDescriptionWithItsComplementIsTheRole() {
    assertThat(
            role(
                "fr",
                "« Nous tiendrons », a déclaré la ministre des Comptes publics, Amélie"
                    + " de Montchalin."))
        .isEqualTo("ministre des Comptes publics");
  }

  @Test
  void frenchPremierMinistreAfterSelonIsTheRole() {
    assertThat(
            role(
                "fr",
                "Selon le Premier ministre, François Bayrou, le pays « n’a plus le" + " choix »."))
        .isEqualTo("Premier ministre");
  }

  @Test
  void frenchComplementsJoinedByEtStayInTheRole() {
    assertThat(
            role(
                "fr",
                "« Les comptes sont tenus », a affirmé le ministre de l’Économie et des"
                    + " Finances, Éric Lombard."))
        .isEqualTo("ministre de l’Économie et des Finances");
  }

  @Test
  void germanDescriptionAndGenitiveOpeningTheSentenceIsTheRole() {
    assertThat(
            role(
                "de",
                "Der Vorsitzende der SPD, Lars Klingbeil, sagte: „Wir stehen zur" + " Koalition.“"))
        .isEqualTo("Vorsitzende der SPD");
  }

  @Test
  void spanishDescriptionAfterTheVerbIsTheRole() {
    assertThat(
            role(
                "es",
                "«No vamos a subir los impuestos», dijo el presidente del Gobierno,"
                    + " Pedro Sánchez."))
        .isEqualTo("presidente del Gobierno");
  }

  @Test
  void aPhraseOfTimeBeforeTheNameIsNoRole() {
    List<Quote> quotes =
        quotes("fr", "Après la réunion, Emmanuel Macron a déclaré : « Rien n’est décidé. »");
    assertThat(quotes)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(WrittenStories.speaker(q)).isEqualTo("Emmanuel Macron");
              assertThat(q.speaker().flatMap(Speaker::role)).isEmpty();
            });
  }

  @Test
  void aNewspaperAfterSelonIsNoRole() {
    List<Quote> quotes =
        quotes("fr", "Selon Le Monde, Emmanuel Macron a déclaré : « Rien n’est décidé. »");
    assertThat(quotes.get(0).speaker().flatMap(Speaker::role)).isEmpty();
  }

  private static String role(String language, String story) {
    List<Quote> quotes = quotes(language, story);
    assertThat(quotes).hasSize(1);
    return quotes.get(0).speaker().flatMap(Speaker::role).orElse(null);
  }
}
