package io.quotedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  private static String page() throws IOException {
    return Files.readString(Path.of("src/test/resources/pages/story.html"));
  }

  @Test
  void textIsTheHeadlineABlankLineThenTheStoryParagraphs() throws Exception {
    Article article =
        extractor.extract(
            page(), "https://example-news.test/politics/minister-resigns?utm_source=x");
    assertThat(article.text())
        .isEqualTo(
            "Minister resigns over budget row\n\n"
                + "The finance minister resigned on Wednesday after weeks of dispute over the budget,"
                + " saying she could no longer defend cuts to hospitals.\n\n"
                + "\"I cannot put my name to this,\" she told reporters outside parliament, adding"
                + " that she had warned colleagues for months.\n\n"
                + "What happens next\n\n"
                + "The prime minister is expected to name a successor before the end of the week,"
                + " officials said, as markets reacted calmly to the news.");
    assertThat(article.headline()).contains(new TextRange(0, 32));
  }

  @Test
  void metadataComesFromJsonLdGraphsAndArrays() throws Exception {
    ArticleMetadata meta = extractor.extract(page(), "https://example-news.test/a").metadata();
    assertThat(meta.title()).contains("Minister resigns over budget row");
    assertThat(meta.byline()).contains("Jane Doe, John Roe");
    assertThat(meta.published()).contains("2024-02-14T09:30:00Z");
    assertThat(meta.publisher()).contains("The Daily Example");
    assertThat(meta.language()).contains("en"); // declared en-GB, kept as ISO 639-1
    assertThat(meta.url()).contains("https://example-news.test/a");
  }

  @Test
  void canonicalLinkIsTrustedOnlyOnTheSameSite() throws Exception {
    assertThat(
            extractor
                .extract(page(), "https://example-news.test/a?utm_medium=y#top")
                .metadata()
                .canonicalUrl())
        .contains("https://www.example-news.test/politics/minister-resigns");
    assertThat(
            extractor
                .extract(page(), "https://elsewhere.test/copy?utm_medium=y&id=3#top")
                .metadata()
                .canonicalUrl())
        .contains("https://elsewhere.test/copy?id=3");
  }

  @Test
  void openGraphAndMetaTagsFillInWithoutJsonLd() throws Exception {
    String html =
        "<html><head><meta property=og:title content='Floods close roads'>"
            + "<meta name=author content='Ann Ruiz'><meta property=og:site_name content='Valley News'>"
            + "</head><body><time datetime='2024-03-01'>1 March</time><div class=content><p>"
            + "Floods closed roads across the valley on Friday, stranding drivers and cutting off"
            + " villages, officials said, as rain continued for a third day and rivers rose above"
            + " their banks.</p></div></body></html>";
    ArticleMetadata meta = extractor.extract(html, null).metadata();
    assertThat(meta.title()).contains("Floods close roads");
    assertThat(meta.byline()).contains("Ann Ruiz");
    assertThat(meta.publisher()).contains("Valley News");
    assertThat(meta.published()).contains("2024-03-01");
    assertThat(meta.language()).contains("en");
  }

  @Test
  void pagesInALanguageNotAnalysedAreExtractedWithANotice() throws Exception {
    String html =
        "<html lang=nl><head><title>Minister treedt af</title></head><body><article><p>De"
            + " minister van Financiën is woensdag na weken van ruzie over de begroting"
            + " afgetreden; zij kon de bezuinigingen op ziekenhuizen niet langer verdedigen,"
            + " zei ze in het parlement.</p></article></body></html>";
    Article article = extractor.extract(html, null);
    assertThat(article.text()).contains("Financiën");
    assertThat(article.metadata().language()).contains("nl");
    assertThat(article.notice())
        .hasValueSatisfying(n -> assertThat(n).startsWith("This page is in Dutch;"));
  }

  @Test
  void germanPagesAreAnalysedWithoutANotice() throws Exception {
    String html =
        "<html lang=de-CH><head><title>Minister tritt zurück</title></head><body><article><p>Die"
            + " Finanzministerin ist am Mittwoch nach wochenlangem Streit über den Haushalt"
            + " zurückgetreten, sie könne die Kürzungen bei Krankenhäusern nicht mehr verteidigen,"
            + " sagte sie vor dem Parlament.</p></article></body></html>";
    Article article = extractor.extract(html, null);
    assertThat(article.metadata().language()).contains("de");
    assertThat(article.notice()).isEmpty();
  }

  @Test
  void doubleEscapedTitlesAreReadable() throws Exception {
    String html =
        page()
            .replace(
                "content=\"Minister resigns over budget\"",
                "content=\"Minister &amp;#8220;quits&amp;#8221;\"")
            .replace("\"headline\": \"Minister resigns over budget row\",", "");
    assertThat(extractor.extract(html, null).metadata().title())
        .contains("Minister \u201Cquits\u201D");
  }

  private static final String BRIDGE_STORY =
      "<p>The council voted on Tuesday to close the old bridge to cars, saying repairs would cost"
          + " more than a new crossing, and asked engineers for plans by spring.</p>"
          + "<p>Residents, who had campaigned for years, said the decision came too late for the"
          + " shops along the river, many of which have already closed their doors.</p>";

  private static String bridgePage(String heading) {
    return "<html><head><title>Council closes the old bridge to cars for good</title></head>"
        + "<body><article><h1>"
        + heading
        + "</h1>"
        + BRIDGE_STORY
        + "</article></body></html>";
  }

  @Test
  void aHeadingThatRepeatsTheTitlesWordsIsNotSaidTwice() throws Exception {
    String text = extractor.extract(bridgePage("The old bridge closes to cars"), null).text();
    assertThat(text)
        .startsWith("Council closes the old bridge to cars for good\n\nThe council voted")
        .doesNotContain("The old bridge closes to cars");
  }

  @Test
  void aHeadingInOtherWordsThanTheTitleStays() throws Exception {
    String text =
        extractor.extract(bridgePage("Shops along the river fear the worst"), null).text();
    assertThat(text).contains("\n\nShops along the river fear the worst\n\nThe council voted");
  }

  @Test
  void aPageWithoutAStorySaysSo() {
    assertThatThrownBy(
            () ->
                extractor.extract("<html><body><nav><a href=/>Home</a></nav></body></html>", null))
        .hasMessage("This page does not look like an article: it has no story text to read.");
  }

  @Test
  void aFewWordsAmongLinksAreNoArticle() {
    String html =
        "<html><body><ul><li><a href=/a>World</a><li><a href=/b>Business news today</a>"
            + "<li><a href=/c>Sport results</a></ul><div><p>Top stories.</p></div>"
            + "<p><a href=/d>Politics</a> <a href=/e>Opinion and analysis</a></p></body></html>";
    assertThatThrownBy(() -> extractor.extract(html, null))
        .hasMessageStartingWith("This page does not look like an article: it holds only a few");
  }

  @Test
  void aPageThatIsOnlyAShortQuoteIsThatQuote() throws Exception {
    Article article =
        extractor.extract("<html><body><p>\"Words,\" said Jane Smith.</p></body></html>", null);
    assertThat(article.text()).isEqualTo("\"Words,\" said Jane Smith.");
  }

  @Test
  void deepUnclosedMarkupYieldsItsStory() throws Exception {
    // 480,000 unclosed elements (2 MB): counted once each, not once per ancestor.
    String html =
        "<html><body>" + "<div><span><b><i>".repeat(120_000) + "<p>\"Words,\" said Jane Smith.</p>";
    assertThat(extractor.extract(html, null).text()).isEqualTo("\"Words,\" said Jane Smith.");
  }

  @Test
  void trackingParametersAndFragmentsLeaveTheCacheKey() {
    assertThat(UrlNormalizer.normalize("https://news.test/a?utm_source=x&id=7&fbclid=1&gclid=2#c"))
        .isEqualTo("https://news.test/a?id=7");
  }
}
