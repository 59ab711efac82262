package io.quotedesk.store;

import io.quotedesk.store.SearchTerms.Term;
import java.sql.SQLException;
import java.util.List;

/**
 * The SQL that differs between databases (SQLite, PostgreSQL), and how their errors read to a user.
 */
interface SqlDialect {
  List<String> schema();

  /**
   * SELECT q.id, score, q.text, q.headline, q.article_id … with ? for the match, then ? for
   * a.latest, the filters' arguments and the LIMIT: the best-scored (newest) quotes first.
   */
  String search(String filters);

  /**
   * The match argument for quotes holding all the terms of any one of {@code anyOf}; a term with
   * punctuation ("AT&T") is matched as its parts in a row, the whole token checked afterwards.
   */
  String match(List<List<Term>> anyOf);

  /**
   * True when the full-text index leaves stop words out, so that a term such as "AT&T" ("at", "t")
   * has nothing indexed and is found by its text instead.
   */
  boolean dropsStopWords();

  StoreException translate(SQLException e, String doing);

  /** Starts a write transaction: SQLite takes its write lock at once ("BEGIN IMMEDIATE"). */
  String begin();

  /** True when another writer holds the database and the same write may succeed later. */
  boolean isBusy(SQLException e);

  /**
   * What makes an archive of schema version 2 find "Schölz" by "Scholz" in its full-text index;
   * nothing where the index folds accents itself.
   */
  List<String> foldAccentsInIndex();
}
