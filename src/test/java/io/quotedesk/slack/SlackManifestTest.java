package io.quotedesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest in config/ declares exactly what the app's wiring handles: commands, events,
 * shortcuts and interactivity, the Home tab, the unfurl domains of config/quotedesk.yaml, and the
 * scopes each needs. A handler Slack is never told about never fires.
 */
class SlackManifestTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Map<String, String> SCOPE_OF_EVENT =
      Map.of("app_mention", "app_mentions:read", "link_shared", "links:read");

  private static JsonNode manifest;
  private static Set<String> handled;

  @BeforeAll
  static void read(@TempDir Path dir) throws Exception {
    manifest = YAML.readTree(Path.of("config/slack-manifest.yml").toFile());
    try (SlackStandIn slack = new SlackStandIn(dir, List.of())) {
      handled = slack.app.handled();
    }
  }

  private static Set<String> handled(String kind) {
    Set<String> names = new TreeSet<>();
    for (String h : handled) {
      if (h.startsWith(kind + ":")) {
        names.add(h.substring(kind.length() + 1));
      }
    }
    return names;
  }

  private static Set<String> texts(JsonNode list, String field) {
    Set<String> out = new TreeSet<>();
    for (JsonNode item : list) {
      out.add(field == null ? item.asText() : item.path(field).asText());
    }
    return out;
  }

  @Test
  void theAppHandlesSomethingOfEveryKind() {
    assertThat(handled(("command"))).isNotEmpty();
    assertThat(handled("event")).isNotEmpty();
    assertThat(handled("shortcut")).isNotEmpty();
    assertThat(handled("action")).isNotEmpty();
  }

  @Test
  void commandsEventsAndShortcutsAreDeclaredBothWays() {
    JsonNode features = manifest.path("features");
    assertThat(texts(features.path("slash_commands"), "command")).isEqualTo(handled("command"));
    assertThat(
            texts(manifest.path("settings").path("event_subscriptions").path("bot_events"), null))
        .isEqualTo(handled("event"));
    assertThat(texts(features.path("shortcuts"), "callback_id")).isEqualTo(handled("shortcut"));
  }

  @Test
  void interactivityAndTheHomeTabAreOnWhenTheAppUsesThem() {
    boolean interactive = !handled("action").isEmpty() || !handled("shortcut").isEmpty();
    assertThat(manifest.path("settings").path("interactivity").path("is_enabled").asBoolean())
        .isEqualTo(interactive);
    assertThat(manifest.path("features").path("app_home").path("home_tab_enabled").asBoolean())
        .isEqualTo(handled("event").contains("app_home_opened"));
  }

  @Test
  void unfurlDomainsAreTheConfiguredOnes() throws Exception {
    JsonNode config = YAML.readTree(Path.of("config/quotedesk.yaml").toFile());
    Set<String> declared = texts(manifest.path("features").path("unfurl_domains"), null);
    assertThat(declared).isEqualTo(texts(config.path("slack.unfurlDomains"), null));
    if (handled("event").contains("link_shared")) {
      assertThat(declared).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    }
  }

  @Test
  void everyEventHasItsScopeAndTheMainCommandDescribesEverySubcommand() {
    Set<String> scopes = texts(manifest.path("oauth_config").path("scopes").path("bot"), null);
    List<String> needed = new ArrayList<>(List.of("chat:write", "commands"));
    handled("event").stream().map(SCOPE_OF_EVENT::get).filter(s -> s != null).forEach(needed::add);
    if (handled("event").contains("link_shared")) {
      needed.add("links:write"); // chat.unfurl
    }
    assertThat(scopes).containsAll(needed);
    JsonNode main = null;
    for (JsonNode command : manifest.path("features").path("slash_commands")) {
      if (command.path("command").asText().equals("/quotedesk")) {
        main = command;
      }
    }
    assertThat(main).isNotNull();
    String description = main.path("description").asText();
    assertThat(Answers.SUBCOMMANDS).allSatisfy(s -> assertThat(description).contains(s));
  }
}
