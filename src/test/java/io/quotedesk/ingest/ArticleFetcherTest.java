package io.quotedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Dns;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every bad input a web page can be, against a local server; no socket leaves loopback. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ArticleFetcherTest {
  static final String STORY =
      "<html lang=en><head><title>Mayor quits</title></head><body><article>"
          + "<h1>Mayor quits</h1><p>The mayor resigned on Monday after a long dispute over the city"
          + " budget, which had divided the council for months.</p><p>\"I am done,\" she said,"
          + " adding that she would stay until a successor was chosen by the council in June.</p>"
          + "</article></body></html>";

  private MockWebServer server;
  private ArticleLoader loader;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    loader = loaderAllowing(List.of("localhost", "127.0.0.1"), Dns.SYSTEM, Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private static ArticleLoader loaderAllowing(List<String> hosts, Dns dns, Duration callTimeout) {
    return new ArticleLoader(
        new ArticleFetcher(LoopbackOnlySockets.client(callTimeout), new AddressGuard(hosts), dns));
  }

  private String url(String path) {
    return server.url(path).toString();
  }

  private static MockResponse html(String body) {
    return new MockResponse().setHeader("Content-Type", "text/html; charset=utf-8").setBody(body);
  }

  @Test
  void fetchesAndExtractsAStory() throws Exception {
    server.enqueue(html(STORY));
    Article article = loader.load(url("/story?utm_source=x"));
    assertThat(article.text()).startsWith("Mayor quits\n\nThe mayor resigned on Monday");
    assertThat(article.metadata().canonicalUrl()).contains(url("/story"));
    assertThat(server.takeRequest().getHeader("User-Agent")).startsWith("QuoteDesk/");
  }

  @Test
  void readsGzipAndTheCharsetFromTheMetaTag() throws Exception {
    String page =
        STORY
            .replace("<head>", "<head><meta charset=\"iso-8859-1\">")
            .replace("mayor resigned", "maire démissionnaire");
    Buffer gzipped = new Buffer();
    try (var gzip = new okio.GzipSink(gzipped);
        var sink = okio.Okio.buffer(gzip)) {
      sink.write(page.getBytes(StandardCharsets.ISO_8859_1));
    }
    server.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "text/html")
            .setHeader("Content-Encoding", "gzip")
            .setBody(gzipped));
    assertThat(loader.load(url("/")).text()).contains("maire démissionnaire");
  }

  @Test
  void wrongCharsetNeverFailsTheArticle() throws Exception {
    server.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "text/html; charset=utf-8")
            .setBody(
                new Buffer()
                    .write(
                        STORY
                            .replace("Monday", "Montag é")
                            .getBytes(StandardCharsets.ISO_8859_1))));
    assertThat(loader.load(url("/")).text()).contains("Montag é");
  }

  @Test
  void notFoundAndServerErrorsAreOneSentence() {
    server.enqueue(new MockResponse().setResponseCode(404));
    server.enqueue(new MockResponse().setResponseCode(500));
    assertThatThrownBy(() -> loader.load(url("/a")))
        .isInstanceOf(FetchException.class)
        .hasMessage("There is no page at this address (HTTP 404).");
    assertThatThrownBy(() -> loader.load(url("/b")))
        .hasMessage("The site had an error (HTTP 500); try again later.");
  }

  @Test
  void retriesOnceWhenAskedToWaitBriefly() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "1"));
    server.enqueue(html(STORY));
    assertThat(loader.load(url("/")).text()).contains("The mayor resigned");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void doesNotWaitLongerThanFiveSeconds() {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "120"));
    assertThatThrownBy(() -> loader.load(url("/")))
        .hasMessage("The site had an error (HTTP 503); try again later.");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void slowServerHitsTheReadDeadline() {
    server.enqueue(html(STORY).setHeadersDelay(5, TimeUnit.SECONDS));
    assertThatThrownBy(() -> loader.load(url("/")))
        .hasMessage("The site took too long to answer; try again later.");
  }

  @Test
  void tricklingServerHitsTheTotalDeadline() {
    // a byte every 200 ms never trips the read timeout, only the total one
    server.enqueue(html(STORY.repeat(3)).throttleBody(1, 200, TimeUnit.MILLISECONDS));
    ArticleLoader impatient =
        loaderAllowing(List.of("localhost", "127.0.0.1"), Dns.SYSTEM, Duration.ofSeconds(2));
    assertThatThrownBy(() -> impatient.load(url("/")))
        .hasMessage("The site took too long to answer; try again later.");
  }

  @Test
  void redirectLoopsStopAfterFiveHops() {
    for (int i = 0; i < 7; i++) {
      server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/loop"));
    }
    assertThatThrownBy(() -> loader.load(url("/loop")))
        .hasMessage("The address redirected too many times (more than 5).");
    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  @Test
  void followsAFewRedirects() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(301).setHeader("Location", "/moved"));
    server.enqueue(html(STORY));
    Article article = loader.load(url("/old"));
    assertThat(article.metadata().url()).contains(url("/moved"));
  }

  @Test
  void redirectIntoPrivateSpaceIsRefusedBeforeConnecting() {
    server.enqueue(
        new MockResponse()
            .setResponseCode(302)
            .setHeader("Location", "http://169.254.169.254/latest/meta-data/"));
    assertThatThrownBy(() -> loader.load(url("/")))
        .hasMessage("QuoteDesk doesn't fetch addresses on private or internal networks.");
  }

  @Test
  void namesResolvingToPrivateOrMetadataAddressesAreRefused() {
    for (String answer :
        List.of("10.0.0.7", "192.168.1.10", "169.254.169.254", "127.0.0.1", "::1")) {
      ArticleLoader guarded =
          loaderAllowing(
              List.of(), LoopbackOnlySockets.stubDns(n -> answer), Duration.ofSeconds(5));
      assertThatThrownBy(() -> guarded.load("http://news.example:" + server.getPort() + "/"))
          .as(answer)
          .hasMessage("QuoteDesk doesn't fetch addresses on private or internal networks.");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void rebindingResolverNeverReachesTheInternalServer() {
    // public on one lookup, loopback on the next: whichever OkHttp connects with is checked
    ArticleLoader guarded =
        loaderAllowing(
            List.of(),
            LoopbackOnlySockets.stubDns(n -> n % 2 == 0 ? "93.184.216.34" : "127.0.0.1"),
            Duration.ofSeconds(5));
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> guarded.load("http://rebind.example:" + server.getPort() + "/"))
          .isInstanceOf(FetchException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void refusesNonWebSchemes() {
    assertThatThrownBy(() -> loader.load("ftp://example.com/story"))
        .hasMessage("That isn't a web address QuoteDesk can read: use http:// or https://.");
    assertThatThrownBy(() -> loader.load("file:///etc/passwd")).isInstanceOf(FetchException.class);
  }

  @Test
  void oversizedPagesAreRefused() {
    server.enqueue(html("<p>" + "x".repeat((int) ArticleFetcher.MAX_BODY_BYTES) + "</p>"));
    assertThatThrownBy(() -> loader.load(url("/")))
        .hasMessage("The page is larger than 5 MB, too large to be an article.");
  }

  @Test
  void emptyBodiesAndBinariesAreRefused() {
    server.enqueue(html(""));
    server.enqueue(
        new MockResponse().setHeader("Content-Type", "application/pdf").setBody("%PDF-1.7"));
    server.enqueue(new MockResponse().setHeader("Content-Type", "image/png").setBody("png"));
    assertThatThrownBy(() -> loader.load(url("/1")))
        .hasMessage("The page at this address is empty.");
    assertThatThrownBy(() -> loader.load(url("/2")))
        .hasMessage("That address serves a PDF, not a web page QuoteDesk can read.");
    assertThatThrownBy(() -> loader.load(url("/3")))
        .hasMessage("That address serves an image, not a web page QuoteDesk can read.");
  }

  @Test
  void randomBytesWithoutAContentTypeAreRefusedByTheirBytes() {
    byte[] noise = new byte[6_000];
    new java.util.Random(11).nextBytes(noise);
    byte[] noNuls = noise.clone();
    for (int i = 0; i < noNuls.length; i++) {
      noNuls[i] = (byte) ((noNuls[i] & 0xFF) < 0x20 ? 'x' : noNuls[i]);
    }
    server.enqueue(new MockResponse().setBody(new Buffer().write(noise)));
    server.enqueue(new MockResponse().setBody(new Buffer().write(noNuls)));
    server.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "text/html")
            .setBody(new Buffer().write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))));
    for (String path : List.of("/noise", "/no-nuls", "/pdf-as-html")) {
      assertThatThrownBy(() -> loader.load(url(path)))
          .as(path)
          .isInstanceOf(FetchException.class)
          .hasMessageStartingWith("That address serves a ");
    }
  }

  @Test
  void latinOnePagesWithoutACharsetAreStillText() throws Exception {
    String story =
        "Le ministre démissionne\n\n\"Je pars,\" a déclaré le ministre à la presse, après des"
            + " semaines de débats sur le budget des hôpitaux et des écoles.";
    server.enqueue(
        new MockResponse()
            .setBody(new Buffer().write(story.getBytes(StandardCharsets.ISO_8859_1))));
    assertThat(loader.load(url("/fr")).text()).contains("ministre");
  }

  @Test
  void paywallStubsAndMalformedPagesHaveNoArticle() {
    server.enqueue(
        html(
            "<html><body><div class=paywall><p>Subscribe to keep reading.</p></div></body></html>"));
    server.enqueue(html("<<<html><body><p>unclosed <b>tags <i>everywhere"));
    assertThatThrownBy(() -> loader.load(url("/1")))
        .hasMessageStartingWith("This page does not look like an article: ");
    assertThatThrownBy(() -> loader.load(url("/2")))
        .hasMessageStartingWith("This page does not look like an article: ");
  }

  @Test
  void droppedConnectionIsOneSentence() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    assertThatThrownBy(() -> loader.load(url("/")))
        .hasMessage("QuoteDesk couldn't reach the site.");
  }

  /**
   * Sites close idle kept-alive connections (Apache after 5 s), or keep none (HTTP/1.0 servers);
   * the next link to the same site must open a new connection, not fail on the dead one.
   */
  @Test
  void aConnectionTheSiteClosedIsNotReusedAsIfAlive() throws Exception {
    server.enqueue(html(STORY).setSocketPolicy(SocketPolicy.DISCONNECT_AT_END));
    server.enqueue(html(STORY.replace("Mayor quits", "Mayor stays")));
    assertThat(loader.load(url("/first")).text()).startsWith("Mayor quits");
    assertThat(loader.load(url("/second")).text()).startsWith("Mayor stays");
  }

  @Test
  void plainTextPagesAreReadAsText() throws Exception {
    server.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "text/plain; charset=utf-8")
            .setBody("Mayor quits\n\n\"I am done,\" the mayor said."));
    Article article = loader.load(url("/story.txt"));
    assertThat(article.metadata().title()).contains("Mayor quits");
  }
}
