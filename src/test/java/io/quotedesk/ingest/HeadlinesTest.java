package io.quotedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HeadlinesTest {
  private static Optional<String> fromTitle(String title, String body) {
    return Headlines.fromDocumentTitle(Jsoup.parse("<title>" + title + "</title>" + body));
  }

  @Test
  void documentTitleLosesTheSiteAfterTheLastSeparator() {
    assertThat(fromTitle("Obama admits US gun laws are his biggest frustration - BBC News", ""))
        .contains("Obama admits US gun laws are his biggest frustration");
    assertThat(fromTitle("Lorem ipsum dolor sit amet – My website", ""))
        .contains("Lorem ipsum dolor sit amet");
  }

  @Test
  void documentTitleStaysWholeWhenTooLittleWouldBeLeft() {
    assertThat(fromTitle("Mozilla - Wikipedia", "")).contains("Mozilla - Wikipedia");
    assertThat(fromTitle("Daring Fireball: Colophon", "<h1>About This Site</h1>"))
        .contains("Daring Fireball: Colophon");
  }

  @Test
  void documentTitleKeepsAColonWhenAHeadingRepeatsIt() {
    assertThat(
            fromTitle(
                "Budget 2024: what it means for you",
                "<h1>Budget 2024: what it means for you</h1>"))
        .contains("Budget 2024: what it means for you");
    assertThat(fromTitle("Site Name: Minister resigns over the budget row", ""))
        .contains("Minister resigns over the budget row");
  }

  @Test
  void knownSiteNameIsStrippedBeforeOrAfterTheHeadline() {
    Optional<String> site = Optional.of("The Independent");
    assertThat(Headlines.withoutSiteName("Seven secrets of hotel owners | The Independent", site))
        .isEqualTo("Seven secrets of hotel owners");
    assertThat(Headlines.withoutSiteName("The Independent: Seven secrets of hotel owners", site))
        .isEqualTo("Seven secrets of hotel owners");
    assertThat(Headlines.withoutSiteName("Seven secrets - a guide", site))
        .isEqualTo("Seven secrets - a guide");
    assertThat(
            Headlines.withoutSiteName(
                "Student dies after diet pills - BuzzFeed News", Optional.of("BuzzFeed")))
        .isEqualTo("Student dies after diet pills");
    assertThat(Headlines.withoutSiteName("A headline | Site", Optional.empty()))
        .isEqualTo("A headline | Site");
  }
}
