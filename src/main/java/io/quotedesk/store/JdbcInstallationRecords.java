package io.quotedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Installations and OAuth states as two tables of the archive database, on the article store's
 * connection and under its lock (one thread at a time, as the store uses it). Every write is one
 * statement, atomic in SQLite and PostgreSQL alike, so replicas never need a transaction here.
 */
final class JdbcInstallationRecords implements InstallationRecords {

  /** Created by the archive's schema migration (version 2); portable SQL for both databases. */
  static final List<String> SCHEMA =
      List.of(
          "CREATE TABLE slack_installations (kind TEXT NOT NULL, enterprise_id TEXT NOT NULL,"
              + " team_id TEXT NOT NULL, user_id TEXT NOT NULL, installed_at BIGINT NOT NULL,"
              + " sealed TEXT NOT NULL, PRIMARY KEY (kind, enterprise_id, team_id, user_id))",
          "CREATE TABLE slack_oauth_states (state TEXT PRIMARY KEY, expires_at BIGINT NOT NULL)");

  private static final String UPSERT =
      "INSERT INTO slack_installations (kind, enterprise_id, team_id, user_id, installed_at,"
          + " sealed) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kind, enterprise_id, team_id, user_id)"
          + " DO UPDATE SET installed_at = excluded.installed_at, sealed = excluded.sealed";
  private static final String WHERE_IDS =
      " WHERE kind = ? AND enterprise_id = ? AND team_id = ? AND user_id = ?";

  private final Connections connections;
  private final SqlDialect dialect;
  private final Object lock;

  JdbcInstallationRecords(Connections connections, SqlDialect dialect, Object lock) {
    this.connections = connections;
    this.dialect = dialect;
    this.lock = lock;
  }

  @Override
  public void save(Installation installation) throws StoreException {
    synchronized (lock) {
      try (Lease lease = new Lease(connections);
          PreparedStatement upsert = lease.connection.prepareStatement(UPSERT)) {
        setIds(
            upsert,
            installation.kind(),
            installation.enterpriseId(),
            installation.teamId(),
            installation.userId());
        upsert.setLong(5, installation.installedAt().toEpochMilli());
        upsert.setString(6, installation.sealed());
        upsert.executeUpdate();
      } catch (SQLException e) {
        throw dialect.translate(e, "store the Slack installation");
      }
    }
  }

  @Override
  public Optional<Installation> find(Kind kind, String enterpriseId, String teamId, String userId)
      throws StoreException {
    synchronized (lock) {
      try (Lease lease = new Lease(connections);
          PreparedStatement select =
              lease.connection.prepareStatement(
                  "SELECT installed_at, sealed FROM slack_installations" + WHERE_IDS)) {
        setIds(select, kind, enterpriseId, teamId, userId);
        try (ResultSet rs = select.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          return Optional.of(
              new Installation(
                  kind,
                  enterpriseId,
                  teamId,
                  userId,
                  Instant.ofEpochMilli(rs.getLong(1)),
                  rs.getString(2)));
        }
      } catch (SQLException e) {
        throw dialect.translate(e, "read the Slack installation");
      }
    }
  }

  @Override
  public boolean delete(Kind kind, String enterpriseId, String teamId, String userId)
      throws StoreException {
    synchronized (lock) {
      try (Lease lease = new Lease(connections);
          PreparedStatement delete =
              lease.connection.prepareStatement("DELETE FROM slack_installations" + WHERE_IDS)) {
        setIds(delete, kind, enterpriseId, teamId, userId);
        return delete.executeUpdate() > 0;
      } catch (SQLException e) {
        throw dialect.translate(e, "remove the Slack installation");
      }
    }
  }

  @Override
  public int deleteWorkspace(String enterpriseId, String teamId) throws StoreException {
    synchronized (lock) {
      try (Lease lease = new Lease(connections);
          PreparedStatement delete =
              lease.connection.prepareStatement(
                  "DELETE FROM slack_installations WHERE enterprise_id = ? AND team_id = ?")) {
        delete.setString(1, enterpriseId);
        delete.setString(2, teamId);
        return delete.executeUpdate();
      } catch (SQLException e) {
        throw dialect.translate(e, "remove the Slack installation");
      }
    }
  }

  @Override
  public void addState(String state, Instant now, Instant expiresAt) throws StoreException {
    synchronized (lock) {
      try (Lease lease = new Lease(connections);
          PreparedStatement purge =
              lease.connection.prepareStatement(
                  "DELETE FROM slack_oauth_states WHERE expires_at <= ?");
          PreparedStatement insert =
              lease.connection.prepareStatement(
                  "INSERT INTO slack_oauth_states (state, expires_at) VALUES (?, ?)")) {
        // States nobody came back with pile up otherwise; each new one clears the expired.
        purge.setLong(1, now.toEpochMilli());
        purge.executeUpdate();
        insert.setString(1, state);
        insert.setLong(2, expiresAt.toEpochMilli());
        insert.executeUpdate();
      } catch (SQLException e) {
        throw dialect.translate(e, "start the Slack install");
      }
    }
  }

  @Override
  public boolean takeState(String state, Instant now) throws StoreException {
    synchronized (lock) {
      // One DELETE both checks and consumes: two replicas given the same state cannot both win.
      try (Lease lease = new Lease(connections);
          PreparedStatement take =
              lease.connection.prepareStatement(
                  "DELETE FROM slack_oauth_states WHERE state = ? AND expires_at > ?")) {
        take.setString(1, state);
        take.setLong(2, now.toEpochMilli());
        return take.executeUpdate() == 1;
      } catch (SQLException e) {
        throw dialect.translate(e, "check the Slack install");
      }
    }
  }

  /** The connection of one operation: SQLite's only one, or one borrowed from the pool. */
  private static final class Lease implements AutoCloseable {
    private final Connections connections;
    final Connection connection;

    Lease(Connections connections) throws SQLException {
      this.connections = connections;
      this.connection = connections.borrow();
    }

    @Override
    public void close() {
      connections.release(connection);
    }
  }

  private static void setIds(
      PreparedStatement statement, Kind kind, String enterpriseId, String teamId, String userId)
      throws SQLException {
    statement.setString(1, kind.name());
    statement.setString(2, enterpriseId);
    statement.setString(3, teamId);
    statement.setString(4, userId);
  }
}
