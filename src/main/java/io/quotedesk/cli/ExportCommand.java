package io.quotedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quotedesk.store.AnalysisJson;
import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.StoreException;
import io.quotedesk.store.StoredArticle;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export}: every version of every article as JSONL on stdout, for backup or a move. */
@Command(name = "export", description = "Write the archive as JSON lines to stdout.")
final class ExportCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws StoreException {
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore store = main.openStore()) {
      store.forEach(article -> out.println(line(article)));
    }
    return Main.OK;
  }

  static String line(StoredArticle article) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("url", article.url());
    node.put("version", article.version());
    node.put("fetchedAt", article.fetchedAt().toString());
    node.set("analysis", AnalysisJson.stored(article.analysis()));
    return AnalysisJson.write(node);
  }
}
