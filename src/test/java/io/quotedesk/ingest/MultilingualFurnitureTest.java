package io.quotedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Furniture lines in German, French, Spanish, Italian, Polish and Portuguese. */
class MultilingualFurnitureTest {
  private static List<String> paragraphs(String body) {
    return StoryBlocks.find(Jsoup.parse("<html><body>" + body + "</body></html>")).paragraphs();
  }

  private static String story(String... paragraphs) {
    StringBuilder html = new StringBuilder("<div class=story>");
    for (String paragraph : paragraphs) {
      html.append("<p>").append(paragraph).append("</p>");
    }
    return html.append("</div>").toString();
  }

  @Test
  void germanPromptsAdvertLabelsAndCreditsAreLeftOut() {
    List<String> found =
        paragraphs(
            story(
                "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Autos zu sperren,"
                    + " weil die Reparatur teurer wäre als ein Neubau.",
                "Lesen Sie auch: Wie die Stadt den Verkehr umleiten will",
                "Anzeige",
                "Anwohner, die seit Jahren dafür gekämpft hatten, sagten, die Entscheidung komme"
                    + " für viele Geschäfte am Fluss zu spät.",
                "Foto: Jana Beispiel/dpa",
                "Newsletter abonnieren und nichts mehr verpassen",
                "Artikel teilen",
                "Kommentare (12)"));
    assertThat(found)
        .hasSize(2)
        .allMatch(p -> p.startsWith("Der Stadtrat") || p.startsWith("Anwohner"));
  }

  @Test
  void frenchSpanishItalianPolishAndPortuguesePromptsAreLeftOut() {
    String lede =
        "Le conseil municipal a voté mardi la fermeture du vieux pont aux voitures, estimant que"
            + " les réparations coûteraient plus cher qu'un nouveau passage.";
    List<String> found =
        paragraphs(
            story(
                lede,
                "À lire aussi : Le maire promet des bus plus fréquents",
                "Partager sur Facebook",
                "Leer más: El ayuntamiento cierra el puente viejo",
                "Suscríbete a nuestro boletín",
                "Leggi anche",
                "Czytaj także: Rada miasta zamyka stary most",
                "Fot. Jan Kowalski/PAP",
                "Leia também: Prefeitura fecha a ponte velha",
                "Deixe seu comentário"));
    assertThat(found).containsExactly(lede);
  }

  @Test
  void blocksNamedInOtherLanguagesAsCommentsRelatedLinksOrCaptionsAreLeftOut() {
    String lede =
        "Le conseil municipal a voté mardi la fermeture du vieux pont aux voitures, estimant que"
            + " les réparations coûteraient plus cher qu'un nouveau passage.";
    String second =
        "Les habitants, qui militaient depuis des années, ont dit que la décision arrivait trop"
            + " tard pour les commerces, dont beaucoup ont déjà fermé.";
    String comment =
        "<div class='commentaire'><p>Enfin ! Cela fait dix ans que ce pont est dangereux, et la"
            + " mairie, comme toujours, a attendu le dernier moment pour agir, au lieu de"
            + " prévoir.</p></div>";
    String body =
        "<div class=story><p>"
            + lede
            + "</p><p class='legende'>Le vieux pont, photographié lundi soir depuis la rive"
            + " gauche.</p><div class='bloc-lire-aussi'>Le maire promet des bus plus"
            + " fréquents dès lundi prochain</div><p>"
            + second
            + "</p></div><section id='commentaires'>"
            + comment.repeat(4)
            + "</section>";
    assertThat(paragraphs(body)).containsExactly(lede, second);
  }

  @Test
  void aStorySentenceThatOpensWithTheSameWordsStays() {
    String sentence =
        "Lesen Sie auch die Stellungnahme des Bürgermeisters, der am Montag im Rathaus erklärte,"
            + " warum die Stadt den Neubau der Brücke seit Jahren verschoben hat, obwohl Gutachter"
            + " schon 2019 vor Rissen im Beton gewarnt hatten und die Kosten seither jedes Jahr"
            + " gestiegen sind.";
    assertThat(
            paragraphs(
                story(
                    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Autos zu"
                        + " sperren.",
                    sentence)))
        .contains(sentence);
  }

  @Test
  void pastedTextMarksTheSameLinesAndEndsAtARelatedHeading() {
    String text =
        "Brücke gesperrt\n\n"
            + "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu sperren.\n\n"
            + "Lesen Sie auch: Wie die Stadt den Verkehr umleiten will\n\n"
            + "Foto: Jana Beispiel/dpa\n\n"
            + "Anwohner sagten, die Entscheidung komme zu spät.\n\n"
            + "Mehr zum Thema\n\n"
            + "Neue Buslinien ab Montag";
    Article article = new PlainTextReader().read(text);
    assertThat(article.isFurniture(text.indexOf("Lesen Sie"))).isTrue();
    assertThat(article.isFurniture(text.indexOf("Foto:"))).isTrue();
    assertThat(article.isFurniture(text.indexOf("Neue Buslinien"))).isTrue();
    assertThat(article.isFurniture(text.indexOf("Der Stadtrat"))).isFalse();
    assertThat(article.isFurniture(text.indexOf("Anwohner"))).isFalse();
  }
}
