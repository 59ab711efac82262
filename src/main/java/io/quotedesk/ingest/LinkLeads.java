package io.quotedesk.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Lines whose own words lead up to their links: "Neil has <a>a patch</a> to <a>show UI when frames
 * crash</a>" is a sentence that links its work, where a related story's line is the link alone, or
 * a label and the link ("Related: <a>…</a>", "Sport <a>…</a>").
 */
final class LinkLeads {
  /** Words before the first link that make a line a sentence rather than a labelled link. */
  private static final int MIN_WORDS = 2;

  /** How many of a list's first items are looked at: a long list is judged by its opening. */
  private static final int MAX_ITEMS = 20;

  private LinkLeads() {}

  /** Words a label ends on before its link: "Share on", "Posted in", "Filed under", "More from". */
  private static final Set<String> LABEL_ENDS =
      Set.of("on", "in", "by", "from", "under", "to", "at", "via", "with", "for", "of", "about");

  /**
   * How a related link's label opens, however many words it has: "Read more about", "More stories
   * from", "You might also like", "See also".
   */
  private static final Pattern LABEL_OPENING =
      Pattern.compile(
          "(?iu)\\s*(?:read more|read about|more (?:stories|news|articles|coverage)|see also"
              + "|also read|you (?:might|may) also|recommended|related|don['’]t miss)\\b");

  /**
   * True when {@code text} up to {@code end}, the start of its first link, holds two words or more
   * and does not end as a label does (":", "|", "»", "-"; two words ending on "on", "in", "by"),
   * nor open as one ("Read more about").
   */
  static boolean isLead(CharSequence text, int end) {
    if (LABEL_OPENING.matcher(text).region(0, end).lookingAt()) {
      return false;
    }
    int words = 0;
    int lastWord = 0;
    boolean inWord = false;
    char last = ' ';
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!inWord) {
          words++;
          lastWord = i;
        }
        inWord = true;
      } else if (Whitespace.isSpace(c)) {
        inWord = false;
        continue;
      } else if (c != '\'' && c != '’' && c != '-') {
        inWord = false;
      }
      last = c;
    }
    if (words < MIN_WORDS || ":|»>–—-".indexOf(last) >= 0) {
      return false;
    }
    String lastOne = text.subSequence(lastWord, end).toString().strip().toLowerCase(Locale.ROOT);
    return words > MIN_WORDS || !LABEL_ENDS.contains(lastOne);
  }

  /**
   * True when at least half of the list's items, and two or more, open with words of their own
   * before any link. Only the text nodes and link-free inline tags before the first link are read.
   */
  static boolean mostItemsOpenWithWords(Element list, PageCounts counts) {
    int items = 0;
    int led = 0;
    for (Element item : list.children()) {
      if (!item.nameIs("li") || counts.isLeftOut(item)) {
        continue;
      }
      if (++items > MAX_ITEMS) {
        break;
      }
      led += opensWithWords(item, counts) ? 1 : 0;
    }
    return led >= 2 && led * 2 >= Math.min(items, MAX_ITEMS);
  }

  private static boolean opensWithWords(Element item, PageCounts counts) {
    StringBuilder lead = new StringBuilder();
    for (Node node : item.childNodes()) {
      if (node instanceof TextNode text) {
        lead.append(text.getWholeText());
      } else if (node instanceof Element element) {
        if (element.nameIs("a") || counts.get(element).links > 0 || !isPhrase(element)) {
          return isLead(lead, lead.length()) && counts.get(item).links > 0;
        }
        lead.append(' ').append(VisibleMetadata.shortText(element, 80));
      }
      if (lead.length() > 200) {
        break;
      }
    }
    return false; // no link in the item: it is no link line at all, and says nothing here
  }

  private static boolean isPhrase(Element element) {
    return switch (element.normalName()) {
      case "b", "strong", "i", "em", "span", "code", "tt", "mark", "small", "abbr" -> true;
      default -> false;
    };
  }
}
