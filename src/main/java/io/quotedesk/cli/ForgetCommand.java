package io.quotedesk.cli;

import io.quotedesk.store.Archive;
import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.StoreException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code forget URL}: removes an article, every version and quote (retraction, legal, embargo). */
@Command(name = "forget", description = "Remove an article and its quotes from the archive.")
final class ForgetCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "URL", description = "The article's address or file.")
  String url;

  @Override
  public Integer call() throws StoreException {
    if (url.isBlank()) {
      // An empty name is a slip, not an address the archive lacks: ": the archive holds no …".
      throw new ConfigException(
          "Give the article's address or the path it was ingested as, e.g. quotedesk forget"
              + " https://example.com/story.");
    }
    try (ArticleStore store = main.openStore()) {
      String key = Archive.keyOf(url);
      if (store.forget(key)) {
        spec.commandLine().getOut().println("forgot " + key);
        return Main.OK;
      }
      spec.commandLine().getErr().println(url + ": the archive holds no article at this address.");
      return Main.SOURCE_FAILED;
    }
  }
}
