package io.quotedesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the page furniture that copy and paste brings along with a story: share prompts, photo
 * captions and credits, embed instructions, bylines and date lines, and the related-links block
 * that ends many pages. Analysis skips these ranges; the text itself is left as it was.
 */
final class PageFurniture {

  /** Lines that are furniture whatever surrounds them. */
  private static final Pattern FURNITURE_LINE =
      Pattern.compile(
          "(?iu)^(?:"
              // "Share this articleComments", "Share this articleClose Button"
              + "share (?:this|the) (?:article|story|page|video)"
              + "|(?:share|tweet|e-?mail|print|save|comments?|close(?: button)?|copied"
              + "|copy (?:link|to clipboard)|follow(?: us)?)(?: (?:on|via) \\w+)?$"
              + "|copy/paste .{0,40}embed"
              + "|(?:photo|image|picture|video|graphic|illustration)s?(?: credit)?s? ?:"
              + "|(?:copyright|©)\\s.{0,150}$"
              + "|(?:advertisement|sponsored(?: content)?|ad)$"
              + "|(?:read|see) (?:more|also)\\b"
              + "|related(?: (?:articles?|stories|story|coverage|content|links?))?\\s*:?$"
              + "|(?:sign up|subscribe)\\b.{0,120}$"
              + "|(?:listen|watch)(?: to)?(?: this| the)? (?:article|story|video)\\b"
              + "|click here\\b"
              + "|follow (?:us|@)"
              + ")");

