package io.quotedesk.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The paragraphs of the story's containers in document order: block elements and line breaks end a
 * paragraph, inline elements and text continue it. One walk, without recursion, so markup of any
 * depth reads in time proportional to its size.
 */
final class StoryParagraphs implements NodeFilter {
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

  /** Tags that continue a paragraph; every other element starts a new one. */
  private static final Set<String> INLINE =
      Set.of(
          "a",
          "span",
          "em",
          "strong",
          "b",
          "i",
          "u",
          "s",
          "small",
          "sup",
          "sub",
          "time",
          "abbr",
          "cite",
          "q",
          "mark",
          "code",
          "font",
          "bdi",
          "bdo",
          "dfn",
          "kbd",
          "var",
          "wbr",
          "del",
          "ins",
          "img",
          "label",
          "data",
          "samp",
          "ruby",
          "rt",
          "rp",
          // obsolete, still written by documentation tools and old pages: <tt>phases.publish</tt>
          "tt",
          "big",
          "strike",
          "acronym",
          "nobr");

  private final PageCounts counts;
  private final List<String> out = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  /** Where each open link began in {@link #text}. */
  private final List<Integer> linkStarts = new ArrayList<>();

  private int linkChars;

  /** Where the paragraph's first link began in {@link #text}, or -1 before any link. */
  private int firstLink = -1;

  /** Where the paragraph's last closed link ended in {@link #text}, or -1 before any link. */
  private int lastLinkEnd = -1;

  /** True while the paragraph being read is a heading. */
  private boolean heading;

  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

  /** The block that scored best and the blocks around it: the story, never a list of links. */
  private final Set<Element> storyBlocks = Collections.newSetFromMap(new IdentityHashMap<>());

  private StoryParagraphs(PageCounts counts) {
    this.counts = counts;
  }

  /**
   * The paragraphs of {@code containers}, in order, leaving out what {@code counts} leaves out.
   * {@code densest}, the block whose paragraphs scored best, and the blocks around it are read
   * whatever their share of links: a story of three paragraphs with a list of related links and a
   * share bar inside its wrapper is still the story.
   */
  static List<String> of(List<Element> containers, PageCounts counts, Element densest) {
    StoryParagraphs reader = new StoryParagraphs(counts);
    // Up to the container read: the few levels a climb rose, not the page's whole depth.
    Set<Element> read = Collections.newSetFromMap(new IdentityHashMap<>());
    read.addAll(containers);
    for (Element block = densest; block != null; block = block.parent()) {
      reader.storyBlocks.add(block);
      if (read.contains(block)) {
        break;
      }
    }
    for (Element container : containers) {
      NodeTraversor.filter(reader, container);
      reader.flush();
    }
    return reader.out;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    TimeLimit.checkpoint();
    if (node instanceof TextNode textNode) {
      text.append(textNode.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element element)) {
      return FilterResult.CONTINUE;
    }
    if (counts.isLeftOut(element) || (depth > 0 && isLinkBlock(element))) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String tag = element.normalName();
    if (tag.equals("br")) {
      flush();
      return FilterResult.CONTINUE;
    }
    if (tag.equals("a")) {
      linkStarts.add(text.length());
      if (firstLink < 0) {
        firstLink = text.length();
      }
    }
    if (!isInline(element)) {
      flush();
      heading = HEADINGS.contains(tag);
    }
    return FilterResult.CONTINUE;
  }

  /**
   * Inline tags, and a tag no HTML version defines sitting in running text, as browsers show it: a
   * custom element around a citation link ("the United States (<hl-source><a>1</a></hl-source>).")
   * is part of its sentence.
   */
  private static boolean isInline(Element element) {
    return INLINE.contains(element.normalName())
        || (!element.tag().isKnownTag()
            && (isText(element.previousSibling()) || isText(element.nextSibling())));
  }

