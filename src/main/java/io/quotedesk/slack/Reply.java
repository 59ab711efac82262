package io.quotedesk.slack;

import static java.util.Objects.requireNonNull;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * One answer: a message (plain text, unescaped, and the Block Kit blocks Slack shows) and its
 * details, one item each (a speaker's quotes, another search hit), which Slack gets in the thread a
 * page at a time ({@link Pages}). {@code privately} answers go to the asker alone.
 */
public record Reply(String text, List<LayoutBlock> blocks, List<Reply> details, boolean privately) {
  public Reply {
    requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    details = List.copyOf(details);
  }

  static Reply privately(String text) {
    return new Reply(text, List.of(), List.of(), true);
  }

  /** The same answer, for the asker alone. */
  Reply toAskerOnly() {
    return new Reply(text, blocks, details, true);
  }

  /** The whole answer as plain text, every detail indented, for a console. */
  public String asText() {
    StringBuilder out = new StringBuilder(text);
    for (Reply reply : details) {
      out.append("\n  \u21B3 ").append(reply.text().replace("\n", "\n    "));
    }
    return out.toString();
  }
}
