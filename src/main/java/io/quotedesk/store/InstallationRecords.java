package io.quotedesk.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Workspace installations of the Slack app and the OAuth states of installs in progress, kept in
 * the archive database so that replicas over one archive share them. The store holds what it is
 * given: an installation's details arrive already sealed (encrypted) by the caller, which alone
 * holds the key; the store never sees a token in clear.
 */
public interface InstallationRecords {

  /** A workspace's bot, or one installing user, of an installation. */
  enum Kind {
    BOT,
    INSTALLER
  }

  /**
   * One installation row. Absent ids are empty strings: an org-wide install has no team, a bot no
   * user. {@code sealed} is the caller's ciphertext of everything else, tokens included.
   */
  record Installation(
      Kind kind,
      String enterpriseId,
      String teamId,
      String userId,
      Instant installedAt,
      String sealed) {}

  /** Stores the installation, replacing the one with the same kind and ids. */
  void save(Installation installation) throws StoreException;

  /** The installation with exactly these ids (empty strings for absent ones). */
  Optional<Installation> find(Kind kind, String enterpriseId, String teamId, String userId)
      throws StoreException;

  /** Removes the installation with exactly these ids; false when there was none. */
  boolean delete(Kind kind, String enterpriseId, String teamId, String userId)
      throws StoreException;

  /** Removes every bot and installer of a workspace (the app was uninstalled); how many. */
  int deleteWorkspace(String enterpriseId, String teamId) throws StoreException;

  /**
   * Remembers an OAuth state issued at {@code now}, good until {@code expiresAt}; states expired at
   * {@code now} are dropped.
   */
  void addState(String state, Instant now, Instant expiresAt) throws StoreException;

  /**
   * Takes an OAuth state: true when it was issued and has not expired at {@code now}, and it is
   * gone afterwards, so a state is good for one redirect whichever replica receives it.
   */
  boolean takeState(String state, Instant now) throws StoreException;
}
