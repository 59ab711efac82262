package io.quotedesk.slack.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a signed body is, checked before Bolt reads it: a slash command, an interaction, an event or
 * Slack's URL check. A body Bolt could not handle (a url_verification without its challenge, a
 * {@code payload=} that is no JSON object, an event_callback without its event) is named here, so
 * the endpoint answers 400 instead of failing inside Bolt.
 */
record PayloadShape(String kind, Optional<String> problem) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static PayloadShape of(String contentType, String body) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("application/json")) {
      return ofJson(body);
    }
    if (type.startsWith("application/x-www-form-urlencoded")) {
      return ofForm(body);
    }
    return bad("other", "the content type is neither JSON nor a form");
  }

  private static PayloadShape ofJson(String body) {
    JsonNode root = parse(body);
    if (root == null || !root.isObject() || !root.path("type").isTextual()) {
      return bad("other", "the body is not a JSON object with a type");
    }
    switch (root.path("type").asText()) {
      case "url_verification":
        return root.path("challenge").isTextual() && !root.path("challenge").asText().isEmpty()
            ? ok("url_verification")
            : bad("url_verification", "the URL check carries no challenge");
      case "event_callback":
        JsonNode event = root.path("event");
        if (!event.isObject() || !event.path("type").isTextual()) {
          return bad("event", "the event callback carries no event");
        }
        // Retries are recognised by the event id: an event without one cannot be deduplicated.
        return root.path("event_id").isTextual()
            ? ok("event")
            : bad("event", "the event callback carries no event id");
      default:
        return ok("other");
    }
  }

  private static PayloadShape ofForm(String body) {
    Map<String, String> fields = form(body);
    if (fields == null) {
      return bad("other", "the form is not URL-encoded");
    }
    if (fields.containsKey("payload")) {
      JsonNode payload = parse(fields.get("payload"));
      return payload != null && payload.isObject() && payload.path("type").isTextual()
          ? ok("interaction")
          : bad("interaction", "the interaction payload is not a JSON object with a type");
    }
    if (fields.containsKey("command")) {
      return ok("command");
    }
    if (fields.containsKey("ssl_check")) {
      return ok("ssl_check");
    }
    return bad("other", "the form is neither a command nor an interaction");
  }

  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (JacksonException e) {
      return null;
    }
  }

  /** The form's fields, or null when a field is not valid URL encoding. */
  private static Map<String, String> form(String body) {
    Map<String, String> fields = new HashMap<>();
    try {
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        fields.put(
            URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return fields;
  }

  private static PayloadShape ok(String kind) {
    return new PayloadShape(kind, Optional.empty());
  }

  private static PayloadShape bad(String kind, String problem) {
    return new PayloadShape(kind, Optional.of(problem));
  }
}
