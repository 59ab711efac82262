package io.quotedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {
  private static final String GERMAN =
      "Die Regierung will die Schuldenbremse im kommenden Jahr wieder einhalten, sagte der"
          + " Finanzminister am Dienstag in Berlin. Die Opposition hält das für unrealistisch.";
  private static final String FRENCH =
      "Le gouvernement veut réduire le déficit dès l'année prochaine, a déclaré le ministre de"
          + " l'Économie mardi à Paris. L'opposition juge ce calendrier irréaliste.";
  private static final String POLISH =
      "Rząd chce w przyszłym roku ograniczyć deficyt budżetowy, powiedział we wtorek minister"
          + " finansów. Opozycja uważa, że ten plan jest nierealny i zbyt kosztowny.";

  @Test
  void detectsTheLanguageOfTheText() {
    assertThat(Language.detect(GERMAN)).isEqualTo("de");
    assertThat(Language.detect(FRENCH)).isEqualTo("fr");
    assertThat(Language.detect(POLISH)).isEqualTo("pl");
    assertThat(
            Language.detect(
                "The government wants to cut the deficit next year, the finance minister said on"
                    + " Tuesday. The opposition calls the plan unrealistic."))
        .isEqualTo("en");
  }

  @Test
  void aDeclaredLanguageWinsAndIsCutToItsIsoCode() {
    assertThat(Language.of("de-CH", FRENCH)).isEqualTo("de");
    assertThat(Language.of("pt_BR", GERMAN)).isEqualTo("pt");
    assertThat(Language.of("", FRENCH)).isEqualTo("fr");
    assertThat(Language.of("und", POLISH)).isEqualTo("pl");
  }

  @Test
  void shortTextIsReadAsEnglish() {
    assertThat(Language.detect("Merci beaucoup")).isEqualTo("en");
  }

  @Test
  void shortTextIsReadByItsFunctionWordsLettersAndMarks() {
    assertThat(Language.detect("«No lo haremos», afirmó el ministro.")).isEqualTo("es");
    assertThat(Language.detect("Según Sánchez, es «un día histórico».")).isEqualTo("es");
    assertThat(Language.detect("«Non lo faremo», ha detto Meloni.")).isEqualTo("it");
    assertThat(Language.detect("«Não o faremos», disse o ministro.")).isEqualTo("pt");
    assertThat(Language.detect("« Non », a dit le ministre de la Santé.")).isEqualTo("fr");
    assertThat(Language.detect("„Nein“, sagte der Minister.")).isEqualTo("de");
    assertThat(Language.detect("„Nie” – powiedział premier.")).isEqualTo("pl");
  }

  @Test
  void shortEnglishWithForeignWordsStaysEnglish() {
    assertThat(Language.detect("\"It is over,\" she said.")).isEqualTo("en");
    assertThat(Language.detect("Sánchez said \"no\" to the plan.")).isEqualTo("en");
    assertThat(Language.detect("\"Adiós,\" said Pedro Sánchez.")).isEqualTo("en");
    assertThat(Language.detect("La Paz, Bolivia")).isEqualTo("en");
    // Names full of a language's own letters, and a name's particles, are no evidence.
    for (String english :
        new String[] {
          "\"I played well today,\" said Iga Świątek.",
          "\"Great game,\" said Jürgen Müller.",
          "\"Great game,\" said Łukasz Wiśniewski.",
          "\"Viva la vida,\" said José Muñoz.",
          "\"No comment,\" Ana Souza de la Cruz said.",
          "\"A la carte only,\" says chef Ann Lee."
        }) {
      assertThat(Language.detect(english)).as(english).isEqualTo("en");
    }
  }

  @Test
  void anEnglishQuoteInAGermanStoryLeavesItGerman() {
    assertThat(Language.detect(GERMAN + " \"We will not give up,\" sagte Scholz. " + GERMAN))
        .isEqualTo("de");
  }

  @Test
  void onlyLanguagesNotAnalysedGetANotice() {
    assertThat(Language.notice(Optional.of("pl"))).isEmpty();
    assertThat(Language.notice(Optional.of("en-GB"))).isEmpty();
    assertThat(Language.notice(Optional.of("ru")))
        .hasValueSatisfying(n -> assertThat(n).startsWith("This page is in Russian;"));
  }

  @Test
  void plainTextCarriesItsDetectedLanguage() {
    Article article = new PlainTextReader().read("Haushalt\n\n" + GERMAN);
    assertThat(article.metadata().language()).contains("de");
    assertThat(article.notice()).isEmpty();
  }
}
