package io.quotedesk.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two unsigned OAuth paths, for whichever HTTP server carries them: a browser's GET of {@link
 * SlackInstalls#INSTALL_PATH} or {@link SlackInstalls#REDIRECT_PATH} becomes a Bolt request and
 * goes through {@link App#run}, which issues and checks the state and calls {@code
 * oauth.v2.access}. The answer's headers (Location, Set-Cookie) must be passed on.
 */
public final class InstallPages {
  private final App app;
  private final SlackRequestParser parser;

  public InstallPages(App app) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
  }

  /** True for the paths this class answers. */
  public static boolean serves(String path) {
    return SlackInstalls.INSTALL_PATH.equals(path) || SlackInstalls.REDIRECT_PATH.equals(path);
  }

  /**
   * Bolt's answer to a GET of {@code path}; 405 for other methods, 404 when OAuth is off.
   *
   * @param rawQuery the query string as sent (percent-encoded), or null
   * @param headers the request's headers (any case)
   */
  public Response handle(
      String method,
      String path,
      String rawQuery,
      Map<String, List<String>> headers,
      String remoteAddress)
      throws Exception {
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return Response.builder().statusCode(405).contentType("text/plain").body("GET only").build();
    }
    if (!app.config().isDistributedApp() || !serves(path)) {
      return Response.builder().statusCode(404).contentType("text/plain").body("not found").build();
    }
    Map<String, List<String>> query;
    try {
      query = query(rawQuery);
    } catch (IllegalArgumentException badEscape) {
      return Response.builder().statusCode(400).contentType("text/plain").body("bad query").build();
    }
    Map<String, List<String>> lowerCase = new HashMap<>();
    headers.forEach((name, values) -> lowerCase.put(name.toLowerCase(Locale.ROOT), values));
    Request<?> request =
        parser.parse(
            SlackRequestParser.HttpRequest.builder()
                .requestUri(path)
                .queryString(query)
                .headers(new RequestHeaders(lowerCase))
                .requestBody("")
                .remoteAddress(remoteAddress)
                .build());
    return app.run(request);
  }

  /** {@code code=a&state=b} as a map of decoded names to their values. */
  static Map<String, List<String>> query(String rawQuery) {
    Map<String, List<String>> query = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      query
          .computeIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), k -> new ArrayList<>())
          .add(URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return query;
  }
}
