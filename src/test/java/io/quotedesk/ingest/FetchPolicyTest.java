package io.quotedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ServerSocketFactory;
import okhttp3.Dns;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One fetch policy: Slack and feeds reach only http(s); every numeric spelling of a host is read as
 * the address it is before any connection (counted on the server's socket), and a listed private
 * host is still reached.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FetchPolicyTest {
  private MockWebServer server;
  private final AtomicInteger accepted = new AtomicInteger();
  private final List<String> failures = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.setServerSocketFactory(countingAccepts());
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  /** Server sockets that count every connection they accept. */
  private ServerSocketFactory countingAccepts() {
    return new ServerSocketFactory() {
      @Override
      public ServerSocket createServerSocket() throws IOException {
        return new ServerSocket() {
          @Override
          public Socket accept() throws IOException {
            Socket socket = super.accept();
            accepted.incrementAndGet();
            return socket;
          }
        };
      }

      @Override
      public ServerSocket createServerSocket(int port) throws IOException {
        throw new IOException("unbound sockets only");
      }

      @Override
      public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        throw new IOException("unbound sockets only");
      }

      @Override
      public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
          throws IOException {
        throw new IOException("unbound sockets only");
      }
    };
  }

  private ArticleFetcher fetcher(List<String> allowed) {
    return new ArticleFetcher(
        LoopbackOnlySockets.client(Duration.ofSeconds(5)),
        new AddressGuard(allowed),
        Dns.SYSTEM,
        failures::add);
  }

  @Test
  void everyNumericSpellingOfLoopbackIsRefusedBeforeAnyConnection() throws Exception {
    ArticleFetcher guarded = fetcher(List.of());
    int port = server.getPort();
    List<String> hosts =
        List.of(
            "127.1",
            "2130706433",
            "0x7f000001",
            "017700000001",
            "0",
            "[::ffff:127.0.0.1]",
            "127.0.0.1",
            "0177.0.0.1");
    for (String host : hosts) {
      assertThatThrownBy(() -> guarded.fetch("http://" + host + ":" + port + "/"))
          .as(host)
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("private or internal networks");
    }
    assertThat(failures).hasSize(hosts.size()).containsOnly("refused");
    // One allowed fetch afterwards: the server accepts connections in order, so any connection a
    // refused fetch had opened would be counted before this one.
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain").setBody("ok"));
    fetcher(List.of("127.0.0.1")).fetch("http://127.0.0.1:" + port + "/");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(accepted.get()).isEqualTo(1);
  }

  @Test
  void aListedPrivateHostIsReachedInAnySpelling() throws Exception {
    int port = server.getPort();
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain").setBody("page"));
    }
    assertThat(fetcher(List.of("127.0.0.1")).fetch("http://127.0.0.1:" + port + "/a").body())
        .isEqualTo("page");
    assertThat(fetcher(List.of("127.0.0.1")).fetch("http://127.1:" + port + "/b").body())
        .isEqualTo("page");
    assertThat(fetcher(List.of("0x7f000001")).fetch("http://127.0.0.1:" + port + "/c").body())
        .isEqualTo("page");
    assertThat(server.takeRequest().getPath()).isEqualTo("/a");
    assertThat(server.takeRequest().getPath()).isEqualTo("/b");
    assertThat(failures).isEmpty();
  }

  @Test
  void aWebOnlyLoaderRefusesPathsAndFileAddresses(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "Top secret line one.\n");
    ArticleLoader webOnly = ArticleLoader.webOnly(fetcher(List.of("127.0.0.1")));
    for (String source : List.of(secret.toString(), secret.toUri().toString(), "ftp://x/y")) {
      assertThatThrownBy(() -> webOnly.load(source))
          .as(source)
          .isInstanceOf(IngestException.class)
          .hasMessage(ArticleLoader.WEB_ONLY);
    }
    assertThat(accepted.get()).isZero();
  }

  @Test
  void theCommandLineReadsFilesByPathButNotAsFileAddresses(@TempDir Path dir) throws Exception {
    Path story = Files.writeString(dir.resolve("story.txt"), "Mayor quits\n\nShe said so.\n");
    ArticleLoader local = new ArticleLoader(fetcher(List.of()));
    assertThat(local.load(story.toString()).text()).startsWith("Mayor quits");
    assertThatThrownBy(() -> local.load(story.toUri().toString()))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("only http and https");
  }

  @Test
  void recognisesAddressesThatAreNotWebAddresses() {
    assertThat(ArticleLoader.isNonWebAddress("file:///etc/passwd")).isTrue();
    assertThat(ArticleLoader.isNonWebAddress(" <file:///etc/passwd> ")).isTrue();
    assertThat(ArticleLoader.isNonWebAddress("<ftp://x/y|y>")).isTrue();
    assertThat(ArticleLoader.isNonWebAddress("https://example.com/a")).isFalse();
    assertThat(ArticleLoader.isNonWebAddress("\"We will not\" said the mayor")).isFalse();
  }
}
