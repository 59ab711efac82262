package io.quotedesk.ingest;

import static io.quotedesk.ingest.StoryFixtures.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Furniture lines in German, French, Spanish, Italian, Polish and Portuguese, and whole pages as
 * their sites' publishing systems build them (under {@code pages/extraction}).
 */
class MultilingualFurnitureTest {

  /** The headline and the story's paragraphs of a hand-made page. */
  private static List<String> pageParagraphs(String page) throws Exception {
    String html = Files.readString(Path.of("src/test/resources/pages/extraction", page));
    return List.of(new HtmlExtractor().extract(html, "https://news.test/").text().split("\n\n"));
  }

  /** The words of each paragraph, opening and closing: the story's own, nothing around it. */
  private static void assertStory(List<String> found, String... openings) {
    assertThat(found).hasSize(openings.length);
    for (int i = 0; i < openings.length; i++) {
      assertThat(found.get(i)).startsWith(openings[i]);
    }
  }

  @Test
  void aGermanWordPressPostLeavesOutItsShareBoxRelatedPostsTagsAndComments() throws Exception {
    assertStory(
        pageParagraphs("de-wordpress-post.html"),
        "Stadtrat sperrt alte Brücke",
        "Der Stadtrat hat am Dienstag",
        "„Wir hatten keine andere Wahl",
        "Anwohner, die seit Jahren",
        "Die Busse sollen ab der kommenden Woche");
  }

  @Test
  void aFrenchDrupalArticleLeavesOutItsBylineLireAussiBoxKeywordsAndSharing() throws Exception {
    // the byline sits in "node__meta", the box of links in a plain "encadre" under "Lire aussi"
    assertStory(
        pageParagraphs("fr-drupal-lire-aussi.html"),
        "Le conseil municipal ferme le vieux pont aux voitures",
        "Le conseil municipal a voté mardi soir",
        "« Nous n'avions pas le choix",
        "Les habitants, qui réclamaient",
        "Les bus emprunteront le pont nord");
  }

  @Test
  void aPolishNewsPageKeepsItsLeadAndLeavesOutCzytajTakzeAdsTagsAndComments() throws Exception {
    // the lead is a <div class=lead> of one paragraph beside the block of the others
    assertStory(
        pageParagraphs("pl-czytaj-takze.html"),
        "Rada miasta zamyka stary most dla samochodów",
        "Radni zdecydowali we wtorek",
        "Decyzję podjęto po burzliwej dyskusji",
        "„Nie mieliśmy wyboru",
        "Mieszkańcy, którzy od lat",
        "Autobusy pojadą przez most północny");
  }

  @Test
  void aSpanishBloggerPostIsReadByItsLineBreaksWithoutItsFooterOrComments() throws Exception {
    assertStory(
        pageParagraphs("es-blogger-comments.html"),
        "Mi viaje a Sevilla en bicicleta",
        "Hace un mes decidí",
        "El primer día llegué",
        "El segundo día fue el más duro",
        "Llegar a Sevilla");
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
  void readingTimesSavePromptsTopicsAndSubscriberNoticesAreLeftOut() {
    String lede =
        "Le conseil municipal a voté mardi la fermeture du vieux pont aux voitures, estimant que"
            + " les réparations coûteraient plus cher qu'un nouveau passage.";
    List<String> found =
        paragraphs(
            story(
                lede,
                "Temps de lecture : 3 min.",
                "Lire plus tard",
                "Cet article est réservé aux abonnés",
                "Vous aimerez aussi",
                "Lesezeit: ca. 4 Minuten",
                "Artikel verschenken",
                "Jetzt kommentieren",
                "Empfehlungen der Redaktion",
                "Temas: puente, ayuntamiento",
                "Sigue leyendo",
                "Lo más visto",
                "Riproduzione riservata ©",
                "Ti potrebbe interessare",
                "Udostępnij artykuł",
                "Artykuł sponsorowany",
                "Zobacz wideo",
                "Polecane"));
    assertThat(found).containsExactly(lede);
  }

  @Test
  void aSentenceOpeningWithATopicsWordStays() {
    String sentence =
        "Themen wie Klima und Migration bestimmten den Wahlkampf in der Stadt bis zum letzten Tag.";
    assertThat(paragraphs(story(sentence, "Themen"))).containsExactly(sentence);
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
  void theWritersLineNamedInFrenchGermanOrItalianIsLeftOut() {
    String lede =
        "Le conseil municipal a voté mardi la fermeture du vieux pont aux voitures, estimant que"
            + " les réparations coûteraient plus cher qu'un nouveau passage.";
    for (String name : List.of("auteur", "article-autor", "autore")) {
      String body =
          "<div class=story><p>"
              + lede
              + "</p><div class='"
              + name
              + "'>Par Marie Exemple, avec AFP</div></div>";
      assertThat(paragraphs(body)).as(name).containsExactly(lede);
    }
  }

  @Test
  void readersDiscussionsNamedInGermanCzechAndDutchAreLeftOut() {
    String lede =
        "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Autos zu sperren, weil eine"
            + " Reparatur teurer wäre als ein Neubau.";
    String second =
        "Anwohner, die seit Jahren dafür gekämpft hatten, sagten, die Entscheidung komme für die"
            + " Geschäfte am Fluss zu spät.";
    String post =
        "<div><p>Endlich! Seit zehn Jahren ist die Brücke gefährlich, und die Stadt hat, wie immer,"
            + " bis zum letzten Moment gewartet, statt vorzusorgen, zu planen, zu handeln.</p></div>";
    for (String name : List.of("diskussion", "diskuse", "reacties")) {
      String body =
          story(lede, second) + "<section id='" + name + "'>" + post.repeat(4) + "</section>";
      assertThat(paragraphs(body)).as(name).containsExactly(lede, second);
    }
  }

  @Test
  void chineseCommasMarkProseAsLatinOnesDo() {
    String story =
        story(
            "市议会周二投票决定，关闭老桥的汽车通行，因为维修费用将高于新建一座桥，并要求工程师在春天之前提交方案。",
            "居民们多年来一直在争取，他们说，这个决定对河边的商店来说太晚了，许多商店已经关门。",
            "市长说，这座桥将继续对行人和骑自行车的人开放，公交车将从下个月起改走北边的桥。");
    StringBuilder links = new StringBuilder("<div>");
    for (int i = 0; i < 3; i++) {
      links.append(
          "<p>热门新闻 体育新闻 财经新闻 科技新闻 娱乐新闻 汽车新闻 房产新闻 教育新闻 旅游新闻 健康新闻 时尚新闻 游戏新闻 文化新闻 历史新闻 军事新闻</p>");
    }
    links.append("</div>");
    // neither block has a class name: the commas alone tell the story from the list
    List<String> found =
        paragraphs("<div>" + links + "</div><div>" + story.replace(" class=story", "") + "</div>");
    assertThat(found).hasSize(3).allMatch(p -> p.contains("，"));
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
