package io.quotedesk.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.bolt.util.JsonOps;
import io.quotedesk.store.InstallationRecords;
import io.quotedesk.store.InstallationRecords.Installation;
import io.quotedesk.store.InstallationRecords.Kind;
import io.quotedesk.store.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's installation service over the archive database: each workspace's bot and each installing
 * user as one row, the whole Bolt record (tokens, refresh tokens, webhook URL) sealed with {@link
 * TokenCipher} so only ids and times are readable in the database. Lookups follow Bolt's own
 * file-based service: an org-wide install first, then the workspace, then the workspace installed
 * before it joined the org.
 */
final class ArchivedInstallations implements InstallationService {
  private static final Logger LOG = LoggerFactory.getLogger(ArchivedInstallations.class);

  /**
   * Bolt looks the bot up for every request; the archive's connection may be busy with a long
   * search, so a found bot is kept briefly. Another replica's reinstall is seen within this time.
   */
  static final Duration BOT_CACHE = Duration.ofSeconds(30);

  private final InstallationRecords records;
  private final TokenCipher cipher;
  private final Cache<String, Bot> bots =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(BOT_CACHE).build();
  private boolean historicalDataEnabled;

  ArchivedInstallations(InstallationRecords records, TokenCipher cipher) {
    this.records = records;
    this.cipher = cipher;
  }

  @Override
  public boolean isHistoricalDataEnabled() {
    return historicalDataEnabled;
  }

  /** Accepted for Bolt's interface; only the latest installation is kept either way. */
  @Override
  public void setHistoricalDataEnabled(boolean enabled) {
    this.historicalDataEnabled = enabled;
  }

  @Override
  public void saveInstallerAndBot(Installer installer) throws StoreException {
    save(
        Kind.INSTALLER,
        installer.getEnterpriseId(),
        installer.getTeamId(),
        installer.getInstallerUserId(),
        installer.getInstalledAt(),
        JsonOps.toJsonString(installer));
    saveBot(installer.toBot());
    LOG.info(
        "Slack workspace {} installed QuoteDesk",
        describe(installer.getEnterpriseId(), installer.getTeamId()));
  }

  @Override
  public void saveBot(Bot bot) throws StoreException {
    bots.invalidateAll();
    save(
        Kind.BOT,
        bot.getEnterpriseId(),
        bot.getTeamId(),
        null,
        bot.getInstalledAt(),
        JsonOps.toJsonString(bot));
  }

  private void save(
      Kind kind, String enterpriseId, String teamId, String userId, Long installedAt, String json)
      throws StoreException {
    String e = id(enterpriseId);
    String t = id(teamId);
    String u = id(userId);
    Instant at = installedAt == null ? Instant.now() : Instant.ofEpochMilli(installedAt);
    records.save(new Installation(kind, e, t, u, at, cipher.seal(json, context(kind, e, t, u))));
  }

  @Override
  public void deleteBot(Bot bot) throws StoreException {
    bots.invalidateAll();
    records.delete(Kind.BOT, id(bot.getEnterpriseId()), id(bot.getTeamId()), "");
  }

  @Override
  public void deleteInstaller(Installer installer) throws StoreException {
    records.delete(
        Kind.INSTALLER,
        id(installer.getEnterpriseId()),
        id(installer.getTeamId()),
        id(installer.getInstallerUserId()));
  }

  @Override
  public void deleteAll(String enterpriseId, String teamId) {
    bots.invalidateAll();
    try {
      records.deleteWorkspace(id(enterpriseId), id(teamId));
      LOG.info("Slack workspace {} uninstalled QuoteDesk", describe(enterpriseId, teamId));
    } catch (StoreException e) {
      LOG.warn(
          "forgetting the installation of {} failed: {}",
          describe(enterpriseId, teamId),
          e.getMessage());
    }
  }

  @Override
  public Bot findBot(String enterpriseId, String teamId) {
    String key = id(enterpriseId) + "|" + id(teamId);
    Bot cached = bots.getIfPresent(key);
    if (cached != null) {
      return cached;
    }
    Optional<DefaultBot> found = find(Kind.BOT, enterpriseId, teamId, null, DefaultBot.class);
    found.ifPresent(bot -> bots.put(key, bot));
    return found.orElse(null);
  }

  @Override
  public Installer findInstaller(String enterpriseId, String teamId, String userId) {
    return find(Kind.INSTALLER, enterpriseId, teamId, userId, DefaultInstaller.class).orElse(null);
  }

  /** Org-wide install first, then this workspace, then the workspace before it joined the org. */
  private <T> Optional<T> find(
      Kind kind, String enterpriseId, String teamId, String userId, Class<T> type) {
    String u = id(userId);
    try {
      Optional<Installation> found = Optional.empty();
      if (enterpriseId != null) {
        found = records.find(kind, enterpriseId, "", u);
      }
      if (found.isEmpty()) {
        found = records.find(kind, id(enterpriseId), id(teamId), u);
      }
      if (found.isEmpty() && enterpriseId != null) {
        found = records.find(kind, "", id(teamId), u);
      }
      if (found.isEmpty()) {
        return Optional.empty();
      }
      Installation row = found.get();
      String json =
          cipher.open(row.sealed(), context(kind, row.enterpriseId(), row.teamId(), row.userId()));
      T record = JsonOps.fromJson(json, type);
      if (enterpriseId != null && record instanceof Bot bot) {
        bot.setEnterpriseId(enterpriseId);
      } else if (enterpriseId != null && record instanceof Installer installer) {
        installer.setEnterpriseId(enterpriseId);
      }
      return Optional.of(record);
    } catch (StoreException | TokenCipher.SealedValueException e) {
      // Neither message holds a token: the store's sentence, or the cipher's.
      LOG.warn(
          "reading the installation of {} failed: {}",
          describe(enterpriseId, teamId),
          e.getMessage());
      return Optional.empty();
    }
  }

  /** The associated data that binds a sealed record to its row. */
  private static String context(Kind kind, String enterpriseId, String teamId, String userId) {
    return String.join("|", kind.name(), enterpriseId, teamId, userId);
  }

  private static String id(String value) {
    return value == null ? "" : value;
  }

  private static String describe(String enterpriseId, String teamId) {
    return enterpriseId == null ? String.valueOf(teamId) : enterpriseId + "/" + teamId;
  }
}
