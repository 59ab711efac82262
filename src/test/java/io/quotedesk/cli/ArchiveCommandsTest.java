package io.quotedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quotedesk.brief.UncertainSpeakers;
import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.SqliteStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, whosaid, quotes, forget, export and import end to end on a temporary archive. */
class ArchiveCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PAGE =
      "<html><head><title>Mayor quits</title><meta property=og:site_name content='City Paper'>"
          + "</head><body><article><p>The mayor resigned on Monday after a long dispute over the"
          + " city budget, which had divided the council for months.</p><p>\"Schools come first"
          + " in this budget,\" Mayor Ann Ruiz said, adding that she would stay until June.</p>"
          + "</article></body></html>";

  private static final String LONG_PAGE =
      "<html><head><title>Parks</title></head><body><article>"
          + "<p>\"Parks matter too,\" Ann Ruiz said.</p>".repeat(2_000)
          + "</article></body></html>";

  @TempDir Path dir;
  private MockWebServer server;

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 4];
    all[0] = "--set";
    all[1] = "data.dir=" + dir.resolve("data");
    all[2] = "--set";
    all[3] = "fetch.allowPrivateHosts=localhost,127.0.0.1";
    System.arraycopy(args, 0, all, 4, args.length);
    int code = Main.run(all, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = request.getPath();
            if (path.startsWith("/feed")) {
              return new MockResponse()
                  .setHeader("Content-Type", "application/rss+xml")
                  .setBody(
                      "<?xml version='1.0'?><rss><channel><title>News</title>"
                          + "<item><title>Good</title><link>"
                          + server.url("/story")
                          + "</link></item>"
                          + "<item><title>No link</title></item>"
                          + "<item><title>Odd</title><link>ftp://example.com/x</link></item>"
                          + "<item><title>Gone</title><link>"
                          + server.url("/gone")
                          + "</link></item>"
                          + "</channel></rss>");
            }
            if (path.startsWith("/story")) {
              return new MockResponse().setHeader("Content-Type", "text/html").setBody(PAGE);
            }
            if (path.startsWith("/long")) {
              return new MockResponse().setHeader("Content-Type", "text/html").setBody(LONG_PAGE);
            }
            return new MockResponse().setResponseCode(404);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void aFeedWithBrokenItemsStoresTheGoodOnesAndNamesTheRest() {
    Run run = run("ingest", server.url("/feed").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("stored " + server.url("/story") + " (version 1, 1 quotes)");
    assertThat(run.err())
        .contains("Feed item 2 has no link to an article.")
        .contains("Feed item 3 links to ftp://example.com/x, which is no web address.")
        .contains("There is no page at this address (HTTP 404).");
  }

  @Test
  void aRunFetchesTheFeedAndItsArticlesOverOneConnection() throws Exception {
    run("ingest", server.url("/feed").toString());
    RecordedRequest feed = server.takeRequest();
    RecordedRequest story = server.takeRequest();
    assertThat(feed.getPath()).isEqualTo("/feed");
    assertThat(story.getPath()).isEqualTo("/story");
    // One HTTP client per run: the article reuses the feed's connection instead of opening one.
    assertThat(story.getSequenceNumber()).isEqualTo(feed.getSequenceNumber() + 1);
  }

  @Test
  void ingestPastTheDeadlineStoresNothingAndSaysWhy() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("late"));
    // Both sources long enough that no machine reads them within a microsecond, however warm or
    // however late the waiting thread is scheduled: a short page can be done before it waits.
    Files.writeString(
        folder.resolve("a.txt"),
        "Budget passes\n\n" + "\"Parks matter too,\" Ann Ruiz said.\n\n".repeat(2_000));
    Run run =
        run(
            "--set",
            "analysis.deadline=PT0.000001S",
            "ingest",
            folder.toString(),
            server.url("/long").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().lines().filter(l -> l.contains("the most analysis.deadline allows.")))
        .hasSize(2);
    assertThat(JSON.readTree(run("whosaid", "--json", "Parks").out()).get("results")).isEmpty();
  }

  @Test
  void ingestThenSearchForgetExportAndImport() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        folder.resolve("a.txt"), "Budget passes\n\n\"Parks matter too,\" Ann Ruiz said.");
    assertThat(
            run("ingest", folder.toString(), server.url("/story?utm_source=x").toString()).code())
        .isZero();

    Run found = run("whosaid", "--json", "--speaker", "Mayor Ann Ruiz", "schools first");
    JsonNode results = JSON.readTree(found.out()).get("results");
    assertThat(results).hasSize(1);
    assertThat(results.get(0).at("/quote/text").asText())
        .isEqualTo("Schools come first in this budget,");
    assertThat(results.get(0).at("/article/publisher").asText()).isEqualTo("City Paper");
    assertThat(results.get(0).at("/article/url").asText())
        .isEqualTo(server.url("/story").toString());

    assertThat(JSON.readTree(run("quotes", "--json", "--speaker", "Ruiz").out()).get("results"))
        .hasSize(2);

    Run exported = run("export");
    assertThat(exported.out().lines()).hasSize(2);
    Path backup = Files.writeString(dir.resolve("backup.jsonl"), exported.out());

    assertThat(run("forget", server.url("/story").toString()).code()).isZero();
    assertThat(JSON.readTree(run("whosaid", "--json", "schools").out()).get("results")).isEmpty();
    assertThat(run("forget", server.url("/story").toString()).code()).isEqualTo(1);

    Run imported = run("import", backup.toString());
    assertThat(imported.out()).contains("imported 2 article versions");
    assertThat(JSON.readTree(run("whosaid", "--json", "schools").out()).get("results")).hasSize(1);
  }

  @Test
  void checkGivesAVerdictAsJsonAndExitsZeroWhateverItIs() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("seeds"));
    Files.copy(Path.of("seeds/000_28f35f942a0f94c1.txt"), folder.resolve("seed.txt"));
    assertThat(run("ingest", folder.toString()).code()).isZero();
    Run close =
        run(
            "check",
            "--json",
            "We must not undermine NATO's deterrence",
            "--speaker",
            "Stoltenberg");
    assertThat(close.code()).isZero();
    JsonNode check = JSON.readTree(close.out()).at("/checks/0");
    assertThat(check.at("/claimed/speaker").asText()).isEqualTo("Stoltenberg");
    assertThat(check.get("verdict").asText()).isEqualTo("close");
    assertThat(check.at("/match/quote/text").asText())
        .isEqualTo("We should not undermine the credibility of NATO's deterrence,");
    assertThat(check.at("/differences/0/op").asText()).isEqualTo("delete");
    Run misattributed = run("check", "--json", "dumb", "--speaker", "Trump");
    assertThat(misattributed.code()).isZero();
    assertThat(JSON.readTree(misattributed.out()).at("/checks/0/match/quote/speaker/name").asText())
        .isEqualTo("Joe Biden");
    Run notFound = run("check", "--json", "Bananas rule the sea");
    assertThat(notFound.code()).isZero();
    assertThat(JSON.readTree(notFound.out()).at("/checks/0/verdict").asText())
        .isEqualTo("not_found");
    assertThat(JSON.readTree(notFound.out()).at("/checks/0/match").isNull()).isTrue();
  }

  @Test
  void whosaidQuotesAndCheckShowUncertainSpeakersAsUncertain() throws Exception {
    try (ArticleStore store = SqliteStore.open(dir.resolve("data"))) {
      store.save("https://news.test/uncertain", UncertainSpeakers.analysis(), Instant.now());
    }
    assertThat(run("whosaid", "divided by anyone").out())
        .contains(
            "\u201CWe will not be divided by anyone,\u201D\n    \u2014 speaker unclear: 'he'\n");
    assertThat(run("quotes", "--speaker", "Stoltenberg").out())
        .contains("\u2014 Jens Stoltenberg, NATO Secretary General\n")
        .contains("\u2014 probably Jens Stoltenberg, NATO Secretary General\n");
    JsonNode probable =
        JSON.readTree(run("whosaid", "--json", "defence cyber").out()).at("/results/0/quote");
    assertThat(probable.at("/speaker/confidence").asDouble()).isEqualTo(0.6);

    assertThat(run("check", "We will not be divided by anyone", "--speaker", "Stoltenberg").out())
        .isEqualTo(
            "EXACT: \u201CWe will not be divided by anyone\u201D \u2014 Stoltenberg\n"
                + "  on record: \u201CWe will not be divided by anyone,\u201D \u2014 speaker"
                + " unclear: 'he'\n"
                + "  Alliance chief warns https://news.test/uncertain\n"
                + "  the article does not name the speaker clearly, so it does not confirm that"
                + " Stoltenberg said this\n");
    Run misattributed = run("check", "Allies must spend more on defence", "--speaker", "Biden");
    assertThat(misattributed.out())
        .startsWith("MISATTRIBUTED: ")
        .contains("\u2014 probably Jens Stoltenberg, NATO Secretary General\n");
    Run json = run("check", "--json", "We will not be divided by anyone", "--speaker", "Biden");
    JsonNode check = JSON.readTree(json.out()).at("/checks/0");
    assertThat(check.get("verdict").asText()).isEqualTo("exact");
    assertThat(check.at("/match/quote/speaker").isNull()).isTrue();
    assertThat(check.at("/match/quote/mention/text").asText()).isEqualTo("he");
  }

  @Test
  void demoIngestsTheSeedsAndShowsWhatSlackWouldAnswer() {
    Run demo = run("demo");
    assertThat(demo.code()).isZero();
    assertThat(demo.out())
        .contains("ingested 000_28f35f942a0f94c1.txt: 24 quotes")
        .contains("Who said \u201Cundermine the credibility\u201D")
        .contains("Jens Stoltenberg, NATO Secretary General")
        .contains("Quotes by Biden");
  }

  @Test
  void ingestTreatsAFileAddressAsAnalyzeDoesAndReadsTheFileByPath() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "Mayor quits\n\nShe said so.\n");
    String address = secret.toUri().toString();
    Run analyze = run("analyze", address);
    Run ingest = run("ingest", address);
    assertThat(ingest.code()).isEqualTo(1).isEqualTo(analyze.code());
    assertThat(ingest.err()).contains("only http and https").contains(address);
    assertThat(analyze.err()).contains("only http and https");
    assertThat(run("whosaid", "--json", "said so").out()).doesNotContain("secret.txt");
    Run byPath = run("ingest", secret.toString());
    assertThat(byPath.code()).isZero();
    assertThat(byPath.out()).contains("stored " + address);
  }
}
