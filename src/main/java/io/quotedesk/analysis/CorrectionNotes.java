package io.quotedesk.analysis;

import io.quotedesk.ingest.Article;
import io.quotedesk.ingest.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A correction notice tells what the story once said wrongly: "Correction, Oct. 4: An earlier
 * version of this story misquoted X as saying "We will shut this port down."" Its quotes were never
 * said and its figures were wrong, so, like page furniture, it yields no quotes, facts, people or
 * summary lines.
 */
final class CorrectionNotes {
  /**
   * A paragraph opening as a correction: "Correction:", "Clarification, May 2:", "Update: An
   * earlier entry said …", "A previous version of this article …", "This story has been corrected
   * to …". The notice's own words only: "Corrections officers told lawmakers:" and "An earlier
   * version of the bill …" open story paragraphs.
   */
  private static final Pattern NOTICE =
      Pattern.compile(
          "(?i)(?:(?:correction|clarification)s?(?:\\s+appended)?(?:\\s*[,(–—-][^:\\n]{0,40})?\\s*:"
              + "|update\\s*:\\s*(?:an earlier|a previous) (?:version|entry|edition|post)\\b"
              + "|(?:an earlier|a previous) (?:version|edition) of this"
              + " (?:story|article|report|post|entry|page)\\b"
              + "|this (?:story|article|report|post) (?:has been|was) (?:corrected|updated to"
              + " correct)\\b)");

  private CorrectionNotes() {}

  /**
   * The article with its correction paragraphs marked as furniture; {@code paragraphs} its text's.
   */
  static Article marked(Article article, Paragraphs paragraphs) {
    String text = article.text();
    List<TextRange> furniture = new ArrayList<>(article.furniture());
    for (int p = 0; p < paragraphs.count(); p++) {
      int start = paragraphs.start(p);
      if (NOTICE.matcher(text).region(start, paragraphs.end(p)).lookingAt()) {
        furniture.add(new TextRange(start, paragraphs.end(p)));
      }
    }
    if (furniture.size() == article.furniture().size()) {
      return article;
    }
    return new Article(text, article.metadata(), article.headline(), furniture, article.notice());
  }
}
