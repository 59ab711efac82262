package io.quotedesk.cli;

import io.quotedesk.slack.Answers;
import io.quotedesk.slack.Console;
import io.quotedesk.store.Archive;
import io.quotedesk.store.ArticleStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code demo}: a scripted chat over the articles in seeds/, on the embedded defaults. */
@Command(name = "demo", description = "A scripted session over seeds/: what the Slack app answers.")
final class DemoCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path seeds = Path.of(System.getProperty("quotedesk.home", ".")).resolve("seeds");
    try (ArticleStore store = main.openStore();
        Stream<Path> files = Files.list(seeds)) {
      Archive archive = main.openArchive(store);
      List<Path> articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      for (Path article : articles) {
        var stored = archive.ingest(article.toString());
        out.println(
            "ingested "
                + article.getFileName()
                + ": "
                + stored.analysis().quotes().size()
                + " quotes");
      }
      Console console =
          new Console(new Answers(archive, main.analyzer(), main.bands()), archive, main.bands());
      String pasted = articles.isEmpty() ? "" : Files.readString(articles.get(0));
      for (String line :
          List.of(
              "/quotedesk summary " + pasted,
              "@QuoteDesk who said \"undermine the credibility\"?",
              "@QuoteDesk what did Biden say?",
              "/whosaid \"the national interest\"",
              "/quotedesk help")) {
        out.println();
        out.println("> " + (line.length() > 90 ? line.substring(0, 90) + "\u2026" : line));
        out.println(console.reply(line));
      }
    }
    return Main.OK;
  }
}
