package io.quotedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Where connections come from: SQLite keeps one open, PostgreSQL borrows from a pool. */
interface Connections {
  Connection borrow() throws SQLException;

  /** Done with the connection for this operation (a pool takes it back). */
  void release(Connection connection);

  void close() throws SQLException;

  /** One connection for the store's life. */
  static Connections single(Connection connection) {
    return new Connections() {
      @Override
      public Connection borrow() {
        return connection;
      }

      @Override
      public void release(Connection ignored) {}

      @Override
      public void close() throws SQLException {
        connection.close();
      }
    };
  }

  /** A connection from {@code pool} per operation; closing it returns it to the pool. */
  static Connections pooled(DataSource pool, AutoCloseable owner) {
    return new Connections() {
      @Override
      public Connection borrow() throws SQLException {
        Connection connection = pool.getConnection();
        connection.setAutoCommit(true);
        return connection;
      }

      @Override
      public void release(Connection connection) {
        try {
          connection.close();
        } catch (SQLException e) {
          // a broken connection: the pool drops it; the operation's outcome is already known
        }
      }

      @Override
      public void close() throws SQLException {
        try {
          owner.close();
        } catch (SQLException e) {
          throw e;
        } catch (Exception e) {
          throw new SQLException("closing the pool failed", e);
        }
      }
    };
  }
}
