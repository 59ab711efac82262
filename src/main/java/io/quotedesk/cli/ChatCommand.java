package io.quotedesk.cli;

import io.quotedesk.slack.Answers;
import io.quotedesk.slack.Console;
import io.quotedesk.store.Archive;
import io.quotedesk.store.ArticleStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chat}: type the Slack commands and mentions, read the replies as text; no Slack needed.
 */
@Command(name = "chat", description = "A local console with the Slack app's commands and mentions.")
final class ChatCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore store = main.openStore()) {
      Archive archive = main.openArchive(store);
      Console console = new Console(new Answers(archive, main.analyzer(), main.bands()));
      out.println(
          "QuoteDesk chat: type /quotedesk help, a command, or @QuoteDesk and a question. Ctrl-D ends.");
      out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          out.println(console.reply(line));
          out.flush();
        }
      }
    }
    return Main.OK;
  }
}
