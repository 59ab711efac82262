package io.quotedesk.ingest;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class names and id say it is: page furniture ("share-bar", "related-posts"),
 * readers' comments, a photo gallery, or a story container ("entry-content"), in the languages
 * QuoteDesk meets most.
 */
final class ClassWords {
  private ClassWords() {}

  /** Class and id words of page furniture. */
  static final Pattern UNLIKELY =
      Pattern.compile(
          "(?i)share|social|related|comment|newsletter|subscri|promo|advert|\\bads?\\b|ad-|sponsor"
              + "|sidebar|footer|\\bnav|menu|breadcrumb|caption|credit|tags?\\b|bio\\b"
              + "|recommend|popular|most-read|trending|outbrain|taboola|signup|sign-up|paywall"
              + "|banner|cookie|consent|modal|popup|toolbar|byline|timestamp|dateline|masthead"
              + "|author(?!ity|i[sz])" // the writer's line or box ("article-author"), not authority
              // the byline and date block ("entry-meta", "node__meta"), not "metadata"
              + "|(?<![a-z])meta(?![a-z])"
              + "|skip|print|widget|teaser|more-stories|read-more|newsletter|disclaimer|rail"
              + "|gallery|slideshow|carousel|legends"
              // the same furniture named in German, French, Spanish, Italian, Polish, Portuguese
              + "|werbung|anzeige\\b|teilen|lesetipp|empfehlung|verwandte|mehr-?zum-?thema"
              + "|bildunterschrift|publicite|\\bpub\\b|partage|lire-?aussi|meme-?sujet|legende"
              + "|publicidad|compartir|relacionad|pie-?de-?foto|leer-?mas|pubblicita|condivid"
              + "|correlat|didascalia|leggi-?anche|reklama|udostepnij|polecamy|zobacz-?(?:tez|takze)"
              + "|powiazane|publicidade|compartilh|partilh|legenda|leia-?tambem|saiba-?mais"
              // the writer's line: "auteur", "autor", "autore" (not "autorizacion")
              + "|auteur|\\bautor(?:e|in)?\\b");

  /** Readers' comments: never story, even inside "comment-content" or a page's <article>s. */
  private static final Pattern COMMENTS =
      Pattern.compile(
          "(?i)\\bcomments?\\b|comments?[-_]|disqus|\\brespond\\b|discussion"
              // readers' comments in other languages; the singular ("Kommentar", "commento",
              // "komentarz") names an opinion piece there, so only the plural counts
              + "|kommentare|commentaires|comentarios|comentários|commenti\\b|komentarze"
              // "Diskussion", "diskuse", "reacties": what German, Czech and Dutch sites call them
              + "|diskussion|diskuse|diskusia|reacties|hozzaszolas");

  /**
   * Photo galleries: their captions can be long paragraphs ("1/50 United goin down" and a sentence
   * or three under each picture), so only an {@code <article>} inside makes one the story.
   */
  private static final Pattern GALLERY = Pattern.compile("(?i)gallery|slideshow|carousel");

  /**
   * Class and id words of a story container, in English and, as sites name them, in German, French,
   * Spanish, Italian, Portuguese, Polish, Czech and Dutch ("artikel-inhalt", "contenu",
   * "cuerpo-noticia", "tresc-artykulu", "clanek-obsah"); "corporate" names no body.
   */
  static final Pattern LIKELY =
      Pattern.compile(
          "(?i)article|body|content|entry|main|post|story|text|blog|column"
              + "|artikel|artykul|articolo|articulo|artigo|clanek|beitrag|inhalt|inhoud|contenu"
              + "|contenid|contenut|conteud|cuerpo|corpo(?!rat)|tresc|obsah");

  /** An element's class names and id, as words that say what it is. */
  static String of(Element element) {
    String id = element.id();
    return isMachineMade(id) ? element.className() : element.className() + " " + id;
  }

  /**
   * An id a publishing system drew at random for each paragraph ({@code <p id="NavzzU">}, "9CatN2"
   * on Vox Media's sites): no words, so "Nav…" names no menu. Words and camelCase ("mainNav",
   * "SideBar") and capitals ("NAV") still count.
   */
  static boolean isMachineMade(String id) {
    return id.length() >= 5
        && id.length() <= 8
        && RANDOM_ID.matcher(id).matches()
        && !WORDS_ID.matcher(id).matches();
  }

  private static final Pattern RANDOM_ID = Pattern.compile("[A-Za-z0-9]+");
  private static final Pattern WORDS_ID = Pattern.compile("[A-Z]?[a-z]+(?:[A-Z][a-z]+)*|[A-Z]+");

  /**
   * A class that says what a block lacks: "no_caption" on a story's item whose picture has no
   * caption, "no-ads" on a story that carries none.
   */
  private static final Pattern NEGATED = Pattern.compile("(?i)(?<![a-z])no[-_][a-z]+");

  /** What class and id words say about an element (worked out once per page for each marker). */
  enum Kind {
    COMMENTS,
    GALLERY,
    UNLIKELY,
    NEUTRAL
  }

  static Kind kindOf(String words) {
    String marker = NEGATED.matcher(words).replaceAll(" ");
    if (COMMENTS.matcher(marker).find()) {
      return Kind.COMMENTS;
    }
    if (GALLERY.matcher(marker).find() && !namesStory(marker)) {
      return Kind.GALLERY;
    }
    return UNLIKELY.matcher(marker).find() && !namesStory(marker) ? Kind.UNLIKELY : Kind.NEUTRAL;
  }

  /**
   * A class or id that names a story container ("entry-content"); one that names a list of them
   * ("recommended-articles", "related-posts") does not.
   */
  private static boolean namesStory(String marker) {
    for (String word : marker.split("\\s+")) {
      if (LIKELY.matcher(word).find() && !UNLIKELY.matcher(word).find()) {
        return true;
      }
    }
    return false;
  }
}
