package io.quotedesk.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
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

  /** For each table being read, innermost first: true for a table of data, read row by row. */
  private final Deque<Boolean> tables = new ArrayDeque<>();

  /** True when the next cell's text starts after a separator from the cells before it. */
  private boolean cellPending;

  /** True once the paragraph being read holds words: a row's cells after it get a separator. */
  private boolean hasWords;

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
      String words = textNode.getWholeText();
      if (!Whitespace.isBlank(words)) {
        if (cellPending) {
          text.append(CELL_SEPARATOR);
          cellPending = false;
        }
        hasWords = true;
      }
      text.append(words);
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element element)) {
      return FilterResult.CONTINUE;
    }
    if (counts.isLeftOut(element) || (depth > 0 && isLinkBlock(element))) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String tag = element.normalName();
    if (tag.equals("a")) {
      linkStarts.add(text.length());
      if (firstLink < 0) {
        firstLink = text.length();
      }
    }
    if (tag.equals("table")) {
      flush();
      tables.push(DataTables.isData(element, counts));
      return FilterResult.CONTINUE;
    }
    if (inDataTable()) {
      readInRow(element, tag);
      return FilterResult.CONTINUE;
    }
    if (tag.equals("br")) {
      flush();
      return FilterResult.CONTINUE;
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
    if (tag.equals("table")) {
      tables.pop();
      flush();
    } else if (inDataTable() ? tag.equals("tr") : !tag.equals("br") && !isInline(element)) {
      flush();
    }
    return FilterResult.CONTINUE;
  }

  /**
   * Between a row's cells, " | ": a reader sees the row as one line ("Berlin | 3.6 million |
   * +0.8%"), and a quote's paragraphs before and after the table stay near each other. Tabs would
   * read as columns too, but the paragraph's spaces are folded to one, and the cells would run
   * together ("Berlin 3.6 million").
   */
  private static final String CELL_SEPARATOR = " | ";

  private boolean inDataTable() {
    return !tables.isEmpty() && tables.peek();
  }

  /**
   * A data table's row is one paragraph: a row starts it, each cell after one holding words adds
   * the separator before its own words (an empty cell adds none), and blocks and line breaks inside
   * a cell are a space.
   */
  private void readInRow(Element element, String tag) {
    if (tag.equals("tr")) {
      flush();
    } else if (DataTables.isCell(element)) {
      cellPending = hasWords; // asked of each cell: no scan of the row read so far
    } else if (!isInline(element)) {
      text.append(' ');
    }
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

  /** Ends the paragraph being read: keeps it unless it is boilerplate or mostly links. */
  private void flush() {
    String normalized = Whitespace.normalize(text.toString());
    LinkShape links = linkShape();
    startParagraph();
    if (BoilerplateLines.isBoilerplate(normalized) || isLinkHeavy(normalized, links)) {
      return;
    }
    out.add(normalized);
  }

  /**
   * How the paragraph's links sit in it, measured from its raw text before {@link #startParagraph}
   * clears it: their share of the text, and whether the paragraph is a heading, opens with words of
   * its own before its first link, or closes a sentence after its last.
   */
  private record LinkShape(
      boolean heading, double density, boolean opensWithWords, boolean closedAfterLink) {}

  private LinkShape linkShape() {
    int length = Math.max(1, text.length());
    double linkDensity = (double) linkChars / length;
    boolean opensWithWords = firstLink > 0 && LinkLeads.isLead(text, firstLink);
    boolean closedAfterLink =
        lastLinkEnd >= 0 && endsSentenceAfter(text, lastLinkEnd) && spaces(text) >= 3;
    return new LinkShape(heading, linkDensity, opensWithWords, closedAfterLink);
  }

  /** Clears what the walk gathered for one paragraph, so that the next starts from nothing. */
  private void startParagraph() {
    heading = false;
    cellPending = false;
    hasWords = false;
    text.setLength(0);
    linkChars = 0;
    firstLink = -1;
    lastLinkEnd = -1;
    linkStarts.replaceAll(start -> 0); // a link that goes on counts from the next paragraph
  }

  /**
   * A short line that is mostly links: a menu or a list of related stories. A subheading that links
   * to what it names ("Rez Infinite ($30)") is still the story's, and so is a line whose own words
   * lead to its links ("Neil has {@code <a>}a patch{@code </a>} for the unloader").
   */
  private static boolean isLinkHeavy(String normalized, LinkShape links) {
    return links.density() > 0.5
        && normalized.length() < 200
        && !links.heading()
        && !links.opensWithWords()
        && !links.closedAfterLink()
        && !isSentence(normalized);
  }
}
