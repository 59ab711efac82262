package io.quotedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import checks each line as ingest would; forget takes a path exactly as ingest was given it. */
class ImportAndForgetTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path article;

  private record Run(int code, String out, String err) {}

  private Run run(String data, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    all[0] = "--set";
    all[1] = "data.dir=" + dir.resolve(data);
    System.arraycopy(args, 0, all, 2, args.length);
    Platform platform =
        new Platform(
            Map.of(),
            dir.resolve("home"),
            "Linux",
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    int code = Main.run(all, new PrintWriter(out), new PrintWriter(err), platform);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void writeArticle() throws Exception {
    article =
        Files.writeString(
            dir.resolve("budget story.txt"),
            "Budget passes\n\n\"Parks matter too,\" Mayor Ann Ruiz said on Monday.");
  }

  /** The article's path relative to the working directory, as a user in that folder types it. */
  private String relativePath() {
    return Path.of("").toAbsolutePath().relativize(article).toString();
  }

  @Test
  void forgetTakesTheRelativePathIngestWasGiven() {
    String relative = relativePath();
    assertThat(relative).doesNotStartWith("/");
    assertThat(run("data", "", "ingest", relative).code()).isZero();
    Run forgot = run("data", "", "forget", relative);
    assertThat(forgot.code()).as(forgot.err()).isZero();
    assertThat(forgot.out()).startsWith("forgot file:/").contains("budget%20story.txt");
    assertThat(run("data", "", "status").out()).contains("articles: 0");
  }

  @Test
  void forgetWithAnEmptyAddressAsksForOne() {
    for (String blank : List.of("", "  ")) {
      Run forgot = run("data", "", "forget", blank);
      assertThat(forgot.code()).isEqualTo(2);
      assertThat(forgot.err().strip()).startsWith("quotedesk: Give the article's address");
    }
  }

  @Test
  void importSkipsLinesIngestCouldNotHaveMadeAndSaysWhich() throws Exception {
    assertThat(run("data", "", "ingest", article.toString()).code()).isZero();
    String exported = run("data", "", "export").out().strip();
    ObjectNode good = (ObjectNode) JSON.readTree(exported);
    assertThat(good.get("url").asText()).startsWith("file:/");

    ObjectNode noAddress = good.deepCopy().put("url", "");
    ObjectNode blankAddress = good.deepCopy().put("url", "   ");
    ObjectNode outside = good.deepCopy();
    ObjectNode quote = (ObjectNode) outside.at("/analysis/quotes/0");
    int length = quote.get("text").asText().length();
    quote.put("start", 10_000).put("end", 10_000 + length);
    ObjectNode web = good.deepCopy().put("url", "https://news.test/budget?utm_source=x");
    String input =
        String.join(
                "\n",
                List.of(
                    good.toString(),
                    noAddress.toString(),
                    "{not json",
                    blankAddress.toString(),
                    outside.toString(),
                    web.toString()))
            + "\n";

    Run imported = run("copy", input, "import");
    assertThat(imported.code()).isEqualTo(1);
    assertThat(imported.out()).isEqualTo("imported 2 article versions\n");
    assertThat(imported.err())
        .isEqualTo(
            "line 2: skipped, it has no address.\n"
                + "line 3: skipped, it is not JSON.\n"
                + "line 4: skipped, it has no address.\n"
                + "line 5: skipped, a quote lies outside the article's text.\n"
                + "skipped 4 lines; see above.\n");

    // The file: key of a local ingest stays valid: the copy forgets it by the same path.
    assertThat(run("copy", "", "forget", article.toString()).code()).isZero();
    assertThat(run("copy", "", "forget", "https://news.test/budget").code()).isZero();
    assertThat(run("copy", "", "status").out()).contains("articles: 0");
  }

  @Test
  void anExportThatCannotBeWrittenFailsInsteadOfPassingForABackup() {
    assertThat(run("data", "", "ingest", article.toString()).code()).isZero();
    StringWriter err = new StringWriter();
    java.io.Writer full =
        new java.io.Writer() {
          @Override
          public void write(char[] chars, int offset, int length) throws java.io.IOException {
            throw new java.io.IOException("No space left on device");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Platform platform =
        new Platform(Map.of(), dir.resolve("home"), "Linux", new ByteArrayInputStream(new byte[0]));
    int code =
        Main.run(
            new String[] {"--set", "data.dir=" + dir.resolve("data"), "export"},
            new PrintWriter(full),
            new PrintWriter(err),
            platform);
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("the output could not be written in full");
  }

  @Test
  void aMissingOrFolderImportFileIsOneSentence() throws Exception {
    Run missing = run("data", "", "import", dir.resolve("nowhere.jsonl").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err())
        .isEqualTo("quotedesk: There is no file at " + dir.resolve("nowhere.jsonl") + ".\n");
    Run folder = run("data", "", "import", dir.toString());
    assertThat(folder.code()).isEqualTo(1);
    assertThat(folder.err()).isEqualTo("quotedesk: " + dir + " is a folder, not an export file.\n");
  }

  @Test
  void anExportReadFromAPipeIsImported() throws Exception {
    assertThat(run("data", "", "ingest", article.toString()).code()).isZero();
    byte[] exported = run("data", "", "export").out().getBytes(StandardCharsets.UTF_8);
    // What the shell hands over for `import <(zcat backup.jsonl.gz)`: a named pipe, no file.
    Path pipe = dir.resolve("backup.pipe");
    assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
    Thread writer = new Thread(() -> writeQuietly(pipe, exported));
    writer.start();
    Run imported = run("copy", "", "import", pipe.toString());
    writer.join();
    assertThat(imported.err()).isEmpty();
    assertThat(imported.out()).isEqualTo("imported 1 article versions\n");
  }

  private static void writeQuietly(Path pipe, byte[] bytes) {
    try {
      Files.write(pipe, bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aLineThatIsNotUtf8IsSkippedAloneAndTheLinesAfterItAreImported() throws Exception {
    assertThat(run("data", "", "ingest", article.toString()).code()).isZero();
    byte[] exported = run("data", "", "export").out().getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
    file.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a BOM an editor added
    file.write(exported);
    file.write(new byte[] {'{', '"', (byte) 0xFF, (byte) 0xFE, '"', '}', '\n'});
    ObjectNode other = (ObjectNode) JSON.readTree(exported);
    other.put("url", "https://news.test/budget");
    file.write((other + "\r\n").getBytes(StandardCharsets.UTF_8));
    Path export = Files.write(dir.resolve("export.jsonl"), file.toByteArray());

    Run imported = run("copy", "", "import", export.toString());
    assertThat(imported.code()).isEqualTo(1);
    assertThat(imported.out()).isEqualTo("imported 2 article versions\n");
    assertThat(imported.err())
        .isEqualTo("line 2: skipped, it is not UTF-8 text.\nskipped 1 line; see above.\n");
    assertThat(run("copy", "", "status").out()).contains("articles: 2");
  }
}
