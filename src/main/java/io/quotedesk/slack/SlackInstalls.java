package io.quotedesk.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import io.quotedesk.store.InstallationRecords;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Installs in many workspaces through Slack's OAuth flow (Bolt's names: {@code SLACK_CLIENT_ID},
 * {@code SLACK_CLIENT_SECRET}, {@code SLACK_SCOPES}, {@code SLACK_STATE_SECRET}), with each
 * workspace's tokens sealed in the archive database under {@code QUOTEDESK_TOKEN_KEY}. Without
 * {@code SLACK_CLIENT_ID} the app keeps to the one workspace of {@code SLACK_BOT_TOKEN}.
 */
public final class SlackInstalls {
  public static final String INSTALL_PATH = "/slack/install";
  public static final String REDIRECT_PATH = "/slack/oauth_redirect";

  private final String clientId;
  private final String clientSecret;
  private final String scopes;
  private final String stateSecret;
  private final TokenCipher cipher;

  private SlackInstalls(
      String clientId, String clientSecret, String scopes, String stateSecret, TokenCipher cipher) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.scopes = scopes;
    this.stateSecret = stateSecret;
    this.cipher = cipher;
  }

  /**
   * The OAuth settings in {@code env}; empty when {@code SLACK_CLIENT_ID} is not set.
   *
   * @throws IllegalArgumentException with one sentence for the user (never a secret's value) when a
   *     setting OAuth needs is missing or {@code QUOTEDESK_TOKEN_KEY} is malformed
   */
  public static Optional<SlackInstalls> fromEnvironment(Map<String, String> env) {
    String clientId = env.get("SLACK_CLIENT_ID");
    if (clientId == null || clientId.isBlank()) {
      return Optional.empty();
    }
    String clientSecret = required(env, "SLACK_CLIENT_SECRET", "the app's client secret");
    String scopes = required(env, "SLACK_SCOPES", "the bot scopes, comma-separated");
    String stateSecret = required(env, "SLACK_STATE_SECRET", "a random string");
    TokenCipher cipher = TokenCipher.fromBase64(env.get("QUOTEDESK_TOKEN_KEY"));
    return Optional.of(
        new SlackInstalls(clientId.strip(), clientSecret, scopes.strip(), stateSecret, cipher));
  }

  private static String required(Map<String, String> env, String name, String what) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "SLACK_CLIENT_ID is set, so OAuth installs need " + name + " (" + what + ") as well.");
    }
    return value;
  }

  /**
   * Sets up {@code builder} for many workspaces: the client's id, secret and scopes, the install
   * and redirect paths, and no single bot token (each request uses its own workspace's).
   */
  public AppConfig.AppConfigBuilder configure(AppConfig.AppConfigBuilder builder) {
    return builder
        .singleTeamBotToken(null)
        .clientId(clientId)
        .clientSecret(clientSecret)
        .scope(scopes)
        .oauthStartPath(INSTALL_PATH)
        .oauthInstallPath(INSTALL_PATH)
        .oauthCallbackPath(REDIRECT_PATH)
        .oauthRedirectUriPath(REDIRECT_PATH)
        // Straight to Slack's authorize page: the install link can go in a newsroom's wiki.
        .oAuthInstallPageRenderingEnabled(false)
        // One auth.test per token per 10 minutes, not per request.
        .authTestCacheEnabled(true);
  }

  /** Turns the OAuth paths on in {@code app}, with installations and states in the archive. */
  public void attach(App app, InstallationRecords records, Clock clock) {
    app.asOAuthApp(true);
    app.service(new ArchivedOAuthStates(records, stateSecret, clock));
    app.service(new ArchivedInstallations(records, cipher));
    InstallFailurePages.register(app);
  }
}
