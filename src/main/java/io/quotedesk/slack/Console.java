package io.quotedesk.slack;

import io.quotedesk.brief.AttributionBands;
import io.quotedesk.brief.Printable;
import io.quotedesk.ingest.IngestException;
import io.quotedesk.store.Archive;
import io.quotedesk.store.StoreException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Slack app's commands and mentions typed at a terminal, answered as text. */
public final class Console {
  /** Slack's emoji codes in answers, as the characters a terminal shows. */
  private static final Map<String, String> EMOJI =
      Map.of(
          "white_check_mark", "\u2705",
          "warning", "\u26A0\uFE0F",
          "x", "\u274C",
          "grey_question", "\u2754",
          "mag", "\uD83D\uDD0D",
          "newspaper", "\uD83D\uDCF0");

  private static final Pattern EMOJI_CODE = Pattern.compile(":([a-z0-9_+-]+):");

  /** "who said dumb?" typed without quotation marks: the words are everything after "said". */
  private static final Pattern WHO_SAID_UNQUOTED =
      Pattern.compile("(?i)^\\s*who said\\s+(.+?)[\\s?.!]*$");

  /**
   * "/tmp/a story.txt", "./story", "../x.html", "story.txt": one line, read as a path; never an
   * address ("https://example.com/story.html").
   */
  private static final Pattern WRITTEN_AS_PATH =
      Pattern.compile("(?![A-Za-z][\\w+.-]*:)(?:\\.{0,2}/[^\\n]*|\\S+\\.(?i:txt|html?))");

  private static final Set<String> READS_AN_ARTICLE = Set.of("summary", "quotes", "facts");

  private final Answers answers;
  private final Archive archive;
  private final AttributionBands bands;

  /**
   * @param archive reads a file named after {@code /summary}, as it reads a web address
   */
  public Console(Answers answers, Archive archive, AttributionBands bands) {
    this.answers = answers;
    this.archive = archive;
    this.bands = bands;
  }

  /** The reply to one line: "/quotedesk …", an alias such as "/whosaid …", or "@QuoteDesk …". */
  public String reply(String line) {
    Mentions.Intent intent = intent(line.strip());
    Optional<Path> file = file(intent);
    if (file.isPresent()) {
      try {
        // A path at a terminal means the file there, not pasted text to analyse.
        return emoji(answers.about(intent.subcommand(), archive.analysis(file.get().toString())));
      } catch (IngestException | StoreException e) {
        return e.getMessage();
      }
    }
    return emoji(answers.answer(intent.subcommand(), intent.argument()));
  }

  private static Mentions.Intent intent(String text) {
    for (String command : SlackApp.COMMANDS) {
      if (text.toLowerCase(Locale.ROOT).startsWith(command)) {
        return Mentions.Intent.ofCommand(command, text.substring(command.length()));
      }
    }
    // A mention, or a question typed on its own: the console is talking to QuoteDesk anyway.
    String message = text.startsWith("@") ? text.replaceFirst("^@\\S+", "") : text;
    Mentions.Intent intent = Mentions.parse(message);
    Matcher unquoted = WHO_SAID_UNQUOTED.matcher(message);
    if (intent.subcommand().equals("help") && unquoted.matches()) {
      return new Mentions.Intent("whosaid", unquoted.group(1));
    }
    return intent;
  }

  /**
   * The file a summary, quotes or facts asks for: an argument that names a regular file, or that is
   * written as a path ("/tmp/story.txt", "./story.html", "story.txt") even where nothing is, or a
   * folder or device is, so that the reader says what is wrong with it rather than taking the path
   * for pasted text with no story in it.
   */
  private static Optional<Path> file(Mentions.Intent intent) {
    String argument = intent.argument().strip();
    if (!READS_AN_ARTICLE.contains(Answers.canonical(intent.subcommand()))
        || argument.isEmpty()
        || argument.contains("\n")) {
      return Optional.empty();
    }
    try {
      Path path = Path.of(argument);
      return Files.isRegularFile(path) || WRITTEN_AS_PATH.matcher(argument).matches()
          ? Optional.of(path)
          : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * The answer as text, Slack's emoji codes (":warning:") shown as the emoji, invisible controls in
   * quotes and names left out.
   */
  static String emoji(Reply reply) {
    Matcher code = EMOJI_CODE.matcher(reply.asText());
    StringBuilder out = new StringBuilder();
    while (code.find()) {
      String emoji = EMOJI.get(code.group(1));
      code.appendReplacement(out, Matcher.quoteReplacement(emoji == null ? code.group() : emoji));
    }
    code.appendTail(out);
    return Printable.of(out.toString());
  }
}
