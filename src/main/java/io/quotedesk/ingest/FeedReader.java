package io.quotedesk.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads the article links of an RSS or Atom feed; items without a usable link are reported. */
public final class FeedReader {

  /** A feed's items: each a link, or the sentence that says why the item has none. */
  public record Item(String link, String problem) {
    public boolean usable() {
      return link != null;
    }
  }

  private FeedReader() {}

  /** True when a page is a feed rather than an article. */
  public static boolean isFeed(String body) {
    String head =
        body.substring(0, Math.min(body.length(), 2048)).toLowerCase(java.util.Locale.ROOT);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
  }

  public static List<Item> items(String xml, String feedUrl) {
    Document doc = Jsoup.parse(xml, feedUrl, Parser.xmlParser());
    List<Item> items = new ArrayList<>();
    int number = 0;
    for (Element item : doc.select("item, entry")) {
      number++;
      String link = item.select("> link").text().strip();
      if (link.isEmpty()) {
        Element atom = item.selectFirst("> link[href]:not([rel]), > link[rel=alternate][href]");
        link = atom == null ? "" : atom.absUrl("href");
      }
      if (link.isEmpty()) {
        items.add(new Item(null, "Feed item " + number + " has no link to an article."));
      } else if (!link.startsWith("http://") && !link.startsWith("https://")) {
        items.add(
            new Item(
                null, "Feed item " + number + " links to " + link + ", which is no web address."));
      } else {
        items.add(new Item(link, null));
      }
    }
    return items;
  }
}
