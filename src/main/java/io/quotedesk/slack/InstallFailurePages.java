package io.quotedesk.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a browser sees when an install fails, in place of Bolt's defaults, which answer 200 and log
 * the whole redirect payload (its one-time code) or the whole API response. Here the status says
 * what went wrong (400 a state that is forged, spent or expired; 502 Slack refused the code; 500
 * our side) and the log line holds only Slack's error code or the exception's class.
 */
final class InstallFailurePages {
  private static final Logger LOG = LoggerFactory.getLogger(InstallFailurePages.class);

  private InstallFailurePages() {}

  static void register(App app) {
    app.oauthCallbackStateError(
        (request, response) -> {
          LOG.warn("refused an install redirect: its state is unknown, spent or expired");
          return page(app, response, 400, "invalid_state");
        });
    app.oauthCallbackError(
        (request, response) -> {
          String error = request.getPayload().getError();
          LOG.info("an install was not completed in Slack: {}", safe(error));
          return page(app, response, 200, safe(error));
        });
    app.oauthCallbackAccessError(
        (com.slack.api.bolt.service.builtin.oauth.OAuthV2AccessErrorHandler)
            (request, response, apiResponse) -> {
              LOG.warn("oauth.v2.access refused the install: {}", safe(apiResponse.getError()));
              return page(app, response, 502, safe(apiResponse.getError()));
            });
    app.oauthCallbackException(
        (request, response, e) -> {
          LOG.warn("an install failed: {}", e.getClass().getSimpleName());
          return page(app, response, 500, "internal_error");
        });
  }

  private static Response page(App app, Response response, int status, String reason) {
    response.setStatusCode(status);
    response.setContentType("text/html; charset=utf-8");
    response.setBody(
        app.config()
            .getOAuthRedirectUriPageRenderer()
            .renderFailurePage(app.config().getOauthInstallRequestURI(), reason));
    return response;
  }

  /** Slack's error codes are short snake_case words; anything else is not repeated. */
  private static String safe(String error) {
    return error != null && error.matches("[a-z_]{1,64}") ? error : "unknown_error";
  }
}
