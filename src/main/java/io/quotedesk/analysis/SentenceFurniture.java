package io.quotedesk.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture left inside a story's paragraphs, one sentence long, which no summary line should
 * be; and the dateline opening a lede, which a summary line leaves out.
 */
final class SentenceFurniture {
  private SentenceFurniture() {}

  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?i)^[\\s\"'“‘(\\[]*(?:"
              + "scroll down (?:for|to)\\b" // "Scroll down for video."
              + "|click here\\b" // "Click here for all the latest Chelsea news."
              + "|follow @" // "Follow @jdoe on Twitter."
              + "|(?:published|updated)\\s*:" // "PUBLISHED: 12:51 EST, 23 April 2015 | UPDATED: …"
              + "|last updated (?:at|on)\\b" // "Last updated at 5:40 PM on 12th January 2012."
              + "|by\\s*\\.\\s" // "By . Jane Doe ." (a byline run into the story)
              + "|(?:photo|image)s?(?: credits?)?\\s*:" // "Photo: Getty Images."
              + "|read more\\s*:" // "READ MORE: Why the council said no."
              // "Sorry we are not currently accepting comments on this article."
              + "|(?:sorry,?\\s*)?(?:we are|we're|we’re) not (?:currently )?accepting comments\\b"
              + "|comments (?:are|have been) closed\\b" // "Comments are closed."
              + "|share (?:this|the) (?:article|story)\\b" // "Share this article."
              + "|watch (?:the )?video\\b" // "Watch the video above."
              + "|(?:copyright|©)\\s*\\d{4}\\b" // "Copyright 2015 The Associated Press."
              + ")");

  /**
   * A place in capitals ("WASHINGTON", "NEW YORK"), maybe with its region or a date after a comma
   * (", England", ", Ill.", ", Dec. 8").
   */
  private static final String PLACE =
      "\\p{Lu}[\\p{Lu}.'-]+(?:\\s+\\p{Lu}[\\p{Lu}.'-]+){0,2}"
          + "(?:,\\s*\\p{Lu}\\p{L}*\\.?(?:\\s+\\p{Lu}\\p{L}*\\.?)?(?:\\s+\\d{1,2})?)?";

  /**
   * A place in capitals and a wire service before the story's first words: "WASHINGTON (AP) —",
   * "LONDON, England (CNN) --", "(CNN)"; not "The agency (AP) said".
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:"
              + PLACE
              + "\\s*)?\\((?i:cnn|reuters|ap|afp|upi|dpa|efe|ansa)\\)\\s*(?:--|[-—–:])?\\s*");

  /**
   * A place in capitals and a dash, without a wire service, as many papers open a story:
   * "SPRINGFIELD, Ill. — The council …". Read only at the story's start, where datelines stand:
   * elsewhere "NATO — the alliance …" keeps its subject.
   */
  private static final Pattern OPENING_DATELINE =
      Pattern.compile("^" + PLACE + "\\s*(?:--|[—–])\\s*");

  /**
   * A live blog's time stamp before an entry's first words: "14:30 GMT —", "9.45am -", "2:30 p.m.
   * EDT:". A dash or colon must follow, so "14:30 was the deadline" keeps its subject.
   */
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "^\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?\\s*)?(?:\\p{Lu}{2,4}\\s*)?(?:--|[-—–:])\\s+");

  /**
   * A data table's row, its cells joined as ingest writes them: "HD | THE HOME DEPOT INC. | 225.86
   * | -12.99 | -5.44%" is no sentence to summarise with.
   */
  private static final String TABLE_ROW = " | ";

  static boolean isFurniture(CharSequence sentence) {
    // FURNITURE holds at the start only: looking there is its whole search
    return FURNITURE.matcher(sentence).lookingAt() || sentence.toString().contains(TABLE_ROW);
  }

  /**
   * How many characters of the sentence its dateline and a live blog's time stamp take; 0 without
   * them. A dateline without a wire service counts only when the sentence {@code opensStory}.
   */
  static int datelineLength(CharSequence sentence, boolean opensStory) {
    Matcher stamp = TIMESTAMP.matcher(sentence);
    int from = stamp.lookingAt() && stamp.end() < sentence.length() ? stamp.end() : 0;
    CharSequence rest = sentence.subSequence(from, sentence.length());
    Matcher m = DATELINE.matcher(rest);
    if (!m.lookingAt() && opensStory) {
      m = OPENING_DATELINE.matcher(rest);
    }
    return from + (m.lookingAt() && m.end() < rest.length() ? m.end() : 0);
  }
}
