package io.quotedesk.slack;

import com.slack.api.bolt.request.Request;
import io.quotedesk.store.InstallationRecords;
import io.quotedesk.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's OAuth state service over the archive database, so the replica that receives Slack's
 * redirect knows the state another replica issued. A state must come back in the query and in the
 * browser's cookie (which carries it signed with {@code SLACK_STATE_SECRET}, so no one can forge a
 * cookie for a state they planted), must not have expired, and is good once: checking it takes it.
 */
final class ArchivedOAuthStates implements com.slack.api.bolt.service.OAuthStateService {
  private static final Logger LOG = LoggerFactory.getLogger(ArchivedOAuthStates.class);

  private final InstallationRecords records;
  private final byte[] stateSecret;
  private final Clock clock;

  ArchivedOAuthStates(InstallationRecords records, String stateSecret, Clock clock) {
    this.records = records;
    this.stateSecret = stateSecret.getBytes(StandardCharsets.UTF_8);
    this.clock = clock;
  }

  @Override
  public void addNewStateToDatastore(String state) throws StoreException {
    Instant now = clock.instant();
    records.addState(state, now, now.plusSeconds(getExpirationInSeconds()));
  }

  @Override
  public String generateSessionCookieValue(Request request, String state) {
    return state + "." + signature(state);
  }

  /** The state in the cookie when its signature holds, else null. */
  @Override
  public String extractStateFromSession(Request request) {
    List<String> cookies = request.getHeaders().getMultipleValues("Cookie");
    if (cookies == null) {
      return null;
    }
    String prefix = getSessionCookieName() + "=";
    for (String header : cookies) {
      for (String cookie : header.split(";")) {
        String c = cookie.strip();
        if (c.startsWith(prefix)) {
          String value = c.substring(prefix.length());
          int dot = value.lastIndexOf('.');
          if (dot > 0 && signed(value.substring(0, dot), value.substring(dot + 1))) {
            return value.substring(0, dot);
          }
        }
      }
    }
    return null;
  }

  /** True once for a state that was issued and has not expired; the state is spent by it. */
  @Override
  public boolean isAvailableInDatabase(String state) {
    try {
      return records.takeState(state, clock.instant());
    } catch (StoreException e) {
      LOG.warn("checking an OAuth state failed: {}", e.getMessage());
      return false;
    }
  }

  /** Already spent by {@link #isAvailableInDatabase}; deleting again is harmless. */
  @Override
  public void deleteStateFromDatastore(String state) throws StoreException {
    records.takeState(state, clock.instant());
  }

  private boolean signed(String state, String signature) {
    return MessageDigest.isEqual(
        signature(state).getBytes(StandardCharsets.UTF_8),
        signature.getBytes(StandardCharsets.UTF_8));
  }

  private String signature(String state) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(stateSecret, "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(state.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
    }
  }
}
