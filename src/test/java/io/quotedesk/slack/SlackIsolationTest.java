package io.quotedesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One user's slow links hold nobody else back: quick answers have their own pool, and a user's
 * reads run a few at a time. The news site holds every {@code /slow/…} page until released.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackIsolationTest {
  @TempDir Path dir;
  private SlackStandIn slack;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn(dir, List.of());
    slack.store("nato", SlackAppTest.STORY);
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  @Test
  void eightSlowLinksFromOneUserHoldBackNeitherQuickAnswersNorAnotherUsersLink() throws Exception {
    for (int i = 0; i < 8; i++) {
      String url = slack.site.url("/slow/" + i).toString();
      assertThat(slack.command("U1", "/summary", url, "C1").getBody()).contains("Reading");
    }
    for (int i = 0; i < 200 && slack.slowArrived.get() < 2; i++) {
      Thread.sleep(50); // until U1's reads are at the site, held
    }
    assertThat(slack.slowArrived.get()).isGreaterThanOrEqualTo(2);

    slack.command("U2", "/whosaid", "\"attack on one ally\"", "C2");
    assertThat(slack.next("/chat.postMessage").text()).contains("Jens Stoltenberg");
    slack.command("U2", "/checkquote", "\"An attack on one ally is an attack on all of us\"", "C2");
    assertThat(slack.next("/respond/U2").text()).startsWith("Exact: ");
    slack.command("U2", "/summary", slack.site.url("/fast").toString(), "C2");
    assertThat(slack.next("/chat.postMessage").text()).contains("NATO chief warns");

    // U1's reads wait their turn without holding threads: two at the site, none answered yet.
    assertThat(slack.slowArrived.get()).isEqualTo(2);
    assertThat(slack.all("/chat.postMessage"))
        .allSatisfy(p -> assertThat(p.fields.get("channel")).isEqualTo("C2"));

    slack.release.countDown();
    slack.awaitIdle();
    assertThat(slack.slowArrived.get()).isEqualTo(8);
    assertThat(
            slack.all("/chat.postMessage").stream()
                .filter(p -> p.fields.get("channel").equals("C1")))
        .hasSize(16); // eight summaries, each a message and its thread reply
  }
}
