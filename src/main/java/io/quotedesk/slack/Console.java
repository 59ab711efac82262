package io.quotedesk.slack;

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
        Mentions.Intent intent =
            Mentions.Intent.ofCommand(command, text.substring(command.length()));
        return answers.answer(intent.subcommand(), intent.argument()).asText();
      }
    }
    return answers.answer("help", "").asText();
  }
}
