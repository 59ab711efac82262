package io.quotedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's options and report; its speed is what it measures, never asserted here. */
class BenchCommandTest {
  @TempDir Path dir;

  private static String run(int expectedCode, String... args) {
    StringWriter out = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(code).as(out.toString()).isEqualTo(expectedCode);
    return out.toString();
  }

  @Test
  void analyzeReportsItsWarmUpAndThroughput() throws IOException {
    Files.writeString(
        dir.resolve("a.txt"), "Mayor quits\n\n\u201CI am done,\u201D the mayor said.\n");
    String out =
        run(0, "bench", "analyze", "--input", dir.toString(), "--warmup", "0", "--seconds", "1");
    assertThat(out).contains("1 files").contains("after 0 s of warm-up");
    assertThat(out).containsPattern("articles/s=\\d+ .*median_round_articles/s=\\d+");
  }

  @Test
  void refusesAMeasuringTimeBelowOneSecond() {
    assertThat(run(Main.USAGE, "bench", "analyze", "--seconds", "0"))
        .contains("--seconds must be at least 1");
  }

  @Test
  void namesAMissingInputFolderInOneSentence() {
    String missing = dir.resolve("no-such-folder").toString();
    assertThat(run(Main.USAGE, "bench", "analyze", "--input", missing))
        .isEqualTo(
            "bench: no folder " + missing + "; give one with --input DIR" + System.lineSeparator());
  }
}
