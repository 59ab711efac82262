package io.quotedesk.cli;

import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.StoreException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code quotes --speaker NAME}: a person's stored quotes, newest articles first. */
@Command(name = "quotes", description = "A person's stored quotes.")
final class QuotesCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Results as JSON.")
  boolean json;

  @Option(
      names = "--speaker",
      required = true,
      paramLabel = "NAME",
      description = "Any form of the name.")
  String speaker;

  @Option(names = "--limit", paramLabel = "N", description = "At most N quotes (default 50).")
  int limit = 50;

  @Override
  public Integer call() throws StoreException {
    requireName("--speaker", speaker);
    try (ArticleStore store = main.openStore()) {
      SearchOutput.print(
          spec.commandLine().getOut(),
          store.quotesBy(speaker, Math.max(1, limit)),
          json,
          main.bands());
    }
    return Main.OK;
  }

  /** A blank filter matches no one: "No stored quote matches" would read as an answer. */
  static void requireName(String option, String value) {
    if (value != null && value.isBlank()) {
      throw new ConfigException(option + " needs a name, e.g. " + option + " Stoltenberg.");
    }
  }
}
