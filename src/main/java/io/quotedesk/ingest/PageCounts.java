package io.quotedesk.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The counts of every element of a page and the elements the story reader leaves out (scripts,
 * navigation, share bars, comments), found in one bottom-up walk. Asking each element for its
 * {@code text()} instead costs the page's size times its depth: minutes on deep unclosed markup.
 */
final class PageCounts {
  /** Never story, whatever their class: code, media, forms' controls, what the reader can't see. */
  private static final Set<String> NEVER_STORY =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "canvas",
          "iframe",
          "button",
          "input",
          "select",
          "textarea",
          "figure",
          "figcaption",
          "picture",
          "video",
          "audio",
          "dialog",
          "head",
          "link",
          "meta",
          "object",
          "embed",
          "math");

  /**
   * Page structure that is furniture, unless a site wraps the whole story in it (ASP.NET forms).
   */
  private static final Set<String> STRUCTURE = Set.of("form", "nav", "footer", "aside", "header");

  private final Map<Element, ElementCounts> counts = new IdentityHashMap<>();
  private final Set<Element> left = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Pages repeat their class names: each is matched against the patterns once. */
  private final Map<String, ClassWords.Kind> markers = new HashMap<>();

  private PageCounts() {}

  /** Counts {@code root} and everything in it. */
  static PageCounts of(Element root) {
    PageCounts page = new PageCounts();
    NodeTraversor.filter(page.new Counter(), root);
    return page;
  }

  ElementCounts get(Element element) {
    ElementCounts found = counts.get(element);
    return found == null ? new ElementCounts() : found;
  }

  /** True when the story reader leaves the element out, with all it holds. */
  boolean isLeftOut(Element element) {
    return left.contains(element);
  }

  /** The children the story reader keeps. */
  List<Element> keptChildren(Element element) {
    List<Element> kept = new ArrayList<>(element.childrenSize());
    for (Element child : element.children()) {
      if (!left.contains(child)) {
        kept.add(child);
      }
    }
    return kept;
  }

  /** A walk that counts each node once: text on the way down, an element's totals on the way up. */
  private final class Counter implements NodeFilter {
    private final Deque<ElementCounts> open = new ArrayDeque<>();

    @Override
    public FilterResult head(Node node, int depth) {
      TimeLimit.checkpoint();
      if (node instanceof TextNode text) {
        ElementCounts into = open.peek();
        if (into != null) {
          count(text.getWholeText(), into);
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element element)) {
        return FilterResult.CONTINUE;
      }
      if (depth > 0 && neverStory(element)) {
        left.add(element);
        return FilterResult.SKIP_ENTIRELY;
      }
      ElementCounts created = new ElementCounts();
      counts.put(element, created);
      open.push(created);
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element element)) {
        return FilterResult.CONTINUE;
      }
      ElementCounts own = open.pop();
      String tag = element.normalName();
      if (tag.equals("a")) {
        own.linkText = own.text;
        own.links = 1;
      } else if (tag.equals("p") && own.rawText > 150) {
        own.longParagraphs++;
      }
      ElementCounts parent = open.peek();
      if (parent != null) {
        addToParent(element, tag, own, parent);
      }
      return FilterResult.CONTINUE;
    }

    /**
     * Adds a closed element's totals to its parent's: its raw counts always (a teaser's text only),
     * its kept counts only when the element is no furniture, which is then left out.
     */
    private void addToParent(Element element, String tag, ElementCounts own, ElementCounts parent) {
      if (isTeaser(element, tag, own)) {
        // counts as text, but its excerpt makes no wrapper of it a story
        parent.rawText += own.rawText;
      } else {
        parent.addRaw(own);
        parent.holdsArticle |= own.holdsArticle || isStoryTag(tag);
      }
      parent.holdsQuote |= own.holdsQuote || tag.equals("blockquote");
      parent.holdsTable |= own.holdsTable || tag.equals("table");
      if (isFurniture(element, tag, own)) {
        left.add(element);
      } else {
        parent.addKept(own);
      }
    }
  }

  /**
   * An {@code <article>} of a headline and one excerpt beside others like it: a teaser in a list of
   * other stories ("Deals": five {@code <article>}s, each a linked title and a 190-character
   * excerpt). A story holds more than one long paragraph; a news brief stands alone.
   */
  private static boolean isTeaser(Element element, String tag, ElementCounts own) {
    return tag.equals("article")
        && own.longParagraphs < 2
        && (isArticle(element.previousElementSibling()) || isArticle(element.nextElementSibling()));
  }

  private static boolean isArticle(Element element) {
    return element != null && element.nameIs("article");
  }

  private static boolean neverStory(Element element) {
    return NEVER_STORY.contains(element.normalName()) && !isTableOrCodeFigure(element)
        || element.hasAttr("hidden")
        || element.attr("aria-hidden").equals("true");
  }

  /**
   * A {@code <figure>} is a picture and its caption, except where a site wraps a table or a code
   * block of the story in one (WordPress's {@code <figure class="wp-block-table"><table>}, Jekyll's
   * {@code <figure class="highlight"><pre>}): those are story. Its {@code <figcaption>} never is.
   */
  private static boolean isTableOrCodeFigure(Element element) {
    return element.nameIs("figure") && element.selectFirst("table, pre") != null;
  }

  /**
   * A block styled out of sight ({@code style="display:none"}): schema.org copies of the page's
   * metadata, collapsed menus, test text. Some pages fold the end of their story away behind a
   * "read more" button: a block of long paragraphs hidden with {@code display:none} is that end and
   * stays. A paragraph hidden on its own, or a block hidden with {@code visibility:hidden} (which
   * keeps its space on screen, so no button unfolds it), is never shown to the reader.
   */
  private static boolean isHiddenFromReader(Element element, String tag, ElementCounts own) {
    String style = element.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
    if (compact.contains("visibility:hidden")) {
      return true;
    }
    return compact.contains("display:none") && (own.longParagraphs == 0 || tag.equals("p"));
  }

  private boolean isFurniture(Element element, String tag, ElementCounts own) {
    if (isHiddenFromReader(element, tag, own)) {
      return true;
    }
    if (STRUCTURE.contains(tag) && !holdsStory(own) && !isStandfirst(element, tag, own)) {
      return true;
    }
    // An aside of story cards ("Latest": <article>s of a headline and a line each, one per grid
    // cell): the cards' tag makes no story of it while no paragraph in it is a story's length.
    if (tag.equals("aside") && own.longParagraphs == 0) {
      return true;
    }
    String marker = ClassWords.of(element) + " " + element.attr("role");
    if (marker.isBlank()) {
      return false;
    }
    ClassWords.Kind kind = markers.computeIfAbsent(marker, ClassWords::kindOf);
    return kind == ClassWords.Kind.COMMENTS
        || (kind == ClassWords.Kind.GALLERY && !isStoryTag(tag) && !own.holdsArticle)
        || (kind == ClassWords.Kind.UNLIKELY
            && !isStoryTag(tag)
            && !holdsStory(own)
            && !isEmbeddedPost(element, own)
            && !isInRunningText(element, tag, own));
  }

  /**
   * A {@code <header>} that holds only a sentence or two of prose, no headline, no links ("{@code
   * <header>}Neuroscience tells us that most of the work done by our brains happens on an
   * unconscious level, but when does that "a-ha!" moment occur?{@code </header>}"): the story's
   * standfirst, where a page's header holds its headline, byline and menus.
   */
  private static boolean isStandfirst(Element element, String tag, ElementCounts own) {
    if (!tag.equals("header") || own.links > 0 || own.text < MIN_STANDFIRST_CHARS) {
      return false;
    }
    // Every element inside, not only its children: a <time> or <address> in a <p> is a byline.
    for (Element child : element.getAllElements().subList(1, element.getAllElements().size())) {
      if (!child.nameIs("p") && !INLINE_WORDS.contains(child.normalName())) {
        return false;
      }
    }
    return true;
  }

  /** A sentence of a dozen words or more. */
  private static final int MIN_STANDFIRST_CHARS = 80;

  /** Inline tags that a sentence goes on through. */
  private static final Set<String> INLINE_WORDS =
      Set.of("a", "span", "em", "strong", "b", "i", "u", "abbr", "cite", "q", "mark", "font");

  /**
   * A link or phrase inside a sentence ("I am a {@code <a class="popup">}rather elderly{@code </a>}
   * man"), closing one ("in the {@code <a class="popup">}sequel{@code </a>}.") or opening one that
   * the text after it goes on in small letters ("{@code <a class="popup">}I{@code </a>} am a rather
   * elderly man"): words of the sentence, whatever its class says (a note's pop-up, a glossary
   * tooltip). Furniture stands apart from the text around it.
   */
  private static boolean isInRunningText(Element element, String tag, ElementCounts own) {
    if (!INLINE_WORDS.contains(tag)) {
      return false;
    }
    Node next = element.nextSibling();
    if (isWords(element.previousSibling())) {
      return isWords(next) || closesSentence(next);
    }
    return own.text <= MAX_OPENING_WORDS_CHARS && isWords(next) && goesOnInSmallLetters(next);
  }

  /** True when the text goes on with a sentence's punctuation right after: "sequel</a>." */
  private static boolean closesSentence(Node node) {
    return node instanceof TextNode text
        && !text.getWholeText().isEmpty()
        && ".,;:!?".indexOf(text.getWholeText().charAt(0)) >= 0;
  }

  /** A word or two that open a sentence, not a label or a headline. */
  private static final int MAX_OPENING_WORDS_CHARS = 30;

  /** True when the text's first letter, after spaces, is a small one: the sentence goes on. */
  private static boolean goesOnInSmallLetters(Node node) {
    String words = ((TextNode) node).getWholeText();
    for (int i = 0; i < words.length(); i++) {
      char c = words.charAt(i);
      if (!Whitespace.isSpace(c)) {
        return Character.isLowerCase(c);
      }
    }
    return false;
  }

  private static boolean isWords(Node node) {
    if (node instanceof TextNode text) {
      String words = text.getWholeText();
      for (int i = 0; i < words.length(); i++) {
        if (Character.isLetter(words.charAt(i))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A post quoted into the story ("social-media-embed" around a tweet's {@code <blockquote>}): its
   * class names a social network as a share bar's does, but it holds what someone wrote.
   */
  private static boolean isEmbeddedPost(Element element, ElementCounts own) {
    return own.holdsQuote && EMBED.matcher(element.className()).find();
  }

  private static final Pattern EMBED = Pattern.compile("(?i)embed");

  private static boolean isStoryTag(String tag) {
    return tag.equals("article") || tag.equals("main");
  }

  /**
   * A wrapper with furniture-like class names ("Page-ad-margins") around the whole story: too much
   * paragraph text to be furniture.
   */
  static boolean holdsStory(ElementCounts counts) {
    return counts.holdsArticle || holdsStoryParagraphs(counts);
  }

  /** Three paragraphs over 150 characters: a story's, not a teaser's or a box's. */
  static boolean holdsStoryParagraphs(ElementCounts counts) {
    return counts.longParagraphs >= 3;
  }

  /** Adds a text's length with its whitespace runs collapsed, and its commas. */
  private static void count(String text, ElementCounts into) {
    int length = 0;
    int commas = 0;
    boolean space = true; // a leading run of spaces counts for nothing
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Whitespace.isSpace(c)) {
        if (!space) {
          length++;
          space = true;
        }
      } else {
        length++;
        space = false;
        if (isComma(c)) {
          commas++;
        }
      }
    }
    into.text += length;
    into.rawText += length;
    into.commas += commas;
  }

  /**
   * A comma in any script: Latin ",", Arabic "،", the full-width "，" and ideographic "、" of Chinese
   * and Japanese, and their small and vertical forms (the set Readability counts, with "、"). Commas
   * mark prose, so a Chinese paragraph scores as an English one does.
   */
  static boolean isComma(int c) {
    return switch (c) {
      case ',',
          '\u060C',
          '\u3001',
          '\uFF0C',
          '\uFE50',
          '\uFE10',
          '\uFE11',
          '\u2E41',
          '\u2E34',
          '\u2E32' ->
          true;
      default -> false;
    };
  }
}
