package io.quotedesk.slack;

import io.quotedesk.brief.Printable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's text format at the edge. Slack escapes {@code &}, {@code <} and {@code >} in what it
 * sends and writes links, users and channels as {@code <…>} tokens: {@link #plain} reads them once,
 * as the user typed them. What QuoteDesk sends is escaped ({@link #escape}) and cut only where a
 * cut breaks nothing: never inside {@code &amp;}, a {@code <url|label>} or a surrogate pair.
 */
final class SlackText {
  private static final Pattern TOKEN = Pattern.compile("<([^<>]*)>");
  private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt);");
  private static final String ELLIPSIS = "\u2026";

  private SlackText() {}

  /**
   * Text as the user typed it: "AT&amp;T" is "AT&T", {@code <https://x.test/a|x.test/a>} is the
   * address, {@code <https://x.test/a|the report>} is "the report (https://x.test/a)", {@code
   * <@U1|ann>} is "@ann", {@code <#C1|news>} is "#news", {@code <!here>} is "@here".
   */
  static String plain(String incoming) {
    Matcher token = TOKEN.matcher(incoming);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (token.find()) {
      out.append(entities(incoming.substring(last, token.start())));
      out.append(token(token.group(1)));
      last = token.end();
    }
    return out.append(entities(incoming.substring(last))).toString();
  }

  private static String token(String inside) {
    int bar = inside.indexOf('|');
    String target = entities(bar < 0 ? inside : inside.substring(0, bar));
    String label = bar < 0 ? "" : entities(inside.substring(bar + 1));
    if (target.startsWith("@") || target.startsWith("#")) {
      return label.isEmpty() ? target : target.charAt(0) + label;
    }
    if (target.startsWith("!")) {
      // <!here>, <!channel>, <!subteam^S1|@team>, <!date^1392734382^{date}|Feb 18>
      if (!label.isEmpty()) {
        return label.startsWith("@") || target.startsWith("!date") ? label : "@" + label;
      }
      return "@" + target.substring(1);
    }
    if (label.isEmpty() || isSpelledOut(target, label)) {
      return target.startsWith("mailto:") ? target.substring("mailto:".length()) : target;
    }
    return label + " (" + target + ")";
  }

  /** An auto-linked address: the label is the address, maybe without its scheme. */
  private static boolean isSpelledOut(String target, String label) {
    String bare = target.replaceFirst("^(?:https?://|mailto:)", "");
    return label.equals(target)
        || label.equals(bare)
        || (bare.endsWith("/") && label.equals(bare.substring(0, bare.length() - 1)));
  }

  private static String entities(String text) {
    return ENTITY
        .matcher(text)
        .replaceAll(
            m ->
                switch (m.group(1)) {
                  case "lt" -> "<";
                  case "gt" -> ">";
                  default -> "&";
                });
  }

  /**
   * Text Slack shows as written: its three control characters escaped, invisible controls (a right
   * to left override in a quote) left out.
   */
  static String escape(String text) {
    return Printable.of(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A link in mrkdwn, its label escaped; "|" and ">" in the address would end it early. */
  static String link(String url, String label) {
    return "<"
        + url.replace("&", "&amp;").replace("|", "%7C").replace("<", "%3C").replace(">", "%3E")
        + "|"
        + escape(label)
        + ">";
  }

  /** Escaped text cut to at most {@code max} characters, an ellipsis marking the cut. */
  static String clip(String escaped, int max) {
    if (escaped.length() <= max) {
      return escaped;
    }
    return escaped.substring(0, safeCut(escaped, max - 1)) + ELLIPSIS;
  }

  /** Plain text (a header) cut to at most {@code max} characters, never inside a surrogate pair. */
  static String clipPlain(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = Character.isLowSurrogate(text.charAt(max - 1)) ? max - 2 : max - 1;
    return text.substring(0, cut) + ELLIPSIS;
  }

  /**
   * Escaped mrkdwn in pieces of at most {@code max} characters, cut between words where one ends
   * near enough; a piece that opens inside a block quote ("> …") is quoted again.
   */
  static List<String> split(String escaped, int max) {
    List<String> pieces = new ArrayList<>();
    String rest = escaped;
    while (rest.length() > max) {
      int cut = safeCut(rest, max);
      int space = Math.max(rest.lastIndexOf(' ', cut - 1), rest.lastIndexOf('\n', cut - 1));
      if (space > max / 2) {
        cut = space + 1;
      } else if (cut <= max / 2) {
        // A link longer than half a piece: cut it rather than make no progress.
        cut = Character.isLowSurrogate(rest.charAt(max)) ? max - 1 : max;
      }
      String piece = rest.substring(0, cut);
      pieces.add(piece.stripTrailing());
      int lineStart = piece.lastIndexOf('\n') + 1;
      String continued = piece.startsWith("> ", lineStart) && !piece.endsWith("\n") ? "> " : "";
      rest = continued + rest.substring(cut).stripLeading();
    }
    pieces.add(rest);
    return pieces;
  }

  /** The largest index up to {@code at} that cuts no entity, token or surrogate pair in two. */
  static int safeCut(String escaped, int at) {
    int cut = Math.min(at, escaped.length());
    int open = escaped.lastIndexOf('<', cut - 1);
    if (open >= 0 && escaped.indexOf('>', open) >= cut) {
      cut = open;
    }
    int amp = escaped.lastIndexOf('&', cut - 1);
    if (amp >= 0 && amp > cut - 5 && escaped.indexOf(';', amp) >= cut) {
      cut = amp;
    }
    if (cut > 0 && cut < escaped.length() && Character.isLowSurrogate(escaped.charAt(cut))) {
      cut--;
    }
    return cut;
  }
}
