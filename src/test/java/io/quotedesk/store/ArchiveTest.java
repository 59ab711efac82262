package io.quotedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.ingest.AddressGuard;
import io.quotedesk.ingest.ArticleFetcher;
import io.quotedesk.ingest.ArticleLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ArchiveTest {
  static final String PAGE =
      "<html><head><title>Mayor quits</title></head><body><article><p>The mayor resigned on"
          + " Monday after a long dispute over the city budget, which had divided the council for"
          + " months.</p><p>\"I am done with this budget,\" the mayor said, adding that she would"
          + " stay until June.</p></article></body></html>";

  @TempDir Path dir;
  private MockWebServer server;
  private ArticleStore store;
  private final AtomicLong nanos = new AtomicLong();
  private Archive archive;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    store = SqliteStore.open(dir);
    OkHttpClient client = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build();
    ArticleLoader loader =
        new ArticleLoader(
            new ArticleFetcher(
                client, new AddressGuard(List.of("localhost", "127.0.0.1")), Dns.SYSTEM));
    Clock clock =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return Instant.EPOCH.plusNanos(nanos.get());
          }
        };
    archive =
        new Archive(
            store, loader, new Analyzer(), clock, 64L << 20, Duration.ofHours(6), nanos::get);
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
    store.close();
  }

  @Test
  void concurrentRequestsForOneUncachedArticleFetchOnce() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    server.setDispatcher(
        new okhttp3.mockwebserver.Dispatcher() {
          @Override
          public MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request)
              throws InterruptedException {
            release.await(10, TimeUnit.SECONDS);
            return new MockResponse().setHeader("Content-Type", "text/html").setBody(PAGE);
          }
        });
    String url = server.url("/story").toString();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Analysis>> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      answers.add(pool.submit(() -> archive.analysis(url + "?utm_source=chat")));
    }
    Thread.sleep(200);
    release.countDown();
    for (Future<Analysis> answer : answers) {
      assertThat(answer.get(10, TimeUnit.SECONDS).quotes()).hasSize(1);
    }
    pool.shutdown();
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(store.latest(Archive.keyOf(url)).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void aSlowArticleDoesNotHoldBackAnotherWhoseKeyHashesAlike() throws Exception {
    // "Aa" and "BB" have one String hash code, so the two keys fall in one hash bin.
    assertThat(Archive.keyOf(server.url("/Aa").toString()).hashCode())
        .isEqualTo(Archive.keyOf(server.url("/BB").toString()).hashCode());
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch slowArrived = new CountDownLatch(1);
    server.setDispatcher(
        new okhttp3.mockwebserver.Dispatcher() {
          @Override
          public MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request)
              throws InterruptedException {
            if (request.getPath().equals("/Aa")) {
              slowArrived.countDown();
              release.await(20, TimeUnit.SECONDS);
            }
            return new MockResponse().setHeader("Content-Type", "text/html").setBody(PAGE);
          }
        });
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Analysis> slow = pool.submit(() -> archive.analysis(server.url("/Aa").toString()));
      assertThat(slowArrived.await(10, TimeUnit.SECONDS)).isTrue();
      Future<Analysis> other = pool.submit(() -> archive.analysis(server.url("/BB").toString()));
      assertThat(other.get(10, TimeUnit.SECONDS).quotes()).hasSize(1);
      assertThat(slow.isDone()).isFalse();
      release.countDown();
      assertThat(slow.get(10, TimeUnit.SECONDS).quotes()).hasSize(1);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void aCachedArticleIsNotFetchedAgainUntilTheRefreshTime() throws Exception {
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody(PAGE));
    server.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "text/html")
            .setBody(PAGE.replace("I am done with this budget", "I am finished with this budget")));
    String url = server.url("/story").toString();
    archive.analysis(url);
    archive.analysis(url);
    assertThat(server.getRequestCount()).isEqualTo(1);
    nanos.addAndGet(Duration.ofHours(7).toNanos());
    archive.analysis(url); // stale: answered at once, refreshed in the background
    for (int i = 0; i < 100 && store.versions(Archive.keyOf(url)).size() < 2; i++) {
      Thread.sleep(50);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    StoredArticle latest = store.latest(Archive.keyOf(url)).orElseThrow();
    assertThat(latest.version()).isEqualTo(2);
    assertThat(latest.changes())
        .extracting(StoredArticle.QuoteChange::before)
        .containsExactly("I am done with this budget,");
  }

  @Test
  void aStoredArticleSurvivesARestart() throws Exception {
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody(PAGE));
    String url = server.url("/story").toString();
    archive.analysis(url);
    Archive restarted =
        new Archive(
            store,
            null,
            new Analyzer(),
            Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
            1 << 20,
            Duration.ofHours(6),
            nanos::get);
    assertThat(restarted.analysis(url).quotes()).hasSize(1); // from the store, no loader needed
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void keysAreNormalisedAddressesFileUrisOrAbsolutePaths() {
    assertThat(Archive.keyOf("  HTTPS://News.test/a?utm_source=x#top "))
        .isEqualTo("https://news.test/a");
    assertThat(Archive.keyOf("file:/tmp/story.txt")).isEqualTo("file:/tmp/story.txt");
    assertThat(Archive.keyOf("stories/a.txt"))
        .isEqualTo(Path.of("stories/a.txt").toAbsolutePath().toUri().toString());
    // A colon in a file name makes no address.
    assertThat(Archive.keyOf("notes:draft.txt")).startsWith("file:/").endsWith("/notes:draft.txt");
  }
}
