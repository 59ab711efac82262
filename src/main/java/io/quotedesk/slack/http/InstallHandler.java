package io.quotedesk.slack.http;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.quotedesk.slack.InstallPages;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** OAuth's unsigned pages ({@code /slack/install}, {@code /slack/oauth_redirect}) on Jetty. */
public final class InstallHandler extends Handler.Abstract.NonBlocking {
  private static final Logger LOG = LoggerFactory.getLogger(InstallHandler.class);

  private final InstallPages pages;

  public InstallHandler(InstallPages pages) {
    this.pages = pages;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    com.slack.api.bolt.response.Response answer;
    try {
      Map<String, List<String>> headers = new HashMap<>();
      for (HttpField field : request.getHeaders()) {
        headers.computeIfAbsent(field.getName(), k -> new ArrayList<>()).add(field.getValue());
      }
      answer =
          pages.handle(
              request.getMethod(),
              Request.getPathInContext(request),
              request.getHttpURI().getQuery(),
              headers,
              Request.getRemoteAddr(request));
    } catch (Exception e) {
      // The query holds a one-time code: the cause's class only, never the request.
      LOG.warn("install page failed: {}", e.getClass().getSimpleName());
      Response.writeError(request, response, callback, 500);
      return true;
    }
    response.setStatus(answer.getStatusCode());
    answer
        .getHeaders()
        .forEach((name, values) -> values.forEach(v -> response.getHeaders().add(name, v)));
    if (answer.getContentType() != null) {
      response.getHeaders().put("Content-Type", answer.getContentType());
    }
    response.getHeaders().put("Cache-Control", "no-store");
    String body = answer.getBody() == null ? "" : answer.getBody();
    response.write(true, ByteBuffer.wrap(body.getBytes(UTF_8)), callback);
    return true;
  }
}
