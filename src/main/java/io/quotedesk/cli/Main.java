package io.quotedesk.cli;

import com.github.benmanes.caffeine.cache.Ticker;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.brief.AttributionBands;
import io.quotedesk.ingest.ArticleLoader;
import io.quotedesk.ingest.TimeLimit;
import io.quotedesk.store.Archive;
import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.PostgresStore;
import io.quotedesk.store.RequestLedger;
import io.quotedesk.store.SqliteStore;
import io.quotedesk.store.StoreException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
    // INHERIT gives every subcommand --help and --version too: `whosaid --help` exits 0.
    scope = ScopeType.INHERIT,
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
      StatusCommand.class,
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

  private final Platform platform;
  private Settings settings;
  private ArticleLoader articleLoader;
  private AttributionBands bands;
  private TimeLimit timeLimit;

  Main(Platform platform) {
    this.platform = platform;
  }

  Platform platform() {
    return platform;
  }

  /** The settings in force, loaded once on first use. */
  Settings settings() {
    if (settings == null) {
      Path home = Path.of(System.getProperty("quotedesk.home", "."));
      settings =
          Settings.load(home.resolve("config/quotedesk.yaml"), platform.environment(), overrides);
    }
    return settings;
  }

  /** The folder of the SQLite archive: data.dir, else the user's data directory. */
  Path dataDir() {
    return platform.dataDir(settings().string("data.dir"));
  }

  /**
   * The archive the settings name: PostgreSQL when db.url points at one, else SQLite in data.dir.
   */
  ArticleStore openStore() throws StoreException {
    String url = settings().string("db.url");
    if (url.isEmpty()) {
      warnOfAnOlderArchive();
      return SqliteStore.open(dataDir());
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return PostgresStore.open(url);
    }
    throw new ConfigException("Setting db.url must be empty (SQLite) or a jdbc:postgresql:// URL.");
  }

  /**
   * Versions before the user data directory kept the archive in ./data: say so rather than answer
   * silently from an empty one.
   */
  private void warnOfAnOlderArchive() {
    Path old = SqliteStore.file(Path.of("data"));
    if (settings().string("data.dir").isEmpty()
        && Files.isRegularFile(old)
        && !Files.exists(SqliteStore.file(dataDir()))) {
      LOG.warn(
          "An archive from an older QuoteDesk is in ./data; this run uses {}. Add --set"
              + " data.dir=./data to use the old one, or move {} there.",
          dataDir(),
          old);
    }
  }

  /** The ledger of Slack requests, in the same database as the archive (shared by replicas). */
  RequestLedger openLedger() throws StoreException {
    String url = settings().string("db.url");
    if (url.isEmpty()) {
      return SqliteStore.openLedger(dataDir(), Clock.systemUTC());
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
        Ticker.systemTicker(),
        timeLimit());
  }

  /** How long reading and analysing one SOURCE may take: {@code analysis.deadline}. */
  TimeLimit timeLimit() {
    if (timeLimit == null) {
      timeLimit = new TimeLimit(settings().duration("analysis.deadline"));
    }
    return timeLimit;
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
    return run(args, out, err, Platform.current());
  }

  /** Runs one command on {@code platform}: its environment, home folder and stdin. */
  static int run(String[] args, PrintWriter out, PrintWriter err, Platform platform) {
    CommandLine commandLine = new CommandLine(new Main(platform));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.registerConverter(LocalDate.class, new DayConverter());
    commandLine.setParameterExceptionHandler(Main::badUsage);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, err));
    int code = commandLine.execute(args);
    // PrintWriter keeps write failures to itself: a full disk or a closed pipe must not pass for
    // a whole export (or any result) with exit 0.
    if (out.checkError()) {
      err.println(
          "quotedesk: the output could not be written in full (a full disk or a closed pipe).");
      code = code == OK ? SOURCE_FAILED : code;
    }
    err.flush();
    return code;
  }

  /** Bad usage: picocli's sentence and where to read more, not the whole usage text. */
  private static int badUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    String message = e.getMessage().strip();
    err.println(
        "quotedesk: "
            + message
            + (message.endsWith(".") ? "" : ".")
            + " See `"
            + name
            + " --help`.");
    err.flush();
    return USAGE;
  }

  /**
   * A failed command: one sentence on stderr. The cause goes to the log in one line; its stack
   * trace only at debug level ({@code
   * JAVA_TOOL_OPTIONS=-Dorg.slf4j.simpleLogger.defaultLogLevel=debug}).
   */
  static int failure(Exception e, PrintWriter err) {
    if (e instanceof ConfigException) {
      err.println("quotedesk: " + e.getMessage());
      return USAGE;
    }
    if (e instanceof IOException failure) { // StoreException, IngestException: a sentence already
      Throwable cause = failure.getCause() == null ? failure : failure.getCause();
      LOG.warn("cause: {}", cause.toString());
      LOG.debug("{}", failure.getMessage(), cause);
      err.println("quotedesk: " + failure.getMessage());
      return SOURCE_FAILED;
    }
    LOG.error("Unexpected failure: {}", e.toString());
    LOG.debug("Unexpected failure", e);
    err.println(
        "quotedesk: something went wrong inside QuoteDesk ("
            + e.getClass().getSimpleName()
            + "); the log line above names the cause.");
    return SOURCE_FAILED;
  }

  private static PrintWriter utf8(FileDescriptor fd) {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), false);
  }
}