  private static boolean isText(Node node) {
    return node instanceof TextNode text && !text.isBlank();
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element element)) {
      return FilterResult.CONTINUE;
    }
    String tag = element.normalName();
    if (tag.equals("a")) {
      linkChars += text.length() - linkStarts.remove(linkStarts.size() - 1);
      lastLinkEnd = text.length();
    }
    if (!tag.equals("br") && !isInline(element)) {
      flush();
    }
    return FilterResult.CONTINUE;
  }

  /** Blocks inside the story that are mostly links: related stories, tag lists, share bars. */
  private static final Set<String> LINK_BLOCKS =
      Set.of(
          "div", "section", "ul", "ol", "table", "aside", "form", "dl", "nav", "header", "footer");

  /**
   * A block inside the story whose text is mostly links ("Read these next" and its headlines), as
   * Readability cleans them: a fifth of links is enough for a plain block, half for a list or a
   * block whose class names the story. Ten commas make it prose with links in it.
   */
  private boolean isLinkBlock(Element element) {
    if (storyBlocks.contains(element)) {
      return false;
    }
    if (element.nameIs("span")) {
      return isLinkCard(element);
    }
    if (!LINK_BLOCKS.contains(element.normalName())) {
      return false;
    }
    ElementCounts own = counts.get(element);
    if (own.commas >= 10) {
      return false; // prose with links in it
    }
    double density = own.linkDensity();
    boolean list = element.normalName().equals("ul") || element.normalName().equals("ol");
    if (list && density > 0.2 && LinkLeads.mostItemsOpenWithWords(element, counts)) {
      return false; // a list of what people did, each linking its work
    }
    boolean namesStory = ClassWords.LIKELY.matcher(ClassWords.of(element)).find();
    // an embedded post: a quote with its link and date, kept when PageCounts keeps it
    double limit = list || namesStory || own.holdsQuote ? 0.5 : 0.2;
    return density > limit;
  }

  /**
   * Four words or more ending in a full stop: a sentence of the story that happens to be a link
   * ("Teens love Apple's AirPods, a survey found."). A related story's headline ends bare or asks.
   * Read with a loop: a pattern backtracks over every split of the line.
   */
  static boolean isSentence(String line) {
    int end = line.length() - 1;
    while (end >= 0 && "\"”’)".indexOf(line.charAt(end)) >= 0) {
      end--;
    }
    if (end < 0 || (line.charAt(end) != '.' && line.charAt(end) != '!')) {
      return false;
    }
    return spaces(line.subSequence(0, end)) >= 3;
  }

  /** Spaces between words, counted up to three; a run of them counts once. */
  private static int spaces(CharSequence line) {
    int spaces = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length() && spaces < 3; i++) {
      boolean space = Whitespace.isSpace(line.charAt(i));
      if (space && inWord) {
        spaces++;
      }
      inWord = !space;
    }
    return spaces;
  }

  /**
   * True when the text after the last link is only the sentence's closing punctuation: "{@code
   * <a>}Where am I going to put it{@code </a>}?" asks in the writer's words, where a related
   * story's headline keeps its own question mark inside its link. Four words at least, as {@link
   * #isSentence} asks: "{@code <a>}Read more{@code </a>}." is a label.
   */
  private static boolean endsSentenceAfter(CharSequence text, int linkEnd) {
    boolean closed = false;
    for (int i = linkEnd; i < text.length(); i++) {
      char c = text.charAt(i);
      if (".?!…".indexOf(c) >= 0) {
        closed = true;
      } else if (!Whitespace.isSpace(c) && "\"”’)".indexOf(c) < 0) {
        return false;
      }
    }
    return closed;
  }

  /**
   * A card of links that pops up over a name in the text (a person's three latest stories after
   * "Rep. Ilhan Omar"): inline, yet nothing but several links, longer than a name. The innermost
   * such span is the card; the one around it holds the name too.
   */
  private boolean isLinkCard(Element span) {
    // Three links or more side by side; a span around one element is passed over unread.
    if (span.childrenSize() < 3 || !isAllLinks(counts.get(span))) {
      return false;
    }
    for (Element child : span.children()) {
      if (child.nameIs("span") && isAllLinks(counts.get(child))) {
        return false; // no recursion: a chain of spans is read in one pass
      }
    }
    return true;
  }

  private static boolean isAllLinks(ElementCounts own) {
    return own.links >= 3 && own.text > 100 && own.linkDensity() > 0.9;
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

  /** Ends the paragraph being read: keeps it unless it is boilerplate or mostly links. */
  private void flush() {
    String normalized = Whitespace.normalize(text.toString());
    boolean isHeading = heading;
    heading = false;
    int length = Math.max(1, text.length());
    double linkDensity = (double) linkChars / length;
    boolean opensWithWords = firstLink > 0 && LinkLeads.isLead(text, firstLink);
    boolean closedAfterLink =
        lastLinkEnd >= 0 && endsSentenceAfter(text, lastLinkEnd) && spaces(text) >= 3;
    text.setLength(0);
    linkChars = 0;
    firstLink = -1;
    lastLinkEnd = -1;
    linkStarts.replaceAll(start -> 0); // a link that goes on counts from the next paragraph
    if (normalized.isEmpty()
        || BOILERPLATE_LINE.matcher(normalized).matches()
        || FurnitureWords.isFurnitureLine(normalized)
        || FurnitureWords.endsStory(normalized)
        || isCaption(normalized)
        || isSitePrompt(normalized)
        || UNRENDERED_SHORTCODE.matcher(normalized).matches()) {
      return;
    }
    // A subheading that links to what it names ("Rez Infinite ($30)") is still the story's, and so
    // is a line whose own words lead to its links ("Neil has <a>a patch</a> for the unloader").
    boolean linkHeavy =
        linkDensity > 0.5
            && normalized.length() < 200
            && !isHeading
            && !opensWithWords
            && !closedAfterLink
            && !isSentence(normalized);
    if (!linkHeavy) {
      out.add(normalized);
    }
  }
}
