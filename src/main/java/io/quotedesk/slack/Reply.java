package io.quotedesk.slack;

import static java.util.Objects.requireNonNull;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * One answer: a message (plain-text fallback and Block Kit blocks) and the replies that go in its
 * thread. {@code privately} answers go to the asker alone.
 */
public record Reply(String text, List<LayoutBlock> blocks, List<Reply> thread, boolean privately) {
  public Reply {
    requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    thread = List.copyOf(thread);
  }

  static Reply privately(String text) {
    return new Reply(text, List.of(), List.of(), true);
  }

  /** The whole answer as plain text, thread replies indented, for a console. */
  public String asText() {
    StringBuilder out = new StringBuilder(text);
    for (Reply reply : thread) {
      out.append("\n  \u21B3 ").append(reply.text().replace("\n", "\n    "));
    }
    return out.toString();
  }
}
