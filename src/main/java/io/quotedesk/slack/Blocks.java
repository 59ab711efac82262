package io.quotedesk.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import io.quotedesk.brief.Brief;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Block Kit rendering of a brief within Slack's limits: 50 blocks a message, 3,000 characters a
 * section, 150 a header. Text is escaped ({@link SlackText}); what is too long for one section is
 * split over several, never cut; who-said-what is a list of details that {@link Pages} posts a page
 * at a time.
 */
final class Blocks {
  static final int MAX_BLOCKS = 50;
  static final int MAX_SECTION = 3000;
  static final int MAX_HEADER = 150;

  private Blocks() {}

  /** Escaped mrkdwn as sections: one, or several when it is longer than a section holds. */
  static List<LayoutBlock> sections(String mrkdwn) {
    List<LayoutBlock> sections = new ArrayList<>();
    for (String piece : SlackText.split(mrkdwn, MAX_SECTION)) {
      sections.add(section(s -> s.text(markdownText(piece))));
    }
    return sections;
  }

  /** The parent message of a summary: headline, source, dek, summary bullets, key numbers. */
  static Reply summary(Brief brief) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText(SlackText.clipPlain(brief.headline(), MAX_HEADER)))));
    source(brief)
        .ifPresent(line -> blocks.add(context(c -> c.elements(List.of(markdownText(line))))));
    brief.notice().ifPresent(n -> blocks.addAll(sections(":warning: " + SlackText.escape(n))));
    brief.dek().ifPresent(d -> blocks.addAll(sections("_" + SlackText.escape(d) + "_")));
    blocks.addAll(bullets("*Summary*", brief.summary()));
    blocks.addAll(bullets("*Key numbers*", brief.keyNumbers()));
    StringBuilder text = new StringBuilder(brief.headline());
    brief.link().ifPresent(l -> text.append(" ").append(l));
    for (String line : brief.summary()) {
      text.append("\n\u2022 ").append(line);
    }
    return new Reply(text.toString(), blocks, whoSaidWhat(brief), false);
  }

  /** Every quote of an article: a count as the message, who said what in the thread. */
  static Reply quotes(Brief brief) {
    int quotes = brief.whoSaidWhat().stream().mapToInt(s -> s.quotes().size()).sum();
    String text =
        brief.headline()
            + ": "
            + quotes
            + " quotes from "
            + brief.whoSaidWhat().size()
            + " speakers";
    return new Reply(text, sections(SlackText.escape(text)), whoSaidWhat(brief), false);
  }

  /** The figures of an article, one bullet each ("2% (of GDP)"). */
  static Reply facts(String title, List<String> lines) {
    if (lines.isEmpty()) {
      return new Reply(title + ": no figures found.", List.of(), List.of(), false);
    }
    String text = title + "\n\u2022 " + String.join("\n\u2022 ", lines);
    return new Reply(text, sections(SlackText.escape(text)), List.of(), false);
  }

  /**
   * Who said what as details, one section each: a speaker and their quotes, "(continued)" in the
   * next section when they fill one; a quote longer than a section runs on into the next.
   */
  static List<Reply> whoSaidWhat(Brief brief) {
    List<Reply> details = new ArrayList<>();
    for (Brief.SpeakerQuotes speaker : brief.whoSaidWhat()) {
      String heading = "*" + SlackText.escape(speaker.speaker()) + "*";
      String continued = heading + " (continued)";
      StringBuilder section = new StringBuilder(heading);
      StringBuilder plain = new StringBuilder(speaker.speaker());
      for (String quote : speaker.quotes()) {
        String line = "\n> \u201C" + SlackText.escape(quote) + "\u201D";
        for (String piece : SlackText.split(line, MAX_SECTION - continued.length() - 1)) {
          if (section.length() + piece.length() + 1 > MAX_SECTION) {
            details.add(detail(section, plain));
            section = new StringBuilder(continued);
            plain = new StringBuilder(speaker.speaker() + " (continued)");
          }
          section.append(piece.startsWith("\n") ? piece : "\n" + piece);
        }
        plain.append("\n  \u201C").append(quote).append("\u201D");
      }
      details.add(detail(section, plain));
    }
    return details;
  }

  private static Reply detail(CharSequence section, CharSequence plain) {
    String mrkdwn = section.toString();
    return new Reply(
        plain.toString(), List.of(section(s -> s.text(markdownText(mrkdwn)))), List.of(), false);
  }

  private static Optional<String> source(Brief brief) {
    List<String> parts = new ArrayList<>();
    brief.publisher().ifPresent(p -> parts.add(SlackText.escape(p)));
    brief.byline().ifPresent(b -> parts.add("By " + SlackText.escape(b)));
    brief.date().ifPresent(d -> parts.add(SlackText.escape(d)));
    brief.link().ifPresent(l -> parts.add(SlackText.link(l, "Read the article")));
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" \u00B7 ", parts));
  }

  private static List<LayoutBlock> bullets(String title, List<String> lines) {
    if (lines.isEmpty()) {
      return List.of();
    }
    StringBuilder text = new StringBuilder(title);
    for (String line : lines) {
      text.append("\n\u2022 ").append(SlackText.escape(line));
    }
    return sections(text.toString());
  }

  /** A link's unfurl: headline, two summary bullets, the top quote whose speaker is named. */
  static List<LayoutBlock> unfurl(Brief brief) {
    StringBuilder text =
        new StringBuilder("*" + SlackText.escape(SlackText.clipPlain(brief.headline(), MAX_HEADER)))
            .append("*");
    for (String line : brief.summary().subList(0, Math.min(2, brief.summary().size()))) {
      text.append("\n\u2022 ").append(SlackText.escape(line));
    }
    brief.whoSaidWhat().stream()
        .filter(s -> s.band().named())
        .findFirst()
        .ifPresent(
            s ->
                text.append("\n> \u201C")
                    .append(SlackText.escape(s.quotes().get(0)))
                    .append("\u201D \u2014 ")
                    .append(SlackText.escape(s.speaker())));
    String clipped = SlackText.clip(text.toString(), MAX_SECTION);
    return List.of(section(s -> s.text(markdownText(clipped))));
  }

  /** The App Home tab: how to use QuoteDesk and the articles read lately. */
  static List<LayoutBlock> home(List<String> recentLines) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText("QuoteDesk"))));
    blocks.addAll(sections(SlackText.escape(Answers.HELP)));
    StringBuilder recent = new StringBuilder("*Recently read*");
    if (recentLines.isEmpty()) {
      recent.append("\nNothing yet: share a link with `/summary`.");
    }
    for (String line : recentLines) {
      recent.append("\n\u2022 ").append(line);
    }
    String clipped = SlackText.clip(recent.toString(), MAX_SECTION);
    blocks.add(section(s -> s.text(markdownText(clipped))));
    return blocks;
  }
}
