package io.quotedesk.cli;

import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.StoreException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import [FILE]}: restores an export (from stdin by default); versions already there stay.
 */
@Command(name = "import", description = "Read an export (JSON lines) into the archive.")
final class ImportCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "An export; stdin when absent.")
  Path file;

  @Override
  public Integer call() throws StoreException, IOException {
    // Only a folder or nothing at all is refused: a pipe (import <(zcat backup.gz)) is an export.
    if (file != null && (Files.isDirectory(file) || !Files.exists(file))) {
      throw new IOException(
          Files.isDirectory(file)
              ? file + " is a folder, not an export file."
              : "There is no file at " + file + ".");
    }
    PrintWriter err = spec.commandLine().getErr();
    int imported = 0;
    int skipped = 0;
    try (ArticleStore store = main.openStore();
        InputStream in =
            new BufferedInputStream(
                file == null ? main.platform().stdin() : Files.newInputStream(file))) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      int number = 0;
      while (readLine(in, bytes)) {
        number++;
        try {
          String line = utf8(bytes, number == 1);
          if (line.isBlank()) {
            continue;
          }
          store.restore(ImportLine.read(line));
          imported++;
        } catch (ImportLine.Invalid e) {
          err.println("line " + number + ": skipped, " + e.getMessage() + ".");
          skipped++;
        }
      }
    }
    spec.commandLine().getOut().println("imported " + imported + " article versions");
    if (skipped > 0) {
      err.println("skipped " + skipped + (skipped == 1 ? " line" : " lines") + "; see above.");
    }
    return skipped == 0 ? Main.OK : Main.SOURCE_FAILED;
  }

  /** The next line's bytes, without its \n; false at the end of the input with nothing read. */
  private static boolean readLine(InputStream in, ByteArrayOutputStream line) throws IOException {
    line.reset();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        return true;
      }
      line.write(b);
    }
    return line.size() > 0;
  }

  /**
   * One line as UTF-8, as export writes it: a line with other bytes is skipped alone, rather than
   * ending the import halfway with the lines after it lost. A BOM an editor added is dropped.
   */
  private static String utf8(ByteArrayOutputStream bytes, boolean first) throws ImportLine.Invalid {
    String line;
    try {
      line =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString();
    } catch (CharacterCodingException e) {
      throw new ImportLine.Invalid("it is not UTF-8 text");
    }
    if (first && line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
