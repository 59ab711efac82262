package io.quotedesk.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Natural phrasings of a mention, turned into the command they mean; anything else is help. */
final class Mentions {
  /** The command a mention asks for and its argument. */
  record Intent(String subcommand, String argument) {
    /** A slash command's intent: "/quotedesk summary URL" or its alias "/summary URL". */
    static Intent ofCommand(String command, String text) {
      String rest = text.strip();
      if (!command.equals("/quotedesk")) {
        return new Intent(command.substring(1), rest);
      }
      int space = rest.indexOf(' ');
      return space < 0
          ? new Intent(rest, "")
          : new Intent(rest.substring(0, space), rest.substring(space + 1).strip());
    }
  }

  private static final Pattern QUOTED = Pattern.compile("[\"\u201C]([^\"\u201D]+)[\"\u201D]");
  private static final Pattern WHO_SAID =
      Pattern.compile(
          "(?i)\\b(?:who said|where is this quote from|where's this quote from|source of)\\b");
  private static final Pattern SUMMARIZE =
      Pattern.compile("(?i)\\b(?:summari[sz]e|summary|tl;?dr)\\b");
  private static final Pattern WHAT_DID = Pattern.compile("(?i)\\bwhat did (.+?) say\\b");
  private static final Pattern QUOTES = Pattern.compile("(?i)\\bquotes\\b");
  private static final Pattern FACTS = Pattern.compile("(?i)\\b(?:facts|numbers|figures)\\b");

  private Mentions() {}

  /** A mention's intent, from its plain text ({@link SlackText#plain}): "@QuoteDesk …". */
  static Intent parse(String message) {
    String text = message.strip().replaceFirst("^(?:@\\S+\\s*)+", "").strip();
    Matcher quoted = QUOTED.matcher(text);
    String url = Answers.firstUrl(text);
    if (WHO_SAID.matcher(text).find() && quoted.find()) {
      return new Intent("whosaid", quoted.group(1));
    }
    Matcher whatDid = WHAT_DID.matcher(text);
    if (whatDid.find()) {
      return new Intent("quotes", whatDid.group(1).strip());
    }
    if (url != null && SUMMARIZE.matcher(text).find()) {
      return new Intent("summary", url);
    }
    if (url != null && QUOTES.matcher(text).find()) {
      return new Intent("quotes", url);
    }
    if (url != null && FACTS.matcher(text).find()) {
      return new Intent("facts", url);
    }
    if (url != null) {
      return new Intent("summary", url);
    }
    return new Intent("help", "");
  }
}
