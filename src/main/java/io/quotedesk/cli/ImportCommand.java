package io.quotedesk.cli;

import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.StoreException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
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
    PrintWriter err = spec.commandLine().getErr();
    int imported = 0;
    int skipped = 0;
    try (ArticleStore store = main.openStore();
        BufferedReader in =
            file == null
                ? new BufferedReader(
                    new InputStreamReader(main.platform().stdin(), StandardCharsets.UTF_8))
                : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
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
}
