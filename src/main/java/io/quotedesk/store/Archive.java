package io.quotedesk.store;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.ingest.Article;
import io.quotedesk.ingest.ArticleLoader;
import io.quotedesk.ingest.FetchedPage;
import io.quotedesk.ingest.IngestException;
import io.quotedesk.ingest.TimeLimit;
import io.quotedesk.ingest.UrlNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

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
  private final TimeLimit timeLimit;
  private final LoadingCache<String, Analysis> cache;

  /** Articles being read now, so concurrent requests for one make one fetch. */
  private final ConcurrentHashMap<String, CompletableFuture<Analysis>> loading =
      new ConcurrentHashMap<>();

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
    this(
        store,
        loader,
        analyzer,
        clock,
        maxWeightBytes,
        refreshAfter,
        ticker,
        new TimeLimit(TimeLimit.DEFAULT_DEADLINE));
  }

  /**
   * @param timeLimit how long reading and analysing one article may take ({@code
   *     analysis.deadline})
   */
  public Archive(
      ArticleStore store,
      ArticleLoader loader,
      Analyzer analyzer,
      Clock clock,
      long maxWeightBytes,
      Duration refreshAfter,
      Ticker ticker,
      TimeLimit timeLimit) {
    this.timeLimit = timeLimit;
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

  /**
   * The analysis of the article at {@code source}: cached, stored, or fetched now. A fetch runs
   * outside the cache's map: Caffeine's {@code get} would hold a lock on the entry's hash bin for
   * the whole fetch, and a slow site would stall other articles whose keys share the bin.
   */
  public Analysis analysis(String source) throws IngestException, StoreException {
    String key = keyOf(source);
    Analysis cached = cache.getIfPresent(key);
    if (cached != null) {
      return cached;
    }
    CompletableFuture<Analysis> mine = new CompletableFuture<>();
    CompletableFuture<Analysis> running = loading.putIfAbsent(key, mine);
    if (running == null) {
      running = mine;
      try {
        Analysis loaded = load(key);
        cache.put(key, loaded);
        mine.complete(loaded);
      } catch (RuntimeException e) {
        mine.completeExceptionally(e);
      } finally {
        loading.remove(key, mine);
      }
    }
    try {
      return running.join();
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
    Analysis analysis = timeLimit.run(() -> analyzer.analyze(loader.load(readable)));
    return store.save(key, analysis, clock.instant());
  }

  /** Reads, analyses and stores a page fetched already (to tell a feed from an article). */
  public StoredArticle ingest(String source, FetchedPage page)
      throws IngestException, StoreException {
    String key = keyOf(source);
    Analysis analysis = timeLimit.run(() -> analyzer.analyze(loader.fromPage(page)));
    StoredArticle stored = store.save(key, analysis, clock.instant());
    cache.put(key, stored.analysis());
    return stored;
  }

  /** Where a key's article is read again: the path of a file ingested by path, else the key. */
  private static String readableOf(String key) {
    return key.startsWith("file:") ? Path.of(java.net.URI.create(key)).toString() : key;
  }

  /** Analyses and stores an article already read (a page fetched once, a pasted text). */
  public StoredArticle ingest(String source, Article article)
      throws IngestException, StoreException {
    String key = keyOf(source);
    Analysis analysis = timeLimit.run(() -> analyzer.analyze(article));
    StoredArticle stored = store.save(key, analysis, clock.instant());
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
