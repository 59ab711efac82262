package io.quotedesk.slack;

import java.util.List;
import java.util.Locale;

/** The Slack app's commands and mentions typed at a terminal, answered as text. */
public final class Console {
  private final Answers answers;

  public Console(Answers answers) {
    this.answers = answers;
  }

  /** The reply to one line: "/quotedesk …", an alias such as "/whosaid …", or "@QuoteDesk …". */
  public String reply(String line) {
    String text = line.strip();
    if (text.startsWith("@")) {
      Mentions.Intent intent = Mentions.parse(text.replaceFirst("^@\\S+", ""));
      return answers.answer(intent.subcommand(), intent.argument()).asText();
    }
    for (String command : SlackApp.COMMANDS) {
      if (text.toLowerCase(Locale.ROOT).startsWith(command)) {
        String rest = text.substring(command.length()).strip();
        if (command.equals("/quotedesk")) {
          int space = rest.indexOf(' ');
          String sub = space < 0 ? rest : rest.substring(0, space);
          return answers.answer(sub, space < 0 ? "" : rest.substring(space + 1)).asText();
        }
        return answers.answer(command.substring(1), rest).asText();
      }
    }
    return answers.answer("help", "").asText();
  }

  static List<String> commands() {
    return SlackApp.COMMANDS;
  }
}
