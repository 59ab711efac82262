package io.quotedesk.ingest;

/**
 * What one element holds, counted once for the whole page: the length of its text (whitespace
 * collapsed, as {@code Element.text()} would give it), how much of it sits in links, its commas,
 * and, for telling a story wrapper from furniture, its long paragraphs.
 */
final class ElementCounts {
  /** Text of what the story reader keeps: furniture inside the element is left out. */
  int text;

  int linkText;

  /** Links the story reader keeps in the element. */
  int links;

  int commas;

  /** Text of the element before furniture is left out (scripts and styles never count). */
  int rawText;

  /** Paragraphs over 150 characters in the element, furniture included. */
  int longParagraphs;

  /** True when an {@code <article>} or {@code <main>} sits inside the element. */
  boolean holdsArticle;

  /** True when a {@code <blockquote>} sits inside the element. */
  boolean holdsQuote;

  /** True when a {@code <table>} sits inside the element. */
  boolean holdsTable;

  double linkDensity() {
    return text == 0 ? 0 : Math.min(1, (double) linkText / text);
  }

  /** Adds a kept child's counts. */
  void addKept(ElementCounts child) {
    text += child.text;
    linkText += child.linkText;
    links += child.links;
    commas += child.commas;
  }

  /** Adds a child's raw counts, whether or not the story reader keeps it. */
  void addRaw(ElementCounts child) {
    rawText += child.rawText;
    longParagraphs += child.longParagraphs;
  }
}
