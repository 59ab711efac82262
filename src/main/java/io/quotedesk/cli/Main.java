package io.quotedesk.cli;

import com.github.benmanes.caffeine.cache.Ticker;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.brief.AttributionBands;
import io.quotedesk.ingest.ArticleLoader;
import io.quotedesk.store.Archive;
import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.PostgresStore;
import io.quotedesk.store.RequestLedger;
import io.quotedesk.store.SqliteStore;
import io.quotedesk.store.StoreException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code quotedesk} command: the composition root that wires settings into each command. */
@Command(
    name = "quotedesk",
    mixinStandardHelpOptions = true,
    version = "QuoteDesk 0.1",
    description = "Reads news articles: quotes and who said them, key facts, a short summary.",
    subcommands = {
      AnalyzeCommand.class,
      IngestCommand.class,
      WhoSaidCommand.class,
      QuotesCommand.class,
      CheckCommand.class,
      ForgetCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      ServeCommand.class,
      ChatCommand.class,
      DemoCommand.class,
      BenchCommand.class,
      TrainCommand.class
    })
public final class Main {
  static final int OK = 0;
  static final int SOURCE_FAILED = 1;
  static final int USAGE = 2;

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      scope = ScopeType.INHERIT,
      description = "Override a setting for this run, e.g. --set summary.sentences=5.")
  Map<String, String> overrides = new LinkedHashMap<>();

  private Settings settings;
  private ArticleLoader articleLoader;
  private AttributionBands bands;

  /** The settings in force, loaded once on first use. */
  Settings settings() {
    if (settings == null) {
      Path home = Path.of(System.getProperty("quotedesk.home", "."));
      settings = Settings.load(home.resolve("config/quotedesk.yaml"), System.getenv(), overrides);
    }
    return settings;
  }

  /**
   * The archive the settings name: PostgreSQL when db.url points at one, else SQLite in data.dir.
   */
  ArticleStore openStore() throws StoreException {
    String url = settings().string("db.url");
    if (url.isEmpty()) {
      return SqliteStore.open(Path.of(settings().string("data.dir")));
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return PostgresStore.open(url);
    }
    throw new ConfigException("Setting db.url must be empty (SQLite) or a jdbc:postgresql:// URL.");
  }

  /** The ledger of Slack requests, in the same database as the archive (shared by replicas). */
  RequestLedger openLedger() throws StoreException {
    String url = settings().string("db.url");
    if (url.isEmpty()) {
      return SqliteStore.openLedger(Path.of(settings().string("data.dir")), Clock.systemUTC());
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return PostgresStore.openLedger(url, Clock.systemUTC());
    }
    throw new ConfigException("Setting db.url must be empty (SQLite) or a jdbc:postgresql:// URL.");
  }

  /** The archive with its cache, bound by the settings; old articles past retention.days go. */
  Archive openArchive(ArticleStore store) throws StoreException {
    return openArchive(store, articleLoader());
  }

  /** The same, reading sources through {@code loader} (web-only for the Slack app). */
  Archive openArchive(ArticleStore store, ArticleLoader loader) throws StoreException {
    int retentionDays = settings().integer("retention.days", 0, 1_000_000);
    if (retentionDays > 0) {
      store.forgetOlderThan(Instant.now().minus(Duration.ofDays(retentionDays)));
    }
    return new Archive(
        store,
        loader,
        analyzer(),
        Clock.systemUTC(),
        settings().integer("cache.maxWeightMb", 1, 1 << 20) * 1024L * 1024L,
        settings().duration("cache.refreshAfter"),
        Ticker.systemTicker());
  }

  /** The analyser, with the summary length and the confidence threshold the settings ask for. */
  Analyzer analyzer() {
    return new Analyzer(
        settings().integer("summary.sentences", 1, 5),
        settings().fraction("attribution.minConfidence"));
  }

  /**
   * How sure a speaker must be to be named, and to be named as fact, for everything that shows one.
   * Settings.load has checked both numbers and their order.
   */
  AttributionBands bands() {
    if (bands == null) {
      bands =
          new AttributionBands(
              settings().fraction("attribution.minConfidence"),
              settings().fraction("attribution.sureConfidence"));
    }
    return bands;
  }

  /**
   * Reads SOURCEs as the settings allow: files, and web pages through the address guard. One per
   * run, so every fetch shares one HTTP client and its connection pool.
   */
  ArticleLoader articleLoader() {
    if (articleLoader == null) {
      articleLoader = ArticleLoader.withPrivateHosts(settings().list("fetch.allowPrivateHosts"));
    }
    return articleLoader;
  }

  public static void main(String[] args) {
    System.exit(run(args, utf8(FileDescriptor.out), utf8(FileDescriptor.err)));
  }

  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof StoreException store) {
            LOG.warn("archive failure", store.getCause());
            err.println("quotedesk: " + store.getMessage());
            return SOURCE_FAILED;
          }
          if (e instanceof ConfigException) {
            err.println("quotedesk: " + e.getMessage());
            return USAGE;
          }
          LOG.error("Unexpected failure", e);
          err.println(
              "quotedesk: something went wrong inside QuoteDesk; the log above has details.");
          return SOURCE_FAILED;
        });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static PrintWriter utf8(FileDescriptor fd) {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), false);
  }
}