  /** A credit anywhere in a line ("… Copyright 2024 The AP. All rights reserved"). */
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?iu)(?:©(?=\\s|\\d)|\\bcopyright\\b|\\ball rights reserved\\b"
              + "|\\((?:AP|Reuters|AFP|EPA|Getty Images|Bloomberg)(?: Photo)?\\b[^)]*\\)\\s*$"
              + "|\\b(?:photo|image) (?:credit|by|courtesy)\\b)");

  /** Headings after which a page lists other stories: everything below is furniture. */
  private static final Pattern END_OF_STORY =
      Pattern.compile(
          "(?iu)^(?:you (?:might|may) (?:also )?(?:like|enjoy|be interested in)"
              + "|related (?:articles|stories|coverage|content|links|news)"
              + "|more (?:from|on|in) .{1,40}|more stories|most (?:read|popular|viewed|shared)"
              + "|recommended(?: for you| stories| reading)?|read next|up next|trending(?: now)?"
              + "|latest (?:news|stories)|what to read next)\\s*:?$");

  /** "By Jorge Liboreiro", "By Jane Doe and John Roe", "By JANE DOE, Reuters". */
  private static final Pattern BYLINE =
      Pattern.compile(
          "(?u)^[Bb][Yy][\\s\\u00A0\\u202F]+(\\p{Lu}[\\p{L}.'’-]*"
              + "(?:(?:[\\s\\u00A0\\u202F]+|,[\\s\\u00A0\\u202F]*|[\\s\\u00A0\\u202F]+and[\\s\\u00A0\\u202F]+)"
              + "\\p{Lu}[\\p{L}.'’-]*){0,7})\\s*$");

  /** A line this long is a story paragraph: the lines above it are the page's head. */
  private static final int STORY_LINE_CHARS = 120;

  /** A sentence of this many words is story too: "The council approved the budget on Tuesday." */
  private static final Pattern STORY_SENTENCE =
      Pattern.compile("(?:\\S+\\s+){6,}\\S+[.!?]['\"’”]?");

  private final List<TextRange> ranges = new ArrayList<>();
  private Optional<String> byline = Optional.empty();
  private Optional<String> published = Optional.empty();

  private PageFurniture() {}

  /** Marks the furniture among {@code lines}, leaving out the headline line at {@code skip}. */
  static PageFurniture mark(List<Line> lines, int skip) {
    PageFurniture furniture = new PageFurniture();
    boolean[] isFurniture = new boolean[lines.size()];
    boolean[] isCredit = new boolean[lines.size()];
    boolean storyStarted = false; // a date line stands above the story, not in it
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (i == skip || line.isBlank()) {
        continue;
      }
      String content = line.trimmed();
      if (END_OF_STORY.matcher(content).matches() || FurnitureWords.endsStory(content)) {
        for (int j = i; j < lines.size(); j++) {
          isFurniture[j] = !lines.get(j).isBlank();
        }
        break;
      }
      var byline = BYLINE.matcher(content);
      if (byline.matches() && content.length() <= 120) {
        if (furniture.byline.isEmpty()) {
          furniture.byline = Optional.of(Whitespace.normalize(byline.group(1)));
        }
        isFurniture[i] = true;
      } else if (!storyStarted && furniture.published.isEmpty() && furniture.readDate(content)) {
        isFurniture[i] = true;
      } else {
        isCredit[i] = isCredit(content);
        isFurniture[i] =
            isCredit[i]
                || FURNITURE_LINE.matcher(content).lookingAt()
                || FurnitureWords.isFurnitureLine(content)
                || offersClipboard(content);
        storyStarted |= !isFurniture[i] && isStoryLine(content);
      }
    }
    markCaptions(lines, isFurniture, isCredit, skip);
    for (int i = 0; i < lines.size(); i++) {
      if (isFurniture[i]) {
        furniture.ranges.add(lines.get(i).range());
      }
    }
    return furniture;
  }

  /**
   * A photo caption sits directly above its credit, often repeated inside the credit line:
   * "Stoltenberg addressed the media." / "Stoltenberg addressed the media. Copyright …".
   */
  private static void markCaptions(
      List<Line> lines, boolean[] isFurniture, boolean[] isCredit, int skip) {
    for (int i = lines.size() - 2; i >= 0; i--) {
      Line line = lines.get(i);
      Line next = lines.get(i + 1);
      if (i == skip || isFurniture[i] || line.isBlank() || !isFurniture[i + 1]) {
        continue;
      }
      String caption = line.trimmed();
      String below = next.trimmed();
      boolean repeatedInCredit = below.startsWith(caption) && isCredit[i + 1];
      boolean aboveCredit = isCredit[i + 1] && caption.length() <= 300;
      if (repeatedInCredit || aboveCredit) {
        isFurniture[i] = true;
      }
    }
  }

  private static boolean isStoryLine(String line) {
    return line.length() > STORY_LINE_CHARS || STORY_SENTENCE.matcher(line).matches();
  }

  /** Credits are short lines; a long paragraph that mentions copyright is story. */
  private static boolean isCredit(String line) {
    return line.length() <= 250 && mayHoldCredit(line) && CREDIT.matcher(line).find();
  }

  /**
   * "Copy to clipboard" near the start of a line: a plain search, since a regex trying each of the
   * first 80 positions costs more than the rest of the page's furniture checks.
   */
  private static boolean offersClipboard(String line) {
    String head = line.substring(0, Math.min(line.length(), 80 + CLIPBOARD.length()));
    return head.toLowerCase(Locale.ROOT).contains(CLIPBOARD);
  }

  private static final String CLIPBOARD = "copy to clipboard";

  /** A cheap look for the words every credit pattern needs, before the regex runs. */
  private static boolean mayHoldCredit(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    return lower.indexOf('©') >= 0
        || endsWithParenthesis(line) // "(AP Photo/Evan Vucci)"
        || lower.contains("copyright")
        || lower.contains("rights reserved")
        || lower.contains("photo")
        || lower.contains("image");
  }

  /**
   * The agency credit in parentheses must close the line: most story lines hold a parenthesis
   * somewhere ("(R-Texas)"), and the credit search over each cost more than all other checks.
   */
  private static boolean endsWithParenthesis(String line) {
    int end = Whitespace.endBeforePatternSpace(line);
    return end > 0 && line.charAt(end - 1) == ')';
  }

  List<TextRange> ranges() {
    return List.copyOf(ranges);
  }

  Optional<String> byline() {
    return byline;
  }

  /** The day a date line above the story gives: "March 3, 2025" under the byline. */
  Optional<String> published() {
    return published;
  }

  private boolean readDate(String line) {
    published = DateLines.day(line);
    return published.isPresent();
  }
}
