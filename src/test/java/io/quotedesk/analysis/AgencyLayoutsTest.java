package io.quotedesk.analysis;

import static io.quotedesk.analysis.WrittenStories.RULES_ALONE;
import static io.quotedesk.analysis.WrittenStories.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layouts of agency news in German and Polish, and how the attribution model sees a role kept
 * in a German name; on sentences written for these tests.
 */
class AgencyLayoutsTest {
  private List<String> speakers(String language, String text) {
    return RULES_ALONE.analyze(article(language, text)).quotes().stream()
        .map(WrittenStories::speaker)
        .toList();
  }

  @Test
  void germanSentenceTakingUpTheQuoteNamesItsSpeakerWithoutTheObject() {
    assertThat(
            speakers(
                "de",
                "Der Streit geht weiter. „Das ist ein fauler Kompromiss.“ Das sagte Wiebke Sarnow"
                    + " der Deutschen Presse-Agentur."))
        .containsExactly("Wiebke Sarnow");
  }

  @Test
  void germanSentenceAfterAQuoteWithoutASpeechVerbNamesNoOne() {
    assertThat(
            speakers(
                "de",
                "Der Streit geht weiter. „Das ist ein fauler Kompromiss.“ Das bleibt Wiebke Sarnow"
                    + " im Gedächtnis."))
        .containsExactly((String) null);
  }

  @Test
  void polishVerbWithoutSubjectIsThePersonNamedBefore() {
    assertThat(
            speakers(
                "pl",
                "Premier Tadeusz Wolański zabrał głos w Sejmie. „Nie będzie podwyżek podatków”"
                    + " – zaznaczył. „Obiecuję to” – dodał."))
        .allSatisfy(name -> assertThat(name).contains("Tadeusz Wolański"))
        .hasSize(2);
  }

  @Test
  void aRoleKeptBeforeAGermanFirstNameIsARoleToTheModel() {
    List<List<String>> features =
        RULES_ALONE
            .evidence(
                article(
                    "de",
                    "Die Regierung will sparen. „Wir halten an dem Kurs fest“, sagte"
                        + " Bundesfinanzminister Klaus Brendel am Montag."))
            .features();
    assertThat(features)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f)
                    .contains("role=true", "name-words=2", "first-name-known=true")
                    .doesNotContain("name-words=3"));
  }

  @Test
  void germanPartyDescriptionIsTheManNamedBefore() {
    assertThat(
            speakers(
                "de",
                "Dem Abgeordneten Konrad Vielhauer zufolge kommt das Gesetz im Herbst. „Der"
                    + " Zeitplan steht“, sagte der SPD-Politiker."))
        .singleElement()
        .satisfies(name -> assertThat(name).contains("Konrad Vielhauer"));
  }

  @Test
  void frenchSubjectAfterAnAdverbialIsTheSpeaker() {
    assertThat(
            speakers(
                "fr",
                "Le débat continue. « Ce texte est dangereux », estime pour sa part la députée"
                    + " Apolline Marchetaud."))
        .singleElement()
        .satisfies(name -> assertThat(name).contains("Apolline Marchetaud"));
  }

  @Test
  void frenchClauseAfterTheVerbIsNoSubject() {
    assertThat(
            speakers(
                "fr",
                "Le débat continue. « Ce texte est dangereux », estime que le gouvernement a"
                    + " tort."))
        .containsExactly((String) null);
  }

  @Test
  void frenchNameInAppositionAfterADescriptionIsTheSource() {
    assertThat(
            speakers(
                "fr",
                "D’après la ministre de la Santé, Ondine Varlaud, « aucun hôpital ne fermera »."))
        .containsExactly("Ondine Varlaud");
  }

  @Test
  void frenchRoleWithAnElidedArticleRunsOnToTheName() {
    assertThat(
            speakers(
                "fr",
                "« Nous irons jusqu’au bout », a déclaré le ministre de l’Économie Firmin Lagardelle"
                    + " lundi."))
        .singleElement()
        .satisfies(name -> assertThat(name).contains("Firmin Lagardelle"));
  }

  @Test
  void aRoleWrittenBeforeAFirstNameIsTheRoleWithoutItsArticleOrPreposition() {
    List<Speaker> speakers =
        RULES_ALONE
            .analyze(
                article(
                    "de",
                    "Der Finanzminister Torben Kaldewey sagte am Montag: „Wir werden nicht"
                        + " sparen.“ Nach Angaben von Polizeisprecher Udo Brenner war die Lage"
                        + " ruhig. „Es gab keine Verletzten“, sagte Brenner."))
            .quotes()
            .stream()
            .map(q -> q.speaker().orElseThrow())
            .toList();
    assertThat(speakers)
        .extracting(Speaker::name, s -> s.role().orElse(null))
        .containsExactly(
            tuple("Torben Kaldewey", "Finanzminister"), tuple("Udo Brenner", "Polizeisprecher"));
  }
}
