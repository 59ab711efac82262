package io.quotedesk.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells an article from a page that is not one (a home or search page, a list of links, a paywall
 * stub), from the story found on it and the text around it.
 */
final class PageKind {
  /** Fewer words than a brief is no story, unless the page holds nothing else (see below). */
  static final int MIN_STORY_WORDS = 25;

  /** Ends like a sentence: "… said Jane Smith." or "… he said.”" */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？][\"'”’»)]?$");

  private PageKind() {}

  /** Why the page is not an article, as the end of a sentence for the reader; empty if it is. */
  static Optional<String> whyNotAnArticle(StoryBlocks.Found found) {
    List<String> paragraphs = found.paragraphs();
    if (paragraphs.isEmpty()) {
      return Optional.of("it has no story text to read.");
    }
    int words = 0;
    int chars = 0;
    for (String paragraph : paragraphs) {
      words += words(paragraph);
      chars += paragraph.length();
    }
    if (words >= MIN_STORY_WORDS) {
      return Optional.empty();
    }
    // A page that is only a sentence or two ("<p>"Words," said Jane Smith.</p>") is read as it
    // is; a few words among menus and links, or a fragment, is not a story.
    boolean wholePage = chars >= 0.8 * found.pageText();
    String last = paragraphs.get(paragraphs.size() - 1);
    if (wholePage && SENTENCE_END.matcher(last).find()) {
      return Optional.empty();
    }
    return Optional.of("it holds only a few words of text outside its menus and links.");
  }

  /**
   * Words separated by spaces; in Chinese and Japanese, written without spaces, every character
   * counts as one.
   */
  static int words(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (isIdeographic(c)) {
        words++;
        inWord = false;
      } else if (c <= Character.MAX_VALUE && Whitespace.isSpace((char) c)) {
        inWord = false;
      } else if (!inWord) {
        words++;
        inWord = true;
      }
    }
    return words;
  }

  private static boolean isIdeographic(int c) {
    if (c < 0x2E80) {
      return false; // below the CJK blocks: most text, answered without a table lookup
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
