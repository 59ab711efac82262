package io.quotedesk.cli;

import io.quotedesk.ingest.AddressGuard;
import io.quotedesk.ingest.ArticleFetcher;
import io.quotedesk.ingest.ArticleLoader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.Dns;
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
    subcommands = {AnalyzeCommand.class, BenchCommand.class})
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

  /** The settings in force, loaded once on first use. */
  Settings settings() {
    if (settings == null) {
      Path home = Path.of(System.getProperty("quotedesk.home", "."));
      settings = Settings.load(home.resolve("config/quotedesk.yaml"), System.getenv(), overrides);
    }
    return settings;
  }

  /** Reads SOURCEs as the settings allow: files, and web pages through the address guard. */
  ArticleLoader articleLoader() {
    AddressGuard guard = new AddressGuard(settings().list("fetch.allowPrivateHosts"));
    return new ArticleLoader(new ArticleFetcher(ArticleFetcher.defaultClient(), guard, Dns.SYSTEM));
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
