package io.quotedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Help on every command, and every failure one sentence: no stack trace below debug level. */
class CommandLineFailuresTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  /** Runs on a platform whose home is the temporary folder; stderr's log lines are kept too. */
  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintStream realErr = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    int code;
    try {
      Platform platform =
          new Platform(
              Map.of(), dir.resolve("home"), "Linux", new ByteArrayInputStream(new byte[0]));
      code = Main.run(args, new PrintWriter(out), new PrintWriter(err), platform);
    } finally {
      System.setErr(realErr);
    }
    return new Run(code, out.toString(), log.toString(StandardCharsets.UTF_8) + err);
  }

  @Test
  void everySubcommandAnswersHelpWithExitZero() {
    CommandLine root = new CommandLine(new Main(Platform.current()));
    assertThat(root.getSubcommands()).containsKeys("whosaid", "status", "forget", "import");
    for (String name : root.getSubcommands().keySet()) {
      Run help = run(name, "--help");
      assertThat(help.code()).as(name + " --help").isZero();
      assertThat(help.out()).as(name + " --help").contains("Usage: quotedesk " + name);
    }
  }

  @Test
  void badUsageIsOneSentenceAndExitTwo() {
    Run run = run("whosaid");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err())
        .contains("Missing required parameter")
        .contains("quotedesk whosaid --help");
  }

  @ParameterizedTest
  @ValueSource(strings = {"whosaid", "check"})
  void blankWordsAskForWordsInsteadOfSearching(String command) {
    String[] blanks =
        command.equals("check")
            ? new String[] {"", "   ", "\"\" — Stoltenberg", "— Ostrander"}
            : new String[] {"", " ", "\"\"", "\u201C\u201D", "?"};
    for (String blank : blanks) {
      Run run = run(command, blank);
      assertThat(run.code()).as(command + " " + blank).isEqualTo(2);
      assertThat(run.err().strip().lines()).hasSize(1);
      assertThat(run.err()).contains("Give the ").contains("quotedesk " + command);
    }
  }

  @Test
  void commonWordsAloneSaySoInOneSentence() {
    Run run = run("--set", "data.dir=" + dir.resolve("data"), "whosaid", "AND OR NOT");
    assertThat(run.code()).isZero();
    assertThat(run.out().strip().lines()).hasSize(1);
    assertThat(run.out()).contains("is only common words").doesNotContain("No stored quote");
  }

  @Test
  void aBlankNameFilterAsksForANameInsteadOfFindingNoOne() {
    String[][] runs = {
      {"quotes", "--speaker", ""},
      {"quotes", "--speaker", "  "},
      {"whosaid", "--speaker", "", "war"},
      {"whosaid", "--outlet", " ", "war"}
    };
    for (String[] args : runs) {
      Run run = run(args);
      assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err().strip().lines()).hasSize(1);
      assertThat(run.err()).contains("needs a name");
    }
  }

  @Test
  void aReversedDateSpanIsBadUsageNotAnEmptyAnswer() {
    Run run = run("whosaid", "--since", "2024-12-01", "--until", "2024-01-01", "war");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("quotedesk: --since 2024-12-01 is after --until 2024-01-01.\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anEmptySourceIsOneSentenceNotTheWorkingFolder() {
    Run run = run("analyze", "--jsonl", "");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            "{\"input\":\"\",\"error\":\"An empty SOURCE names no file and no web address.\"}\n");
  }

  @Test
  void aSourceThatFailsFailsTheIngestWhateverTheOthersGave() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("stories"));
    for (String name : new String[] {"a.txt", "b.txt"}) {
      Files.writeString(
          folder.resolve(name), "Budget passes\n\n\"Parks matter,\" Mayor Ann Ruiz said.");
    }
    // The address guard refuses loopback before connecting: a failed SOURCE, no network.
    Run run = run("ingest", folder.toString(), "http://127.0.0.1:1/story");
    assertThat(run.out()).contains("a.txt").contains("b.txt");
    assertThat(run.err()).contains("http://127.0.0.1:1/story: ");
    assertThat(run.code()).isEqualTo(1);
  }

  @Test
  void anEmptyIngestSourceIsRefusedNotReadAsTheWorkingFolder() {
    Run run = run("ingest", "");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("an empty SOURCE names no file, folder or web address");
  }

  @Test
  void aDamagedArchiveIsOneSentenceWithoutAStackTrace() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    byte[] noise = new byte[20_000];
    new java.util.Random(17).nextBytes(noise);
    Files.write(data.resolve("quotedesk.db"), noise);
    Run run = run("--set", "data.dir=" + data, "whosaid", "anything");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("is damaged; move it aside or restore it from an export.");
    assertNoStackTrace(run.err());
  }

  @Test
  void anUnreachableDatabaseIsOneSentenceWithoutAStackTrace() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Run run =
        run(
            "--set",
            "db.url=jdbc:postgresql://127.0.0.1:" + closedPort + "/quotedesk?connectTimeout=2",
            "whosaid",
            "anything");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("QuoteDesk can't reach the archive database; check db.url.");
    assertNoStackTrace(run.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-13-01", "2024-02-30", "+999999999-12-31", "yesterday", "2024-3-1"})
  void impossibleDatesAreOneClearSentence(String day) {
    Run run = run("--set", "data.dir=" + dir.resolve("data"), "whosaid", "--since", day, "x");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("--since").contains("`" + day + "`").doesNotContain("Exception");
  }

  @Test
  void devicesAreRefusedBeforeReading() {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    Run run = run("analyze", "--jsonl", "/dev/zero");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out().strip())
        .isEqualTo(
            "{\"input\":\"/dev/zero\",\"error\":\"/dev/zero is a device or a pipe, not an article"
                + " file; save the article to a file.\"}");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS) // before the fix, reading a FIFO never returned
  void fifosAreRefusedBeforeOpening() throws Exception {
    Path fifo = dir.resolve("pipe.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0);
    Run run = run("ingest", "--set", "data.dir=" + dir.resolve("data"), fifo.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(fifo + ": " + fifo + " is a device or a pipe");
  }

  @Test
  void filesOverFiveMegabytesAreRefused() throws Exception {
    Path big = dir.resolve("big.txt");
    Files.writeString(big, "Words and more words. ".repeat(250_000));
    Run run = run("analyze", big.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("is larger than 5 MB, too large to be an article.");
  }

  @Test
  void randomBytesInATextFileAreRefusedEvenWithoutNulBytes() throws Exception {
    byte[] noise = new byte[8_000];
    new java.util.Random(5).nextBytes(noise);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) ((noise[i] & 0xFF) < 0x20 ? 'a' : noise[i]); // no NULs, no controls
    }
    Path file = Files.write(dir.resolve("noise.txt"), noise);
    Run run = run("analyze", file.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(file + " is a binary file, not article text.");
  }

  private static void assertNoStackTrace(String err) {
    assertThat(err).doesNotContain("\tat ").doesNotContainPattern("(?m)^\\s+at [a-z]");
    assertThat(err.strip().lines().count()).isLessThanOrEqualTo(2); // a log line and the sentence
  }
}
