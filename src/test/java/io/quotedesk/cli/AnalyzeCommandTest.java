package io.quotedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path article(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void jsonlPrintsOneObjectPerSourceInTheInterfaceShape() throws IOException {
    Path file = article("a.txt", "Mayor quits\n\n\u201CI am done,\u201D the mayor said.\n");
    Run run = run("analyze", "--jsonl", file.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out().lines()).hasSize(1);
    JsonNode line = JSON.readTree(run.out());
    assertThat(line.get("input").asText()).isEqualTo(file.toString());
    assertThat(line.at("/article/title").asText()).isEqualTo("Mayor quits");
    assertThat(line.at("/article/text").asText()).isEqualTo(Files.readString(file));
    JsonNode quote = line.at("/quotes/0");
    assertThat(quote.get("text").asText()).isEqualTo("I am done,");
    assertThat(quote.get("paragraph").asInt()).isEqualTo(1);
    assertThat(quote.has("speaker")).isTrue();
    assertThat(line.has("people")).isTrue();
    assertThat(line.has("facts")).isTrue();
    assertThat(line.has("summary")).isTrue();
  }

  @Test
  void unreadableSourcePrintsItsErrorAndTheRunGoesOn() throws IOException {
    Path good = article("good.txt", "Headline\n\nA story.");
    String missing = dir.resolve("missing.txt").toString();
    Run run = run("analyze", "--jsonl", missing, good.toString());
    assertThat(run.code()).isEqualTo(1);
    var lines = run.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode error = JSON.readTree(lines.get(0));
    assertThat(error.get("input").asText()).isEqualTo(missing);
    assertThat(error.get("error").asText()).isEqualTo("There is no file at " + missing + ".");
    assertThat(JSON.readTree(lines.get(1)).has("article")).isTrue();
  }

  @Test
  void aSourcePastTheDeadlineFailsWithASentenceAndTheRunGoesOn() throws IOException {
    // Long enough that no machine reads them within a microsecond, however warm.
    String story = "\u201CI am done,\u201D the mayor said on Monday in the council hall.\n\n";
    Path first = article("first.txt", "Mayor quits\n\n" + story.repeat(2_000));
    Path second = article("second.txt", "Council meets\n\n" + story.repeat(2_000));
    Run run =
        run(
            "--set",
            "analysis.deadline=PT0.000001S",
            "analyze",
            "--jsonl",
            first.toString(),
            second.toString());
    assertThat(run.code()).isEqualTo(1);
    var lines = run.out().lines().toList();
    assertThat(lines).hasSize(2);
    for (int i = 0; i < 2; i++) {
      JsonNode error = JSON.readTree(lines.get(i));
      assertThat(error.get("input").asText()).isEqualTo((i == 0 ? first : second).toString());
      assertThat(error.get("error").asText())
          .isEqualTo(
              "QuoteDesk stopped reading this source after 0.000001 seconds,"
                  + " the most analysis.deadline allows.");
    }
  }

  @Test
  void aDeadlineThatIsNoDurationIsAUsageError() {
    Run run = run("--set", "analysis.deadline=10s", "analyze", "x.txt");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Setting analysis.deadline must be an ISO-8601 duration");
  }

  @Test
  void emptyAndBinaryFilesAreRefusedWithASentence() throws IOException {
    Path empty = article("empty.txt", " \n\u00A0\n");
    Path binary = Files.write(dir.resolve("x.txt"), new byte[] {1, 0, 2});
    Run run = run("analyze", "--jsonl", empty.toString(), binary.toString(), dir.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains("is empty: there is no article to read.")
        .contains("is a binary file, not article text.")
        .contains("is a folder, not an article file.");
  }

  @Test
  void lineSeparatorsAreEscapedSoEachObjectStaysOnOneLine() throws IOException {
    Path file = article("sep.txt", "One\u2028two\u2029three \"quoted\u2028text\" she said.");
    Run run = run("analyze", "--jsonl", file.toString());
    assertThat(run.out()).doesNotContain("\u2028").doesNotContain("\u2029").contains("\\u2028");
    assertThat(JSON.readTree(run.out()).at("/article/text").asText()).contains("\u2028");
  }

  @Test
  void readableBriefListsTheQuotes() throws IOException {
    Path file = article("b.txt", "Mayor quits\n\n\"I am done,\" the mayor said.\n");
    Run run = run("analyze", file.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Mayor quits\n").contains("\u201CI am done,\u201D");
  }

  @Test
  void badUsageAndBadSettingsExitWithTwo() throws IOException {
    assertThat(run("analyze").code()).isEqualTo(2);
    assertThat(run("frobnicate").code()).isEqualTo(2);
    Path file = article("c.txt", "Text.");
    Run run = run("analyze", "--set", "summary.sentences=8", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("summary.sentences must be a whole number from 1 to 5");
  }

  @Test
  void htmlFilesGiveTheStoryAndANoticeWhenInALanguageNotAnalysed() throws IOException {
    Path page =
        article(
            "pagina.html",
            "<html lang=nl><head><title>Minister treedt af</title></head><body><article><p>De"
                + " minister van Financiën is woensdag na weken van ruzie over de begroting"
                + " afgetreden; zij kon de bezuinigingen op ziekenhuizen niet langer verdedigen,"
                + " zei ze in het parlement.</p></article></body></html>");
    Run run = run("analyze", "--jsonl", page.toString());
    assertThat(run.code()).isZero();
    JsonNode line = JSON.readTree(run.out());
    assertThat(line.at("/article/text").asText()).startsWith("Minister treedt af\n\nDe minister");
    assertThat(line.at("/article/language").asText()).isEqualTo("nl");
    assertThat(line.get("notice").asText()).contains("in Dutch");
  }

  @Test
  void privateAddressesAreRefusedWithoutAConnection() {
    Run run = run("analyze", "--jsonl", "http://169.254.169.254/latest/meta-data/");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("doesn't fetch addresses on private or internal networks");
  }
}
