package io.quotedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PaywallTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  private Article extract(String page) throws Exception {
    String html = Files.readString(Path.of("src/test/resources/pages/paywall", page));
    return extractor.extract(html, "https://harbour-times.test/water-bills");
  }

  @Test
  void aFreeStoryHasNoNotice() throws Exception {
    assertThat(extract("free.html").notice()).isEmpty();
  }

  @Test
  void aPaidStoryCutShortSaysSo() throws Exception {
    Article article = extract("paid-cut.html");
    assertThat(article.notice()).contains(Paywall.NOTICE);
    assertThat(article.text()).contains("Dana Whitlock");
  }

  @Test
  void aPaidStoryServedWholeHasNoNotice() throws Exception {
    assertThat(extract("paid-served-whole.html").notice()).isEmpty();
  }

  @Test
  void aLockedContentTierWithATeaserSaysSo() throws Exception {
    assertThat(extract("locked-tier-teaser.html").notice()).contains(Paywall.NOTICE);
  }

  @Test
  void paywallMarkupAloneNeedsATeaserNotJustAnUnfinishedLastLine() {
    String longStory = "word ".repeat(300).strip();
    var doc =
        Jsoup.parse("<div class='paywall-modal'></div><p>" + longStory + "</p><p>Share this</p>");
    var tags = MetaTags.read(doc);
    var ld = JsonLd.read(doc);
    assertThat(Paywall.notice(doc, ld, tags, List.of(longStory, "Share this"))).isEmpty();
    assertThat(Paywall.notice(doc, ld, tags, List.of("A teaser of a few words."))).isPresent();
  }

  @Test
  void thePaywallNoticeAndTheLanguageNoticeAreBothGiven() throws Exception {
    String html =
        Files.readString(Path.of("src/test/resources/pages/paywall", "paid-cut.html"))
            .replace("<html lang=\"en\">", "<html lang=\"nl\">");
    assertThat(extractor.extract(html, null).notice())
        .hasValueSatisfying(
            notice -> assertThat(notice).startsWith(Paywall.NOTICE).contains("Dutch"));
  }
}
