package io.quotedesk.ingest;

import java.util.regex.Pattern;

/**
 * Lines a site prints around every story, whatever the story: ads, share bars, photo credits,
 * prompts to follow or subscribe, unrendered shortcodes. Apart from {@link StoryParagraphs}, which
 * walks the page, as each is a rule on one line of text.
 */
final class BoilerplateLines {
  private BoilerplateLines() {}

  private static final Pattern BOILERPLATE_LINE =
      Pattern.compile(
          "(?iu)^(advertisement|advertising|advert|ad|sponsored( content)?|paid content"
              + "|share|share this( article| story)?|read more"
              + "|related( articles| stories)?:?|sign up.*|subscribe.*|follow us.*|click here.*"
              + "|supported by|continue reading.*|listen to (this|the) (article|story).*"
              // readers' comments below, as the other languages' lines say it (FurnitureWords);
              // the singular "Comment" heads a table's column
              + "|(\\d+ )?comments( \\(\\d+\\))?|leave a (comment|reply)|tell us what you think.*"
              + "|this article (is|was) .{0,60}|photo:.*|image:.*|credit:.*"
              // what a widget says to a reader without scripts: "This slideshow requires
              // JavaScript." A widget names itself, and the notice ends with what it needs: "The
              // new system requires JavaScript developers to …" is a story's line
              + "|((this|the|your) ([\\w-]+ ){0,2}(slideshow|gallery|video|player|content|page"
              + "|site|website|browser|feature|interactive|graphic|map|chart|form|app|embed|quiz"
              + "|poll|widget|audio|media|element)s? requires? javascript"
              + "|(please )?(enable|turn on) javascript|javascript is (disabled|required))"
              + "( (to|in|for|on) [^,;]{0,60}| enabled[^,;]{0,60})?[.!]?)$");

  /** An empty line, or one a site prints around every story: ads, share bars, credits, prompts. */
  static boolean isBoilerplate(String normalized) {
    return normalized.isEmpty()
        || BOILERPLATE_LINE.matcher(normalized).matches()
        || FurnitureWords.isFurnitureLine(normalized)
        || FurnitureWords.endsStory(normalized)
        || isCaption(normalized)
        || isSitePrompt(normalized)
        || UNRENDERED_SHORTCODE.matcher(normalized).matches();
  }

  /**
   * A photo's caption ending in its credit, wherever the page puts it: "Protesters marched on
   * Sunday (Image: Getty)", "Der Bürgermeister am Montag (Foto: dpa)". A sentence of the story does
   * not end in a credit in brackets.
   */
  private static final Pattern CAPTION_CREDIT =
      Pattern.compile(
          "(?iu)[(\\[]\\s*(?:photos?|images?|pictures?|foto|fotos|bild|credit|crédit|crédito"
              + "|zdjęcie|fot\\.)(?:\\s+credit)?\\s*[:/]\\s*[^()\\[\\]]{1,80}[)\\]]$");

  /**
   * A letter of a prompt's sentence: no sentence end, where a dot inside a word ("NJ.com") is none,
   * and no double quotation mark, as a prompt quoted in the story is someone's words: "“Anyone who
   * saw it should contact us at tips@police.gov,” the sheriff said."
   */
  private static final String PROMPT_CHAR = "(?:[^.!?\"“”]|\\.(?=\\S))";

  /**
   * A short line whose last sentence sends the reader to the site's own channels: "Get the latest
   * updates right in your inbox. Subscribe to NJ.com’s newsletters." or "… is out now. Follow us on
   * Twitter @Spacedotcom or Facebook." or "… let us know at: community@space.com." A writer's own
   * bio ("Follow him on Twitter") stays: it says who wrote the story. A dot inside a word
   * ("NJ.com") does not end the sentence.
   */
  private static final Pattern SITE_PROMPT_END =
      Pattern.compile(
          "(?iu)(?:^|[.!?]\\s+)(?:(?:and )?follow us\\b"
              + PROMPT_CHAR
              + "{0,80}?(?:twitter|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube|@\\w+)"
              + "|(?:subscribe|sign up) (?:to|for) "
              + PROMPT_CHAR
              + "{0,80}?newsletters?|"
              + PROMPT_CHAR
              + "{0,80}?\\b(?:let us know|contact us|email us|write to us)"
              + "\\b[^.!?@\"“”]{0,20}?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)"
              + PROMPT_CHAR
              + "{0,60}[.!]?$");

  /**
   * A WordPress shortcode the site failed to render, standing as a line: "[button link=”…”] Send us
   * YOUR kit review[/button]". Readers never see it as text.
   */
  private static final Pattern UNRENDERED_SHORTCODE =
      Pattern.compile("^\\[([a-z_]+)\\b[^\\]]*\\][^\\[]{0,200}\\[/\\1\\]$");

  private static boolean isSitePrompt(String line) {
    return line.length() <= 300 && SITE_PROMPT_END.matcher(line).find();
  }

  private static boolean isCaption(String line) {
    return line.length() <= 300 && CAPTION_CREDIT.matcher(line).find();
  }
}
