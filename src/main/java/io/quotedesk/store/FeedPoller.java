package io.quotedesk.store;

import io.quotedesk.ingest.ArticleLoader;
import io.quotedesk.ingest.FeedReader;
import io.quotedesk.ingest.FetchedPage;
import io.quotedesk.ingest.IngestException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the newsroom's feeds and stores their articles, so the archive is warm before anyone asks.
 */
public final class FeedPoller implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
  private final Archive archive;
  private final ArticleLoader loader;
  private final List<String> feeds;

  public FeedPoller(Archive archive, ArticleLoader loader, List<String> feeds) {
    this.archive = archive;
    this.loader = loader;
    this.feeds = List.copyOf(feeds);
  }

  /** One round over every feed; articles already stored unchanged make no new version. */
  @Override
  public void run() {
    for (String feed : feeds) {
      try {
        FetchedPage page = loader.fetch(feed);
        if (!FeedReader.isFeed(page.body())) {
          LOG.warn("{} is not an RSS or Atom feed", feed);
          continue;
        }
        int stored = 0;
        for (FeedReader.Item item : FeedReader.items(page.body(), page.url())) {
          if (!item.usable()) {
            LOG.info("{}: {}", feed, item.problem());
            continue;
          }
          try {
            archive.analysis(item.link());
            stored++;
          } catch (IngestException | StoreException e) {
            LOG.info("{}: {}", item.link(), e.getMessage());
          }
        }
        LOG.info("polled {}: {} articles", feed, stored);
      } catch (IngestException e) {
        LOG.warn("{}: {}", feed, e.getMessage());
      } catch (RuntimeException e) {
        LOG.warn("polling {} failed", feed, e); // the next round tries again
      }
    }
  }
}
