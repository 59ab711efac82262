package io.quotedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes on a connection borrowed from {@link Connections} for the one step: a write is
 * one transaction, all stored or none, tried again with backoff while another writer holds the
 * database. A failure leaves as a {@link StoreException} saying what could not be done.
 */
final class Transactions {
  /** One step of work on the borrowed connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

  private final Connections connections;
  private final SqlDialect dialect;
  private final BusyRetry retry;

  Transactions(Connections connections, SqlDialect dialect, BusyRetry retry) {
    this.connections = connections;
    this.dialect = dialect;
    this.retry = retry;
  }

  /**
   * Runs one step outside a transaction: a read, or a write of one statement (atomic by itself).
   * {@code doing} ("read the archive") completes the user's sentence on failure.
   */
  <T> T run(String doing, Work<T> work) throws StoreException {
    Connection connection = null;
    try {
      connection = connections.borrow();
      return work.run(connection);
    } catch (SQLException e) {
      throw translate(e, doing);
    } finally {
      release(connection);
    }
  }

  /**
   * Runs a write as one transaction: all of it is stored or none. While another writer holds the
   * database, the whole transaction is tried again after a pause, until the retry budget is spent.
   * Whatever the work throws, an unfinished transaction is rolled back before its connection goes
   * back: a pooled connection must not carry half a write into the next one.
   */
  <T> T write(String doing, Work<T> work) throws StoreException {
    for (int attempt = 1; ; attempt++) {
      Duration pause;
      SQLException busy;
      Connection connection = null;
      boolean committed = false;
      try {
        connection = connections.borrow();
        execute(connection, dialect.begin());
        T result = work.run(connection);
        execute(connection, "COMMIT");
        committed = true;
        return result;
      } catch (SQLException e) {
        pause = dialect.isBusy(e) ? retry.pauseAfter(attempt) : null;
        if (pause == null || pause.isNegative()) {
          throw translate(e, doing);
        }
        busy = e;
        LOG.debug("archive busy ({}); attempt {} again in {}", doing, attempt + 1, pause);
      } finally {
        if (!committed) {
          rollbackQuietly(connection);
        }
        release(connection);
      }
      try {
        BusyRetry.sleep(pause);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw translate(busy, doing);
      }
    }
  }

  private void release(Connection connection) {
    if (connection != null) {
      connections.release(connection);
    }
  }

  private StoreException translate(SQLException e, String doing) {
    if (e instanceof SQLTransientConnectionException) { // a pool that waited in vain
      return new StoreException(
          "The archive database didn't give QuoteDesk a connection in time, so it couldn't "
              + doing
              + "; try again in a moment.",
          e);
    }
    return dialect.translate(e, doing);
  }

  // Transactions are plain BEGIN/COMMIT/ROLLBACK on an auto-commit connection: the SQLite
  // driver's own bookkeeping goes wrong when the database rolls back by itself (a full disk), and
  // only statements it does not track keep the connection usable afterwards.

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static void rollbackQuietly(Connection connection) {
    if (connection == null) {
      return; // no connection was had: nothing to roll back
    }
    try {
      execute(connection, "ROLLBACK");
    } catch (SQLException e) {
      // nothing was open (the database rolled back itself); the original failure is what matters
    }
  }
}
