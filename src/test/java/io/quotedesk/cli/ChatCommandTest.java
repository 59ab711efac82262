package io.quotedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chat through JLine on a dumb terminal fed by a pipe: what a script or a test sees. */
class ChatCommandTest {
  private static final Path SEED = Path.of("seeds/000_28f35f942a0f94c1.txt");

  @TempDir Path dir;

  private String chat(String stdin) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Platform platform =
        new Platform(
            Map.of(),
            dir.resolve("home"),
            "Linux",
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    int code =
        Main.run(
            new String[] {"--set", "data.dir=" + dir.resolve("data"), "chat"},
            new PrintWriter(out),
            new PrintWriter(err),
            platform);
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }

  @Test
  void readsAPathAnUnquotedQuestionAndShowsEmojiAsCharacters() throws Exception {
    Path copy = Files.copy(SEED, dir.resolve("nato story.txt"));
    String out =
        chat(
            "/summary "
                + copy
                + "\nwho said dumb?\n/checkquote \"dumb\" -- Trump\n@QuoteDesk who said"
                + " undermine the credibility\n");
    assertThat(out).startsWith("QuoteDesk chat:");
    // The file's story, not the path analysed as pasted text.
    assertThat(out).contains("Jens Stoltenberg").doesNotContain(copy.toString() + "\n\u2022");
    assertThat(out).contains("Who said \u201Cdumb\u201D").contains("Joe Biden");
    assertThat(out).contains("Misattributed: \u201Cdumb\u201D").doesNotContain(":x:");
    assertThat(out).contains("Who said \u201Cundermine the credibility\u201D");
    assertThat(out).doesNotContain("quotedesk> ");
  }

  @Test
  void factsAndQuotesReadAPathToo() throws Exception {
    Path copy = Files.copy(SEED, dir.resolve("nato story.txt"));
    String out = chat("/quotedesk facts " + copy + "\n/quotedesk quotes " + copy + "\n");
    assertThat(out).doesNotContain("no figures found").contains("\u2022 2%");
    assertThat(out).containsPattern("\\d+ quotes from \\d+ speakers");
  }

  @Test
  void keepsItsHistoryBesideTheArchive() throws Exception {
    chat("/quotedesk help\nwho said anything\n");
    Path history = dir.resolve("data").resolve("chat-history");
    assertThat(Files.readString(history)).contains("/quotedesk help").contains("who said anything");
  }
}
