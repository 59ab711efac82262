package io.quotedesk.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.select.Selector;

/**
 * A story behind a paywall: the page says it is not free ({@code "isAccessibleForFree": false},
 * {@code article:content_tier} locked, paywall markup) and what it serves is cut short: fewer words
 * than the page counts, a teaser's length, or a sentence left unfinished. Both are needed, since
 * many free stories carry paywall markup and paid ones are served whole to subscribers.
 */
final class Paywall {
  static final String NOTICE =
      "This story is behind a paywall and may be incomplete: QuoteDesk read only the part the"
          + " page serves.";

  /** Shorter than this, a story on a paid page is a teaser (most run 50 to 150 words). */
  static final int TEASER_WORDS = 200;

  /** A last paragraph this long that ends without a full stop was cut mid-sentence. */
  static final int UNFINISHED_MIN_WORDS = 12;

  /** Markup that paywall vendors and CMSs put around or instead of the locked story. */
  private static final String PAYWALL_MARKUP =
      "[class*=paywall], [id*=paywall], [data-paywall], [class*=subscriber-only],"
          + " [class*=subscribers-only], [class*=premium-content], [class*=regwall],"
          + " [class*=registration-wall], [class*=meteredContent], [data-content-tier=locked]";

  /** {@code <meta property="article:content_tier" content="locked">}: not free. */
  private static final Set<String> PAID_TIERS = Set.of("locked", "metered");

  private Paywall() {}

  /** The notice for {@code story} (its paragraphs) when the page is paid and the story cut. */
  static Optional<String> notice(Document doc, JsonLd ld, MetaTags tags, List<String> story) {
    int words = wordCount(story);
    boolean fewerWordsThanItHas =
        words < TEASER_WORDS || ld.wordCount().filter(count -> count > words * 5 / 4).isPresent();
    boolean paid;
    boolean cut;
    if (saysNotFree(doc, ld, tags)) {
      paid = true;
      cut = fewerWordsThanItHas || endsMidSentence(story);
    } else {
      // Markup alone is weaker evidence: free stories carry paywall scripts and boxes too. It is
      // looked for only in a story cut short: ten selectors over the whole page cost.
      cut = fewerWordsThanItHas;
      paid = cut && doc.selectFirst(PAYWALL_MARKUP) != null;
    }
    return paid && cut ? Optional.of(NOTICE) : Optional.empty();
  }

  /** What the page declares: JSON-LD, {@code article:content_tier}, a paid part's selector. */
  static boolean saysNotFree(Document doc, JsonLd ld, MetaTags tags) {
    if (ld.saysNotFree()) {
      return true;
    }
    Optional<String> tier = tags.first("article:content_tier");
    if (tier.isPresent() && PAID_TIERS.contains(tier.get().toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (tags.first("isaccessibleforfree").filter(v -> v.equalsIgnoreCase("false")).isPresent()) {
      return true;
    }
    for (String selector : ld.paidPartSelectors()) {
      try {
        if (doc.selectFirst(selector) != null) {
          return true;
        }
      } catch (Selector.SelectorParseException e) {
        // A selector jsoup cannot read says nothing about this page.
      }
    }
    return false;
  }

  private static int wordCount(List<String> story) {
    int words = 0;
    for (String paragraph : story) {
      words += paragraph.isBlank() ? 0 : paragraph.strip().split("\\s+").length;
    }
    return words;
  }

  /** A last paragraph that stops mid-sentence: "The minister said that…". */
  private static boolean endsMidSentence(List<String> story) {
    String last = story.isEmpty() ? "" : story.get(story.size() - 1).strip();
    // A short last line without a full stop is a label ("More in White House"), not a cut.
    return last.endsWith("…")
        || last.endsWith("...")
        || last.split("\\s+").length >= UNFINISHED_MIN_WORDS && !endsASentence(last);
  }

  /** "… she said." or "… the end?”": closing marks may follow the full stop. */
  private static boolean endsASentence(String paragraph) {
    int i = paragraph.length() - 1;
    while (i >= 0 && "\"'”’»)]".indexOf(paragraph.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?:".indexOf(paragraph.charAt(i)) >= 0;
  }
}
