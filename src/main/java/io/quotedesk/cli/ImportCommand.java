package io.quotedesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.quotedesk.store.AnalysisJson;
import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.StoreException;
import io.quotedesk.store.StoredArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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
    int code = Main.OK;
    int imported = 0;
    try (ArticleStore store = main.openStore();
        BufferedReader in =
            file == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode node = AnalysisJson.parse(line);
          store.restore(
              new StoredArticle(
                  node.path("url").asText(),
                  node.path("version").asInt(),
                  Instant.parse(node.path("fetchedAt").asText()),
                  AnalysisJson.decode(node.path("analysis")),
                  List.of()));
          imported++;
        } catch (StoreException e) {
          throw e;
        } catch (IOException | RuntimeException e) {
          spec.commandLine()
              .getErr()
              .println("line " + number + ": not an exported article; skipped.");
          code = Main.SOURCE_FAILED;
        }
      }
    }
    spec.commandLine().getOut().println("imported " + imported + " article versions");
    return code;
  }
}
