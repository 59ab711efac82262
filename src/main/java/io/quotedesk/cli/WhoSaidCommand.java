package io.quotedesk.cli;

import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.SearchQuery;
import io.quotedesk.store.StoreException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code whosaid [filters] "WORDS"}: stored quotes matching the words, best first. */
@Command(
    name = "whosaid",
    description = "Search stored quotes for words, a fragment or a paraphrase.")
final class WhoSaidCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Results as JSON.")
  boolean json;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotes by this person.")
  String speaker;

  @Option(
      names = "--outlet",
      paramLabel = "NAME",
      description = "Only articles from this publisher.")
  String outlet;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Only articles from this day on (YYYY-MM-DD).")
  LocalDate since;

  @Option(
      names = "--until",
      paramLabel = "DATE",
      description = "Only articles up to this day (YYYY-MM-DD).")
  LocalDate until;

  @Option(names = "--limit", paramLabel = "N", description = "At most N results (default 10).")
  int limit = 10;

  @Parameters(index = "0", paramLabel = "WORDS", description = "The words, as remembered.")
  String words;

  @Override
  public Integer call() throws StoreException {
    if (limit < 1) {
      throw new ConfigException("--limit must be at least 1.");
    }
    if (since != null && until != null && since.isAfter(until)) {
      // No article falls in a reversed span: "No stored quote matches" would read as an answer.
      throw new ConfigException("--since " + since + " is after --until " + until + ".");
    }
    QuotesCommand.requireName("--speaker", speaker);
    QuotesCommand.requireName("--outlet", outlet);
    SearchQuery query =
        new SearchQuery(
            words,
            Optional.ofNullable(speaker),
            Optional.ofNullable(outlet),
            Optional.ofNullable(since),
            Optional.ofNullable(until),
            limit);
    if (!query.hasWords()) {
      throw new ConfigException(
          "Give the words to look for, e.g. quotedesk whosaid \"prevent war\".");
    }
    try (ArticleStore store = main.openStore()) {
      var hits = store.whoSaid(query);
      if (hits.isEmpty() && !json && query.commonWordsOnly()) {
        spec.commandLine().getOut().println(query.commonWordsAnswer());
        return Main.OK;
      }
      SearchOutput.print(spec.commandLine().getOut(), hits, json, main.bands());
    }
    return Main.OK;
  }
}
