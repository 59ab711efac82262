package io.quotedesk.cli;

import io.quotedesk.slack.Answers;
import io.quotedesk.slack.Console;
import io.quotedesk.store.Archive;
import io.quotedesk.store.ArticleStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chat}: type the Slack commands and mentions, read the replies as text; no Slack needed.
 * Line editing and history (kept beside the archive) come from JLine; with stdin piped the terminal
 * is a dumb one that neither prompts nor echoes, so stdout carries only the replies.
 */
@Command(name = "chat", description = "A local console with the Slack app's commands and mentions.")
final class ChatCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore store = main.openStore();
        Terminal terminal = terminal()) {
      Archive archive = main.openArchive(store);
      Console console =
          new Console(new Answers(archive, main.analyzer(), main.bands()), archive, main.bands());
      LineReader reader =
          LineReaderBuilder.builder()
              .terminal(terminal)
              .appName("quotedesk")
              .variable(LineReader.HISTORY_FILE, historyFile())
              .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // "!" is just a character
              .build();
      String prompt = interactive() ? "quotedesk> " : "";
      out.println(
          "QuoteDesk chat: type /quotedesk help, a command, a question or @QuoteDesk and a"
              + " question. Ctrl-D ends.");
      out.flush();
      while (true) {
        String line;
        try {
          line = reader.readLine(prompt);
        } catch (UserInterruptException e) {
          continue; // Ctrl-C clears the line, as in a shell
        } catch (EndOfFileException e) {
          break;
        }
        if (!line.isBlank()) {
          out.println(console.reply(line));
          out.flush();
        }
      }
    }
    return Main.OK;
  }

  /** Beside the archive, so each archive keeps the questions asked of it. */
  private Path historyFile() {
    return main.dataDir().resolve("chat-history");
  }

  /** A person at a terminal, rather than a script or a test feeding stdin. */
  private boolean interactive() {
    return System.console() != null && main.platform().stdin() == System.in;
  }

  private Terminal terminal() throws IOException {
    if (interactive()) {
      return TerminalBuilder.builder()
          .system(true)
          .encoding(StandardCharsets.UTF_8)
          .dumb(true) // an unknown terminal still gets a working, if plain, line reader
          .build();
    }
    // Piped stdin: read it as it comes; prompts and echo go nowhere, replies go to stdout.
    return TerminalBuilder.builder()
        .system(false)
        .streams(main.platform().stdin(), OutputStream.nullOutputStream())
        .type(Terminal.TYPE_DUMB)
        .encoding(StandardCharsets.UTF_8)
        .build();
  }
}
