package io.quotedesk.store;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.ingest.Article;
import io.quotedesk.ingest.ArticleLoader;
import io.quotedesk.ingest.IngestException;
import io.quotedesk.ingest.UrlNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletionException;

/**
 * Articles by address, answered from memory when asked before, else from the durable store, else
 * fetched, analysed and stored. Concurrent requests for one uncached article make one fetch; an
 * entry older than the refresh time is fetched again in the background, and a changed article
 * becomes a new version.
 */
public final class Archive {
  private final ArticleStore store;
  private final ArticleLoader loader;
  private final Analyzer analyzer;
  private final Clock clock;
  private final Duration refreshAfter;
  private final LoadingCache<String, Analysis> cache;

  /**
   * An archive as config/quotedesk.yaml sets it by default: a 64 MB cache whose entries are fetched
   * again after six hours; a null loader makes an archive of what is stored (benchmarks, tests).
   */
  public Archive(ArticleStore store, ArticleLoader loader) {
    this(
        store,
        loader,
        new Analyzer(),
        Clock.systemUTC(),
        64L << 20,
        Duration.ofHours(6),
        Ticker.systemTicker());
  }

  /**
   * @param maxWeightBytes the cache's bound, by the size of the articles it holds
   * @param ticker the cache's time source (tests pass a fake one)
   */
  public Archive(
      ArticleStore store,
      ArticleLoader loader,
      Analyzer analyzer,
      Clock clock,
      long maxWeightBytes,
      Duration refreshAfter,
      Ticker ticker) {
    this.store = store;
    this.loader = loader;
    this.analyzer = analyzer;
    this.clock = clock;
    this.refreshAfter = refreshAfter;
    this.cache =
        Caffeine.newBuilder()
            .maximumWeight(maxWeightBytes)
            .weigher((String key, Analysis analysis) -> weight(analysis))
            .refreshAfterWrite(refreshAfter)
            .ticker(ticker)
            .build(this::load);
  }

  /** The analysis of the article at {@code source}: cached, stored, or fetched now. */
  public Analysis analysis(String source) throws IngestException, StoreException {
    try {
      return cache.get(keyOf(source));
    } catch (CompletionException | UncheckedIOException e) {
      IOException cause = unwrap(e);
      if (cause instanceof IngestException ingest) {
        throw ingest;
      }
      throw (StoreException) cause;
    }
  }

  /** Fetches, analyses and stores the article now, whatever the cache holds. */
  public StoredArticle ingest(String source) throws IngestException, StoreException {
    // A file: address as given is read like any address (refused: files are read by path).
    StoredArticle stored = fetchAndStore(keyOf(source), source.strip());
    cache.put(stored.url(), stored.analysis());
    return stored;
  }

  /**
   * Reads {@code readable}, analyses it and stores it under {@code key}; the cache is the caller's
   * business (a loader may not touch it).
   */
  private StoredArticle fetchAndStore(String key, String readable)
      throws IngestException, StoreException {
    return store.save(key, analyzer.analyze(loader.load(readable)), clock.instant());
  }

  /** Where a key's article is read again: the path of a file ingested by path, else the key. */
  private static String readableOf(String key) {
    return key.startsWith("file:") ? Path.of(java.net.URI.create(key)).toString() : key;
  }

  /** Analyses and stores an article already read (a page fetched once, a pasted text). */
  public StoredArticle ingest(String source, Article article) throws StoreException {
    String key = keyOf(source);
    StoredArticle stored = store.save(key, analyzer.analyze(article), clock.instant());
    cache.put(key, stored.analysis());
    return stored;
  }

  /** Removes an article from memory and from the store. */
  public boolean forget(String source) throws StoreException {
    String key = keyOf(source);
    cache.invalidate(key);
    return store.forget(key);
  }

  public ArticleStore store() {
    return store;
  }

  /** How many articles memory holds now. */
  public long cachedArticles() {
    cache.cleanUp();
    return cache.estimatedSize();
  }

  /** One key per article: the normalised URL, or the file's absolute URI. */
  public static String keyOf(String source) {
    String trimmed = source.strip();
    if (trimmed.startsWith("file:")) {
      return trimmed;
    }
    if (UrlNormalizer.isAddress(trimmed)) {
      return UrlNormalizer.normalize(trimmed);
    }
    return Path.of(trimmed).toAbsolutePath().normalize().toUri().toString();
  }

  private Analysis load(String key) {
    try {
      var stored = store.latest(key);
      if (stored.isPresent()
          && stored.get().fetchedAt().plus(refreshAfter).isAfter(clock.instant())) {
        return stored.get().analysis();
      }
      return fetchAndStore(key, readableOf(key)).analysis();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Roughly what an analysis holds in memory: its text and its quotes. */
  private static int weight(Analysis analysis) {
    long bytes = 2L * analysis.article().text().length() + 300L * analysis.quotes().size() + 1024;
    return (int) Math.min(Integer.MAX_VALUE, bytes);
  }

  private static IOException unwrap(RuntimeException e) {
    Throwable cause = e;
    while ((cause instanceof CompletionException || cause instanceof UncheckedIOException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof IngestException || cause instanceof StoreException) {
      return (IOException) cause;
    }
    if (cause instanceof IOException io) {
      return new StoreException("QuoteDesk couldn't read the article.", io);
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    return new StoreException("QuoteDesk couldn't read the article.", cause);
  }
}
