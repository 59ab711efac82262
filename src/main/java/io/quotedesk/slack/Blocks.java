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
 * section, 150 a header; mrkdwn escaped; who-said-what split across as many thread replies as it
 * needs.
 */
final class Blocks {
  static final int MAX_BLOCKS = 50;
  static final int MAX_SECTION = 3000;
  static final int MAX_HEADER = 150;

  private Blocks() {}

  /** Slack's mrkdwn reads &, < and > as markup. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
  }

  /** A link in mrkdwn, its label escaped. */
  static String link(String url, String label) {
    return "<" + url.replace("|", "%7C").replace(">", "%3E") + "|" + escape(label) + ">";
  }

  /** The parent message of a summary: headline, source, dek, summary bullets, key numbers. */
  static Reply summary(Brief brief) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText(clip(brief.headline(), MAX_HEADER)))));
    source(brief)
        .ifPresent(line -> blocks.add(context(c -> c.elements(List.of(markdownText(line))))));
    brief
        .notice()
        .ifPresent(
            n ->
                blocks.add(
                    section(
                        s -> s.text(markdownText(clip(":warning: " + escape(n), MAX_SECTION))))));
    brief
        .dek()
        .ifPresent(
            d ->
                blocks.add(
                    section(s -> s.text(markdownText(clip("_" + escape(d) + "_", MAX_SECTION))))));
    bullets("*Summary*", brief.summary()).ifPresent(blocks::add);
    bullets("*Key numbers*", brief.keyNumbers()).ifPresent(blocks::add);
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
    return new Reply(
        text, List.of(section(s -> s.text(markdownText(escape(text))))), whoSaidWhat(brief), false);
  }

  /** The figures of an article, one bullet each ("2% (of GDP)"). */
  static Reply facts(String title, List<String> lines) {
    if (lines.isEmpty()) {
      return new Reply(title + ": no figures found.", List.of(), List.of(), false);
    }
    String text = title + "\n\u2022 " + String.join("\n\u2022 ", lines);
    return new Reply(
        text,
        List.of(section(s -> s.text(markdownText(clip(escape(text), MAX_SECTION))))),
        List.of(),
        false);
  }

  /** Who said what as thread replies: one section per speaker, never more than Slack allows. */
  static List<Reply> whoSaidWhat(Brief brief) {
    List<Reply> replies = new ArrayList<>();
    List<LayoutBlock> blocks = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Brief.SpeakerQuotes speaker : brief.whoSaidWhat()) {
      StringBuilder section = new StringBuilder("*" + escape(speaker.speaker()) + "*");
      StringBuilder plain = new StringBuilder(speaker.speaker());
      for (String quote : speaker.quotes()) {
        String line = "\n> \u201C" + escape(quote) + "\u201D";
        if (section.length() + line.length() > MAX_SECTION) {
          add(replies, blocks, text, section.toString(), plain.toString());
          section = new StringBuilder("*" + escape(speaker.speaker()) + "* (continued)");
          plain = new StringBuilder(speaker.speaker() + " (continued)");
        }
        section.append(clip(line, MAX_SECTION - section.length()));
        plain.append("\n  \u201C").append(quote).append("\u201D");
      }
      add(replies, blocks, text, section.toString(), plain.toString());
    }
    if (!blocks.isEmpty()) {
      replies.add(new Reply(text.toString(), blocks, List.of(), false));
    }
    return replies;
  }

  private static void add(
      List<Reply> replies,
      List<LayoutBlock> blocks,
      StringBuilder text,
      String section,
      String plain) {
    if (blocks.size() == MAX_BLOCKS) {
      replies.add(new Reply(text.toString(), new ArrayList<>(blocks), List.of(), false));
      blocks.clear();
      text.setLength(0);
    }
    blocks.add(section(s -> s.text(markdownText(section))));
    text.append(text.length() > 0 ? "\n" : "").append(plain);
  }

  private static Optional<String> source(Brief brief) {
    List<String> parts = new ArrayList<>();
    brief.publisher().ifPresent(p -> parts.add(escape(p)));
    brief.byline().ifPresent(b -> parts.add("By " + escape(b)));
    brief.date().ifPresent(d -> parts.add(escape(d)));
    brief.link().ifPresent(l -> parts.add(link(l, "Read the article")));
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" \u00B7 ", parts));
  }

  private static Optional<LayoutBlock> bullets(String title, List<String> lines) {
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder(title);
    for (String line : lines) {
      text.append("\n\u2022 ").append(escape(line));
    }
    String clipped = clip(text.toString(), MAX_SECTION);
    return Optional.of(section(s -> s.text(markdownText(clipped))));
  }

  /** A link's unfurl: headline, two summary bullets, the top quote whose speaker is named. */
  static List<LayoutBlock> unfurl(Brief brief) {
    StringBuilder text = new StringBuilder("*" + escape(clip(brief.headline(), MAX_HEADER)) + "*");
    for (String line : brief.summary().subList(0, Math.min(2, brief.summary().size()))) {
      text.append("\n\u2022 ").append(escape(line));
    }
    brief.whoSaidWhat().stream()
        .filter(s -> s.band().named())
        .findFirst()
        .ifPresent(
            s ->
                text.append("\n> \u201C")
                    .append(escape(s.quotes().get(0)))
                    .append("\u201D \u2014 ")
                    .append(escape(s.speaker())));
    String clipped = clip(text.toString(), MAX_SECTION);
    return List.of(section(s -> s.text(markdownText(clipped))));
  }

  /** The App Home tab: how to use QuoteDesk and the articles read lately. */
  static List<LayoutBlock> home(List<String> recentLines) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText("QuoteDesk"))));
    // HELP is our own mrkdwn (code spans, no markup characters): shown as written.
    blocks.add(section(s -> s.text(markdownText(clip(Answers.HELP, MAX_SECTION)))));
    StringBuilder recent = new StringBuilder("*Recently read*");
    if (recentLines.isEmpty()) {
      recent.append("\nNothing yet: share a link with `/summary`.");
    }
    for (String line : recentLines) {
      recent.append("\n\u2022 ").append(line);
    }
    String clipped = clip(recent.toString(), MAX_SECTION);
    blocks.add(section(s -> s.text(markdownText(clipped))));
    return blocks;
  }
}
