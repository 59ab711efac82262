package io.quotedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Headline, byline, date, publisher and dek from hand-made pages, one way of saying them each. */
class PageMetadataTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  private ArticleMetadata metadataOf(String page) throws Exception {
    String html = Files.readString(Path.of("src/test/resources/pages/metadata", page));
    return extractor.extract(html, "https://news.test/story").metadata();
  }

  @Test
  void jsonLdGraphGivesPeopleNotOrganisationsAndOutranksOpenGraph() throws Exception {
    ArticleMetadata meta = metadataOf("jsonld-graph.html");
    assertThat(meta.title()).contains("Council approves new bridge over the Wye");
    assertThat(meta.byline()).contains("Priya Natarajan, Tom Okafor");
    assertThat(meta.published()).contains("2024-05-02T08:15:00+01:00");
    assertThat(meta.publisher()).contains("The Riverside Courier");
    assertThat(meta.dek())
        .contains(
            "The £40m crossing will open in 2027, ending a decade of traffic jams in the town"
                + " centre.");
    assertThat(meta.language()).contains("en");
  }

  @Test
  void openGraphAloneGivesEverythingAndTheSiteNameLeavesTheHeadline() throws Exception {
    ArticleMetadata meta = metadataOf("opengraph-only.html");
    assertThat(meta.title()).contains("Floods close roads across the valley");
    assertThat(meta.byline()).contains("Ann Ruiz");
    assertThat(meta.published()).contains("2024-03-01T18:05:00");
    assertThat(meta.publisher()).contains("Valley News");
    assertThat(meta.dek()).contains("Rain fell for a third day as rivers rose above their banks.");
  }

  @Test
  void microdataGivesHeadlineAuthorAndDateButNotTheCommentersName() throws Exception {
    ArticleMetadata meta = metadataOf("microdata.html");
    assertThat(meta.title()).contains("Library reopens after two-year restoration");
    assertThat(meta.byline()).contains("Lena Fischer");
    assertThat(meta.published()).contains("2023-11-20");
    assertThat(meta.publisher()).isEmpty();
  }

  @Test
  void visibleBylineGivesThePeopleWithoutByRolesOrDates() throws Exception {
    ArticleMetadata meta = metadataOf("visible-byline.html");
    assertThat(meta.title()).contains("Harbour strike ends after pay deal");
    assertThat(meta.byline()).contains("Jane Doe, John Roe");
    assertThat(meta.published()).contains("2024-03-03T06:01:00-08:00");
  }

  @Test
  void aTitleThatIsOnlyTheSiteNameGivesWayToTheStorysOwn() throws Exception {
    String html =
        "<html><head><meta property=og:title content='Daily Planet - Latest News'>"
            + "<meta property=og:site_name content='Daily Planet - Latest News'>"
            + "<title>Daily Planet - Latest News</title></head><body><h1>Mayor opens the new"
            + " ferry terminal</h1><p>The mayor opened the new ferry terminal on Saturday, two"
            + " years late and over budget, promising faster crossings to the island for the"
            + " thousands who commute by boat.</p></body></html>";
    assertThat(extractor.extract(html, null).metadata().title())
        .contains("Mayor opens the new ferry terminal");
  }

  private static final String BODY =
      "<body><h1>Mayor opens the new ferry terminal</h1><p>The mayor opened the new ferry"
          + " terminal on Saturday, two years late and over budget, promising faster crossings to"
          + " the island for the thousands who commute by boat.</p></body></html>";

  private ArticleMetadata metadataOfHead(String head) throws Exception {
    return extractor.extract("<html><head>" + head + "</head>" + BODY, null).metadata();
  }

  @Test
  void anOrganisationSignsAStoryNoPersonSignsUnlessItIsThePublisher() throws Exception {
    String wire =
        "<script type=application/ld+json>{\"@type\": \"NewsArticle\", \"author\":"
            + " {\"@type\": \"Organization\", \"name\": \"Associated Press\"},"
            + " \"publisher\": {\"@type\": \"Organization\", \"name\": \"Daily Planet News\"}}"
            + "</script>";
    assertThat(metadataOfHead(wire).byline()).contains("Associated Press");
    String own =
        "<meta property=og:site_name content='Daily Planet News'>"
            + "<meta property=og:article:author content='Daily Planet News'>"
            + wire.replace("Associated Press", "Daily Planet News");
    assertThat(metadataOfHead(own).byline()).isEmpty();
  }

  @Test
  void dublinCoreCreatorsWrittenSurnameFirstAreTwoPeople() throws Exception {
    String head =
        "<meta name=DC.Creator content='Kooman, F.'><meta name=DC.Creator"
            + " content='Jong, Michiel de'>";
    assertThat(metadataOfHead(head).byline()).contains("F. Kooman, Michiel de Jong");
  }

  @Test
  void openGraphArticleAuthorNamesThePerson() throws Exception {
    assertThat(metadataOfHead("<meta property=og:article:author content='Ann Ruiz'>").byline())
        .contains("Ann Ruiz");
  }

  @Test
  void aJsonLdAuthorGivenByReferenceIsTheNodeItPointsTo() throws Exception {
    ArticleMetadata meta = metadataOf("jsonld-author-reference.html");
    assertThat(meta.byline()).contains("Nadia Okonkwo");
    assertThat(meta.published()).contains("2024-06-11T21:40:00+00:00");
  }
}
