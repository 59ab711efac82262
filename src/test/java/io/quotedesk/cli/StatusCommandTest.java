package io.quotedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive's default place is the user's data directory, and status says where it is. */
class StatusCommandTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Platform platform =
        new Platform(
            environment, dir.resolve("home"), "Linux", new ByteArrayInputStream(new byte[0]));
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), platform);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void defaultDataDirectoryFollowsThePlatformNotTheWorkingDirectory() {
    Path home = Path.of("/home/ann");
    var in = new ByteArrayInputStream(new byte[0]);
    assertThat(new Platform(Map.of(), home, "Linux", in).defaultDataDir())
        .isEqualTo(Path.of("/home/ann/.local/share/quotedesk"));
    assertThat(new Platform(Map.of("XDG_DATA_HOME", "/data/ann"), home, "Linux", in).dataDir(""))
        .isEqualTo(Path.of("/data/ann/quotedesk"));
    assertThat(new Platform(Map.of("XDG_DATA_HOME", "rel"), home, "Linux", in).defaultDataDir())
        .isEqualTo(Path.of("/home/ann/.local/share/quotedesk"));
    assertThat(new Platform(Map.of(), Path.of("/Users/ann"), "Mac OS X", in).defaultDataDir())
        .isEqualTo(Path.of("/Users/ann/Library/Application Support/QuoteDesk"));
    assertThat(new Platform(Map.of(), home, "Linux", in).dataDir("~/news"))
        .isEqualTo(Path.of("/home/ann/news"));
  }

  @Test
  void statusShowsTheDefaultArchiveAndWhatItHolds() throws Exception {
    Path xdg = dir.resolve("xdg");
    Map<String, String> environment = Map.of("XDG_DATA_HOME", xdg.toString());
    Path article =
        Files.writeString(
            dir.resolve("a.txt"),
            "Budget passes\n\n\"Parks matter too,\" Ann Ruiz said. \"So do schools,\" she added.");
    assertThat(run(environment, "ingest", article.toString()).code()).isZero();

    Run status = run(environment, "status");
    assertThat(status.code()).isZero();
    assertThat(status.out())
        .isEqualTo(
            "archive: SQLite at "
                + xdg.resolve("quotedesk").resolve("quotedesk.db")
                + "\narticles: 1 (1 versions)\nquotes: 2\n");
    assertThat(Files.exists(dir.resolve("home"))).isFalse();
  }

  @Test
  void environmentNamesAnotherArchive() {
    Path other = dir.resolve("other");
    Run status = run(Map.of("QUOTEDESK_DATA_DIR", other.toString()), "status");
    assertThat(status.out()).startsWith("archive: SQLite at " + other.resolve("quotedesk.db"));
    assertThat(status.out()).contains("articles: 0 (0 versions)\nquotes: 0\n");
  }

  @Test
  void postgresAddressesAreShownWithoutCredentials() {
    assertThat(
            StatusCommand.withoutCredentials(
                "jdbc:postgresql://bot:secret@db.example:5432/news?password=secret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db.example:5432/news");
  }
}
