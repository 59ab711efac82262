package io.quotedesk.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.brief.AttributionBands;
import io.quotedesk.ingest.ArticleLoader;
import io.quotedesk.store.Archive;
import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.PostgresStore;
import io.quotedesk.store.RequestLedger;
import io.quotedesk.store.SqliteStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Installs through Bolt's OAuth flow against a stand-in for Slack's Web API ({@code
 * oauth.v2.access}, {@code auth.test}, {@code chat.postMessage}) on MockWebServer, with the
 * installations in the archive database: SQLite always, PostgreSQL when TEST_POSTGRES_URL is set.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OAuthInstallTest {
  static final String SIGNING_SECRET = "test-signing-secret";
  static final String CLIENT_SECRET = "client-secret-42";
  static final String STATE_SECRET = "state-secret-42";
  static final String BOT_TOKEN = "xoxb-team9-secret";
  static final String USER_TOKEN = "xoxp-user9-secret";
  static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  @TempDir Path dir;
  private final MockWebServer slack = new MockWebServer();
  private final ConcurrentLinkedQueue<RecordedRequest> posts = new ConcurrentLinkedQueue<>();
  private final AtomicInteger accessCalls = new AtomicInteger();
  private final Workers workers = Workers.start(2, 2, 2);
  private RequestLedger ledger;
  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T08:00:00Z"));
  private ArticleStore store;
  private String rawJdbcUrl;
  private SlackApp slackApp;
  private InstallPages pages;

  @AfterEach
  void stop() throws Exception {
    workers.close();
    if (ledger != null) {
      ledger.close();
    }
    slack.shutdown();
    if (store != null) {
      store.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void anInstalledWorkspaceIsAnsweredWithItsOwnTokenStoredSealed(String backend) throws Exception {
    start(backend);
    PrintStream stderr = System.err;
    ByteArrayOutputStream logs = new ByteArrayOutputStream();
    System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
    try {
      Response install = get("/slack/install", null, null);
      assertThat(install.getStatusCode()).isEqualTo(302);
      String location = install.getHeaders().get("Location").get(0);
      assertThat(location).startsWith("https://slack.com/oauth/v2/authorize?");
      assertThat(queryValue(location, "client_id")).isEqualTo("111.222");
      assertThat(queryValue(location, "scope")).isEqualTo("chat:write,commands");
      String state = queryValue(location, "state");
      String cookie = cookie(install);
      Response redirect = get("/slack/oauth_redirect", "code=good-code&state=" + state, cookie);
      assertThat(redirect.getStatusCode()).as(redirect.getBody()).isIn(200, 302);
      assertThat(accessCalls).hasValue(1);
      String stored = rawInstallations();
      assertThat(stored).contains("T9").doesNotContain(BOT_TOKEN).doesNotContain(USER_TOKEN);

      Response replayed = get("/slack/oauth_redirect", "code=good-code&state=" + state, cookie);
      assertThat(replayed.getStatusCode()).isEqualTo(400);
      assertThat(accessCalls).as("a replayed state never reaches Slack").hasValue(1);
      Response event = mentionFrom("T9");
      assertThat(event.getStatusCode()).as(event.getBody()).isEqualTo(200);
      RecordedRequest post = nextPost();
      assertThat(post.getHeader("Authorization")).isEqualTo("Bearer " + BOT_TOKEN);
      assertThat(post.getBody().readUtf8()).contains("C1");
      assertThat(mentionFrom("T404").getStatusCode())
          .as("a workspace never installed")
          .isEqualTo(401);
    } finally {
      System.setErr(stderr);
    }
    assertThat(logs.toString(StandardCharsets.UTF_8))
        .doesNotContain(BOT_TOKEN)
        .doesNotContain(USER_TOKEN)
        .doesNotContain(CLIENT_SECRET)
        .doesNotContain(STATE_SECRET)
        .doesNotContain(KEY);
  }

  @Test
  void aForgedMismatchedOrExpiredStateIsRefusedWithoutAskingSlack() throws Exception {
    start("sqlite");
    Response install = get("/slack/install", null, null);
    String state = queryValue(install.getHeaders().get("Location").get(0), "state");
    String cookie = cookie(install);

    assertThat(get("/slack/oauth_redirect", "code=good-code&state=forged", cookie).getStatusCode())
        .isEqualTo(400);
    assertThat(get("/slack/oauth_redirect", "code=good-code&state=" + state, null).getStatusCode())
        .as("no cookie")
        .isEqualTo(400);
    String forgedCookie = "slack-app-oauth-state=" + state + ".bm90LXRoZS1zaWduYXR1cmU";
    assertThat(
            get("/slack/oauth_redirect", "code=good-code&state=" + state, forgedCookie)
                .getStatusCode())
        .as("a cookie not signed with SLACK_STATE_SECRET")
        .isEqualTo(400);
    clock.advance(Duration.ofMinutes(11));
    assertThat(
            get("/slack/oauth_redirect", "code=good-code&state=" + state, cookie).getStatusCode())
        .as("expired")
        .isEqualTo(400);
    assertThat(accessCalls).hasValue(0);
    assertThat(rawInstallations()).isEmpty();
  }

  @Test
  void withoutAClientIdTheAppKeepsToOneTokenAndOAuthNeedsAWellFormedKey() {
    assertThat(SlackInstalls.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-1"))).isEmpty();
    Map<String, String> env = new HashMap<>(oauthEnvironment());
    env.put("QUOTEDESK_TOKEN_KEY", "c2hvcnQ=");
    assertThatThrownBy(() -> SlackInstalls.fromEnvironment(env)).hasMessage(TokenCipher.KEY_FORMAT);
    env.remove("QUOTEDESK_TOKEN_KEY");
    assertThatThrownBy(() -> SlackInstalls.fromEnvironment(env)).hasMessage(TokenCipher.KEY_FORMAT);
    env.put("QUOTEDESK_TOKEN_KEY", KEY);
    env.remove("SLACK_STATE_SECRET");
    assertThatThrownBy(() -> SlackInstalls.fromEnvironment(env))
        .hasMessageContaining("SLACK_STATE_SECRET");
  }

  private void start(String backend) throws Exception {
    if (backend.equals("postgres")) {
      String url = System.getenv("TEST_POSTGRES_URL");
      assumeTrue(url != null && !url.isBlank(), "TEST_POSTGRES_URL is not set");
      try (Connection c = DriverManager.getConnection(url);
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS oauth_install CASCADE");
        s.execute("CREATE SCHEMA oauth_install");
      }
      rawJdbcUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=oauth_install";
      store = PostgresStore.open(rawJdbcUrl);
    } else {
      store = SqliteStore.open(dir);
      rawJdbcUrl = "jdbc:sqlite:" + dir.resolve("quotedesk.db");
    }
    slack.setDispatcher(new WebApiStandIn());
    slack.start();
    SlackConfig slackConfig = new SlackConfig();
    slackConfig.setMethodsEndpointUrlPrefix(slack.url("/api/").toString());
    SlackInstalls installs = SlackInstalls.fromEnvironment(oauthEnvironment()).orElseThrow();
    AppConfig config =
        installs
            .configure(
                AppConfig.builder()
                    .signingSecret(SIGNING_SECRET)
                    .slack(Slack.getInstance(slackConfig)))
            .build();
    Archive archive = new Archive(store, ArticleLoader.withPrivateHosts(List.of()));
    ledger = SqliteStore.openLedger(dir, Clock.systemUTC());
    slackApp =
        new SlackApp(
            config,
            new Answers(archive, new Analyzer(), AttributionBands.DEFAULT),
            workers,
            100,
            Clock.systemUTC(),
            List.of(),
            ledger);
    installs.attach(slackApp.app(), store.installations(), clock);
    pages = new InstallPages(slackApp.app());
  }

  private static Map<String, String> oauthEnvironment() {
    return Map.of(
        "SLACK_CLIENT_ID", "111.222",
        "SLACK_CLIENT_SECRET", CLIENT_SECRET,
        "SLACK_SCOPES", "chat:write,commands",
        "SLACK_STATE_SECRET", STATE_SECRET,
        "QUOTEDESK_TOKEN_KEY", KEY);
  }

  private Response get(String path, String query, String cookie) throws Exception {
    Map<String, List<String>> headers = new HashMap<>();
    if (cookie != null) {
      headers.put("Cookie", List.of(cookie));
    }
    return pages.handle("GET", path, query, headers, "127.0.0.1");
  }

  /** The state cookie Bolt set, as a browser sends it back. */
  private static String cookie(Response response) {
    String setCookie = response.getHeaders().get("Set-Cookie").get(0);
    assertThat(setCookie).startsWith("slack-app-oauth-state=").contains("HttpOnly");
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  private static String queryValue(String url, String name) {
    Matcher m = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(url);
    assertThat(m.find()).as(name + " in " + url).isTrue();
    return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
  }

  /** Every column of every stored installation, as the database holds them. */
  private String rawInstallations() throws Exception {
    StringBuilder all = new StringBuilder();
    try (Connection c = DriverManager.getConnection(rawJdbcUrl);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM slack_installations")) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          all.append(rs.getString(i)).append('\t');
        }
        all.append('\n');
      }
    }
    return all.toString();
  }

  /** An app_mention from {@code team}, signed exactly as Slack signs events. */
  private Response mentionFrom(String team) throws Exception {
    String body =
        "{\"token\":\"t\",\"team_id\":\""
            + team
            + "\",\"api_app_id\":\"A1\",\"type\":\"event_callback\",\"event_id\":\"Ev"
            + team
            + "\",\"event_time\":1700000000,\"event\":{\"type\":\"app_mention\",\"user\":\"U1\","
            + "\"text\":\"<@UBOT9> help\",\"ts\":\"1700000000.000200\",\"channel\":\"C1\","
            + "\"event_ts\":\"1700000000.000200\"}}";
    long timestamp = Instant.now().getEpochSecond();
    SlackRequestParser parser = new SlackRequestParser(slackApp.app().config());
    return slackApp
        .app()
        .run(
            SignedRequests.parse(
                parser, "application/json", body, timestamp, SIGNING_SECRET, Map.of()));
  }

  private RecordedRequest nextPost() throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      RecordedRequest post = posts.poll();
      if (post != null) {
        return post;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("nothing was posted to Slack");
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  /** Slack's Web API for one workspace, T9, whose install code is "good-code". */
  private final class WebApiStandIn extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String path = String.valueOf(request.getPath());
      String body = request.getBody().clone().readUtf8();
      if (path.endsWith("/oauth.v2.access")) {
        accessCalls.incrementAndGet();
        if (!body.contains("code=good-code")) {
          return json("{\"ok\":false,\"error\":\"invalid_code\"}");
        }
        return json(
            "{\"ok\":true,\"app_id\":\"A1\",\"authed_user\":{\"id\":\"U9\",\"scope\":\"\","
                + "\"access_token\":\""
                + USER_TOKEN
                + "\",\"token_type\":\"user\"},\"scope\":\"chat:write,commands\","
                + "\"token_type\":\"bot\",\"access_token\":\""
                + BOT_TOKEN
                + "\",\"bot_user_id\":\"UBOT9\",\"team\":{\"id\":\"T9\",\"name\":\"Newsroom\"},"
                + "\"enterprise\":null,\"is_enterprise_install\":false}");
      }
      boolean teamToken = ("Bearer " + BOT_TOKEN).equals(request.getHeader("Authorization"));
      if (path.endsWith("/auth.test")) {
        return json(
            teamToken
                ? "{\"ok\":true,\"user_id\":\"UBOT9\",\"bot_id\":\"B9\",\"team_id\":\"T9\","
                    + "\"url\":\"https://newsroom.slack.com/\"}"
                : "{\"ok\":false,\"error\":\"invalid_auth\"}");
      }
      if (path.endsWith("/chat.postMessage") || path.endsWith("/chat.postEphemeral")) {
        posts.add(request); // help to a mention is answered privately

        return json("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000300\"}");
      }
      return new MockResponse().setResponseCode(404);
    }
  }

  /** A clock the test moves forward, for state expiry. */
  private static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
