package io.quotedesk.store;

import io.quotedesk.analysis.Analysis;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The durable archive of analysed articles: every version kept, quotes searchable. SQLite for one
 * bot, PostgreSQL for replicas sharing one archive; both pass the same contract tests.
 */
public interface ArticleStore extends AutoCloseable {

  /**
   * Stores an analysis of the article at {@code url} (a normalised URL or a file's name) unless the
   * latest version has the same text, and returns the version now latest.
   */
  StoredArticle save(String url, Analysis analysis, Instant fetchedAt) throws StoreException;

  /** The latest version of an article. */
  Optional<StoredArticle> latest(String url) throws StoreException;

  /** Every version of an article, oldest first. */
  List<StoredArticle> versions(String url) throws StoreException;

  /** Quotes in the latest versions matching the words and filters, best first. */
  List<SearchHit> whoSaid(SearchQuery query) throws StoreException;

  /** A speaker's quotes, newest articles first; {@code speaker} may be any form of the name. */
  List<SearchHit> quotesBy(String speaker, int limit) throws StoreException;

  /** The most recently fetched articles, latest versions only. */
  List<StoredArticle> recent(int limit) throws StoreException;

  /** Removes an article, every version and quote; false when it was not stored. */
  boolean forget(String url) throws StoreException;

  /** Removes articles last fetched before {@code cutoff}; returns how many. */
  int forgetOlderThan(Instant cutoff) throws StoreException;

  /** Every version of every article, for export, oldest first. */
  void forEach(Consumer<StoredArticle> action) throws StoreException;

  /** How many articles, versions and searchable quotes the archive holds. */
  ArchiveCounts counts() throws StoreException;

  /** Stores a version exactly as exported (import), keeping its number and time. */
  void restore(StoredArticle article) throws StoreException;

  /** The Slack app's workspace installations, in the same database. */
  InstallationRecords installations();

  @Override
  void close() throws StoreException;
}
