package io.quotedesk.store;

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

  private final Transactions transactions;
  private final Object lock;

  JdbcInstallationRecords(Transactions transactions, Object lock) {
    this.transactions = transactions;
    this.lock = lock;
  }

  @Override
  public void save(Installation installation) throws StoreException {
    synchronized (lock) {
      transactions.run(
          "store the Slack installation",
          connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
              setIds(
                  upsert,
                  installation.kind(),
                  installation.enterpriseId(),
                  installation.teamId(),
                  installation.userId());
              upsert.setLong(5, installation.installedAt().toEpochMilli());
              upsert.setString(6, installation.sealed());
              upsert.executeUpdate();
            }
            return null;
          });
    }
  }

  @Override
  public Optional<Installation> find(Kind kind, String enterpriseId, String teamId, String userId)
      throws StoreException {
    synchronized (lock) {
      return transactions.run(
          "read the Slack installation",
          connection -> {
            try (PreparedStatement select =
                connection.prepareStatement(
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
            }
          });
    }
  }

  @Override
  public boolean delete(Kind kind, String enterpriseId, String teamId, String userId)
      throws StoreException {
    synchronized (lock) {
      return transactions.run(
          "remove the Slack installation",
          connection -> {
            try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM slack_installations" + WHERE_IDS)) {
              setIds(delete, kind, enterpriseId, teamId, userId);
              return delete.executeUpdate() > 0;
            }
          });
    }
  }

  @Override
  public int deleteWorkspace(String enterpriseId, String teamId) throws StoreException {
    synchronized (lock) {
      return transactions.run(
          "remove the Slack installation",
          connection -> {
            try (PreparedStatement delete =
                connection.prepareStatement(
                    "DELETE FROM slack_installations WHERE enterprise_id = ? AND team_id = ?")) {
              delete.setString(1, enterpriseId);
              delete.setString(2, teamId);
              return delete.executeUpdate();
            }
          });
    }
  }

  @Override
  public void addState(String state, Instant now, Instant expiresAt) throws StoreException {
    synchronized (lock) {
      transactions.run(
          "start the Slack install",
          connection -> {
            try (PreparedStatement purge =
                    connection.prepareStatement(
                        "DELETE FROM slack_oauth_states WHERE expires_at <= ?");
                PreparedStatement insert =
                    connection.prepareStatement(
                        "INSERT INTO slack_oauth_states (state, expires_at) VALUES (?, ?)")) {
              // States nobody came back with pile up otherwise; each new one clears the expired.
              purge.setLong(1, now.toEpochMilli());
              purge.executeUpdate();
              insert.setString(1, state);
              insert.setLong(2, expiresAt.toEpochMilli());
              insert.executeUpdate();
            }
            return null;
          });
    }
  }

  @Override
  public boolean takeState(String state, Instant now) throws StoreException {
    synchronized (lock) {
      // One DELETE both checks and consumes: two replicas given the same state cannot both win.
      return transactions.run(
          "check the Slack install",
          connection -> {
            try (PreparedStatement take =
                connection.prepareStatement(
                    "DELETE FROM slack_oauth_states WHERE state = ? AND expires_at > ?")) {
              take.setString(1, state);
              take.setLong(2, now.toEpochMilli());
              return take.executeUpdate() == 1;
            }
          });
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
