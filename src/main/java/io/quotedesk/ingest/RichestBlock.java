package io.quotedesk.ingest;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The text of a page whose paragraphs scored too little to be a story: an FAQ in list items, a
 * glossary in {@code <dl>}, a note written straight into {@code <body>} with line breaks.
 */
final class RichestBlock {
  private RichestBlock() {}

  /**
   * The paragraphs of the block holding most of the page's text, when the scored {@code paragraphs}
   * are fewer words than a story and leave out much of the page, and that block has more words;
   * else {@code paragraphs}. Not tried when the few words found are all the page holds.
   */
  static List<String> whenRicher(Element body, PageCounts counts, List<String> paragraphs) {
    if (words(paragraphs) >= PageKind.MIN_STORY_WORDS
        || length(paragraphs) >= 0.8 * readable(counts.get(body))) {
      return paragraphs;
    }
    Element block = mostText(body, counts);
    List<String> whole = StoryParagraphs.of(List.of(block), counts, block);
    return words(whole) > words(paragraphs) ? whole : paragraphs;
  }

  /**
   * From the body down, the child holding most of the text that is not links, while it holds two
   * thirds of it; menus are links, so the walk passes them by.
   */
  private static Element mostText(Element body, PageCounts counts) {
    Element block = body;
    while (true) {
      int own = readable(counts.get(block));
      Element richest = null;
      int richestText = 0;
      for (Element child : block.children()) {
        int text = counts.isLeftOut(child) ? 0 : readable(counts.get(child));
        if (text > richestText) {
          richest = child;
          richestText = text;
        }
      }
      if (richest == null || 3 * richestText < 2 * own) {
        return block;
      }
      block = richest;
    }
  }

  private static int readable(ElementCounts counts) {
    return counts.text - counts.linkText;
  }

  private static int length(List<String> paragraphs) {
    int length = 0;
    for (String paragraph : paragraphs) {
      length += paragraph.length();
    }
    return length;
  }

  private static int words(List<String> paragraphs) {
    int words = 0;
    for (String paragraph : paragraphs) {
      words += PageKind.words(paragraph);
    }
    return words;
  }
}
