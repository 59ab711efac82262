package io.quotedesk.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import io.quotedesk.slack.Mentions.Intent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An answer's details a page at a time: one thread reply per request, ending with a "More" button
 * while details are left. The button carries the request and where the next page starts, so any
 * replica can answer the click by working the answer out again.
 */
final class Pages {
  /** The More button's action_id. */
  static final String MORE = "more";

  static final int ITEMS_PER_PAGE = 10;

  /** Slack's limit on a button's value. */
  static final int MAX_VALUE = 2000;

  private Pages() {}

  /** Where a More button leads: the request and the first detail of the next page. */
  record More(Intent request, int offset) {
    String value() {
      return offset + " " + request.subcommand() + " " + request.argument();
    }

    /** The button's value read back; empty when it is not one of ours. */
    static Optional<More> parse(String value) {
      String[] parts = value == null ? new String[0] : value.split(" ", 3);
      if (parts.length < 2 || !parts[0].matches("\\d{1,6}")) {
        return Optional.empty();
      }
      String argument = parts.length == 3 ? parts[2] : "";
      return Optional.of(new More(new Intent(parts[1], argument), Integer.parseInt(parts[0])));
    }
  }

  /** The page of {@code answer}'s details from {@code offset}; empty when none are left. */
  static Optional<Reply> page(Reply answer, Intent request, int offset) {
    List<Reply> details = answer.details();
    if (offset >= details.size()) {
      return Optional.empty();
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int next = offset;
    while (next < details.size() && next - offset < ITEMS_PER_PAGE) {
      List<LayoutBlock> item = details.get(next).blocks();
      if (next > offset && blocks.size() + item.size() > Blocks.MAX_BLOCKS - 1) {
        break;
      }
      blocks.addAll(item.subList(0, Math.min(item.size(), Blocks.MAX_BLOCKS - 1 - blocks.size())));
      text.append(text.length() > 0 ? "\n" : "").append(details.get(next).text());
      next++;
    }
    int left = details.size() - next;
    if (left > 0) {
      blocks.add(more(new More(request, next), left));
      text.append("\n(").append(left).append(" more)");
    }
    return Optional.of(new Reply(text.toString(), blocks, List.of(), answer.privately()));
  }

  private static LayoutBlock more(More more, int left) {
    String value = more.value();
    if (value.length() > MAX_VALUE) {
      // A long pasted text does not fit in the button: say what is left instead.
      return context(c -> c.elements(List.of(markdownText(left + " more not shown."))));
    }
    return actions(
        a ->
            a.elements(
                List.of(
                    button(
                        b ->
                            b.actionId(MORE)
                                .text(plainText("More (" + left + ")"))
                                .value(value)))));
  }

  /** A message's blocks without its More button: once clicked, it has done its job. */
  static List<LayoutBlock> withoutMore(List<LayoutBlock> blocks) {
    return blocks.stream().filter(b -> !(b instanceof ActionsBlock)).toList();
  }
}
