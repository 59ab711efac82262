package io.quotedesk.brief;

/** Renders a brief for the terminal: plain text, one section after another. */
public final class TextRenderer {

  public String render(Brief brief) {
    StringBuilder out = new StringBuilder();
    out.append(brief.headline()).append('\n');
    StringBuilder source = new StringBuilder();
    brief.publisher().ifPresent(p -> source.append(p));
    brief
        .byline()
        .ifPresent(b -> source.append(source.length() > 0 ? " · " : "").append("By ").append(b));
    brief.date().ifPresent(d -> source.append(source.length() > 0 ? " · " : "").append(d));
    if (source.length() > 0) {
      out.append(source).append('\n');
    }
    brief.link().ifPresent(l -> out.append(l).append('\n'));
    brief.notice().ifPresent(n -> out.append("Note: ").append(n).append('\n'));
    brief.dek().ifPresent(d -> out.append('\n').append(d).append('\n'));
    section(out, "Summary", brief.summary(), "  • ");
    section(out, "Key numbers", brief.keyNumbers(), "  • ");
    if (!brief.whoSaidWhat().isEmpty()) {
      out.append("\nWho said what\n");
      for (Brief.SpeakerQuotes speaker : brief.whoSaidWhat()) {
        out.append("  ").append(speaker.speaker()).append('\n');
        for (String quote : speaker.quotes()) {
          out.append("    \u201C").append(quote).append("\u201D\n");
        }
      }
    } else {
      out.append("\nNo quotes found.\n");
    }
    return Printable.of(out.toString());
  }

  private static void section(
      StringBuilder out, String title, java.util.List<String> lines, String bullet) {
    if (lines.isEmpty()) {
      return;
    }
    out.append('\n').append(title).append('\n');
    for (String line : lines) {
      out.append(bullet).append(line).append('\n');
    }
  }
}
