package io.quotedesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quotedesk.slack.SlackStandIn.Call;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slack's text and the shape of an answer, end to end: text arrives escaped as Slack escapes it and
 * leaves escaped; one message and one threaded page per request, a More button for the rest.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackAnswersTest {
  /** Fourteen quotes from one speaker: more than one page of details. */
  static final String MANY_QUOTES = manyQuotes(14);

  @TempDir Path dir;
  private SlackStandIn slack;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn(dir, List.of("localhost"));
    slack.store("nato", SlackAppTest.STORY);
    slack.store(
        "telecoms",
        "Telecoms bill passes\n\n\"We need AT&T to pay its fair share,\" Senator Ann Lee said.");
    slack.store(
        "mayor",
        "Mayor speaks\n\n\"I would not say we should close the libraries, but we must look at"
            + " every budget line,\" Mayor Ann Ruiz said.");
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  static String manyQuotes(int count) {
    String[] topics = {
      "defence", "spending", "deterrence", "unity", "training", "readiness", "cyber", "space",
      "logistics", "industry", "partners", "resilience", "innovation", "energy", "climate", "arms"
    };
    StringBuilder text = new StringBuilder("Stoltenberg speaks at length\n\n");
    for (int i = 0; i < count; i++) {
      text.append("\"Our work on ")
          .append(topics[i])
          .append(" must go on,\" NATO Secretary General Jens Stoltenberg said.\n\n");
    }
    return text.toString();
  }

  /** Twelve speakers, a quote each: a pasted draft with more than one page of who said what. */
  static String manySpeakers() {
    String[] names = {
      "Anna Berg", "Paul Okafor", "Maria Lopez", "David Chen", "Sara Novak", "Tom Walsh",
      "Lena Fischer", "Omar Haddad", "Julia Rossi", "Peter Lund", "Grace Kim", "Ivan Petrov"
    };
    StringBuilder text = new StringBuilder("Council debates the budget\n\n");
    for (String name : names) {
      text.append("\"The budget needs more work,\" councillor ").append(name).append(" said.\n\n");
    }
    return text.toString();
  }

  @Test
  void aCheckWithAnAmpersandAsSlackEscapesItMatchesTheRecordAndIsEscapedBack() throws Exception {
    slack.command(
        "U1",
        "/checkquote",
        "\u201CWe need AT&amp;T to pay its fair share\u201D \u2014 Ann Lee",
        "C1");
    Call answer = slack.next("/respond/U1");
    assertThat(answer.fields.get("response_type")).isEqualTo("ephemeral");
    assertThat(answer.text()).startsWith("Exact: ").contains("AT&amp;T").doesNotContain("AT&T");
    assertThat(answer.sections().get(0)).startsWith("*Exact* ").contains("AT&amp;T");
  }

  @Test
  void aCheckOfEmptyQuotationMarksOrANameAloneAsksForTheWords() throws Exception {
    for (String claim : List.of("\u201C\u201D \u2014 Ann Lee", "\u2014 Ann Lee")) {
      slack.command("U1", "/checkquote", claim, "C1");
      Call answer = slack.next("/respond/U1");
      assertThat(answer.fields.get("response_type")).as(claim).isEqualTo("ephemeral");
      assertThat(answer.text()).as(claim).startsWith("Give me the quote and who said it");
    }
  }

  @Test
  void whoSaidEscapesItsFallbackTextAsWellAsItsBlocks() throws Exception {
    slack.command("U1", "/whosaid", "\"AT&amp;T to pay\"", "C1");
    Call post = slack.next("/chat.postMessage");
    assertThat(post.text()).contains("AT&amp;T").doesNotContain("AT&T");
    assertThat(post.sections()).anySatisfy(s -> assertThat(s).contains("AT&amp;T"));
  }

  @Test
  void aQuoteTooLongForOneSectionRunsOverSeveralUncut() throws Exception {
    String words = "the allies & partners agree on every point of the plan ".repeat(70).strip();
    slack.store("long", "Long speech\n\n\"" + words + ",\" Jens Stoltenberg said.");
    slack.command("U1", "/whosaid", "\"allies & partners agree\"".replace("&", "&amp;"), "C1");
    Call post = slack.next("/chat.postMessage");
    List<String> sections = post.sections();
    assertThat(sections).hasSizeGreaterThan(1);
    assertThat(sections).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(3000));
    assertThat(sections).allSatisfy(s -> assertThat(s).doesNotContain("\u2026"));
    assertThat(sections).allSatisfy(s -> assertThat(s.replace("&amp;", "")).doesNotContain("&"));
    // No section ends inside a <url|label>; the article's link is whole in one of them.
    assertThat(sections).noneMatch(s -> s.matches("(?s).*<[^>]*"));
    assertThat(sections).anyMatch(s -> s.matches("(?s).*<[^<>|]+\\|[^<>]*Long speech>.*"));
    assertThat(String.join(" ", sections).replaceAll("\\s+", " "))
        .contains(SlackText.escape(words));
  }

  @Test
  void aMentionsLinkIsReadAsTheAddressSlackWrapped() throws Exception {
    String url = slack.site.url("/story?a=1&b=2").toString();
    String wrapped = url.replace("&", "&amp;");
    String label = wrapped.replaceFirst("^http://", "");
    slack.mention("Ev1", "<@UBOT> summarize <" + wrapped + "|" + label + ">");
    RecordedRequest fetched = slack.site.takeRequest(20, TimeUnit.SECONDS);
    assertThat(fetched).isNotNull();
    assertThat(fetched.getPath()).isEqualTo("/story?a=1&b=2");
    assertThat(slack.next("/chat.postMessage").text()).contains("NATO chief warns");
  }

  @Test
  void pastedTextWithNoStoryInItGetsASentenceNotAnEmptyBrief() throws Exception {
    for (String text : new String[] {"hello", "https://", "!!! ???"}) {
      slack.command("U2", "/summary", text, "C1");
      Call answer = slack.next("/respond/U2");
      assertThat(answer.fields.get("response_type")).as(text).isEqualTo("ephemeral");
      assertThat(answer.text()).as(text).startsWith("I found no story in that text");
    }
    slack.awaitIdle();
    assertThat(slack.all("/chat.postMessage")).isEmpty();
  }

  @Test
  void pastedTextForASummaryIsAnsweredPrivately() throws Exception {
    slack.command("U1", "/summary", SlackAppTest.STORY.replace("'", "&#39;"), "C1");
    Call parent = slack.next("/respond/U1");
    assertThat(parent.fields.get("response_type")).isEqualTo("ephemeral");
    assertThat(parent.text()).contains("NATO chief warns");
    slack.awaitIdle();
    assertThat(slack.all("/chat.postMessage")).isEmpty();
    assertThat(slack.all("/respond/U1"))
        .allSatisfy(c -> assertThat(c.fields.get("response_type")).isEqualTo("ephemeral"));
  }

  @Test
  void aMentionGetsOneMessageAndOneThreadReplyAndMorePostsTheNextPage() throws Exception {
    slack.store("many", MANY_QUOTES);
    slack.mention("Ev2", "<@UBOT> what did Stoltenberg say?");
    slack.awaitIdle();
    List<Call> posts = slack.all("/chat.postMessage");
    assertThat(posts).hasSize(2);
    assertThat(posts)
        .allSatisfy(p -> assertThat(p.fields.get("thread_ts")).isEqualTo("1700000000.000001"));
    Call page = posts.get(1);
    assertThat(page.sections()).hasSize(Pages.ITEMS_PER_PAGE);
    String value = page.more().orElseThrow();
    slack.calls.clear();

    slack.interaction(click(value, false));
    slack.awaitIdle();
    List<Call> next = slack.all("/chat.postMessage");
    assertThat(next).hasSize(1);
    assertThat(next.get(0).fields.get("thread_ts")).isEqualTo("1700000000.000001");
    assertThat(next.get(0).more()).isEmpty();
    int quotes = 1 + Pages.ITEMS_PER_PAGE + next.get(0).sections().size();
    assertThat(quotes).isGreaterThanOrEqualTo(14);
    // The clicked message loses its button, so a second click can't post the page twice.
    Call replaced = slack.next("/respond/more");
    assertThat(replaced.fields.get("replace_original")).isEqualTo("true");
    assertThat(replaced.fields.get("blocks")).doesNotContain("\"" + Pages.MORE + "\"");
  }

  @Test
  void aDirectMessagePostsToTheResponseUrlNoMoreThanSlackAllows() throws Exception {
    slack.store("many", MANY_QUOTES);
    slack.command("U1", "/quotes", "Stoltenberg", "D123");
    slack.awaitIdle();
    List<Call> responses = slack.all("/respond/U1");
    assertThat(responses).hasSizeBetween(1, Delivery.ResponseUrl.MAX_POSTS);
    assertThat(responses).hasSize(2);
    assertThat(responses.get(1).more()).isPresent();
  }

  @Test
  void aPrivatePagesMoreButtonAnswersPrivatelyThroughItsResponseUrl() throws Exception {
    slack.command("U1", "/summary", manySpeakers(), "C1");
    slack.awaitIdle();
    List<Call> answers = slack.all("/respond/U1");
    assertThat(answers).hasSize(2);
    String value = answers.get(1).more().orElseThrow();
    slack.calls.clear();
    slack.interaction(click(value, true));
    slack.awaitIdle();
    assertThat(slack.all("/chat.postMessage")).isEmpty();
    assertThat(slack.all("/respond/more"))
        .singleElement()
        .satisfies(c -> assertThat(c.fields.get("response_type")).isEqualTo("ephemeral"));
  }

  @Test
  void verdictLinesStartWithTheVerdictsName() throws Exception {
    List<String[]> cases =
        List.of(
            new String[] {
              "\"An attack on one ally is an attack on all of us\" -- Stoltenberg", "Exact: "
            },
            new String[] {
              "\"We must not undermine the credibility of NATO's deterrence\" -- Stoltenberg",
              "Close: "
            },
            new String[] {
              "\"An attack on one ally is an attack on all of us\" -- Biden", "Misattributed: "
            },
            new String[] {"\"we should close the libraries\" -- Ann Ruiz", "Out of context: "},
            new String[] {"\"The moon is made of cheese\" -- Stoltenberg", "Not found: "});
    for (String[] c : cases) {
      slack.command("U1", "/checkquote", c[0], "C1");
      Call answer = slack.next("/respond/U1");
      assertThat(answer.text()).as(c[0]).startsWith(c[1]);
      assertThat(answer.sections().get(0)).startsWith("*" + c[1].replace(": ", "*"));
    }
  }

  /** A click on a More button whose value is {@code value}, in C1's mention thread. */
  private ObjectNode click(String value, boolean ephemeral) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode payload = json.createObjectNode();
    payload.put("type", "block_actions").put("trigger_id", "x").put("api_app_id", "A1");
    payload.put("token", "t");
    payload.putObject("team").put("id", "T1");
    payload.putObject("user").put("id", "U1");
    payload.putObject("channel").put("id", "C1");
    ObjectNode container = payload.putObject("container");
    container
        .put("type", "message")
        .put("message_ts", "1700000000.000101")
        .put("channel_id", "C1")
        .put("is_ephemeral", ephemeral);
    if (!ephemeral) {
      container.put("thread_ts", "1700000000.000001");
      ObjectNode message = payload.putObject("message");
      message
          .put("type", "message")
          .put("ts", "1700000000.000101")
          .put("thread_ts", "1700000000.000001")
          .put("text", "page one");
      message
          .putArray("blocks")
          .addAll(
              List.of(
                  json.readTree(
                      "{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"one\"}}"),
                  json.readTree(
                      "{\"type\":\"actions\",\"elements\":[{\"type\":\"button\",\"action_id\":\"more\","
                          + "\"text\":{\"type\":\"plain_text\",\"text\":\"More\"},\"value\":\"x\"}]}")));
    }
    payload.put("response_url", slack.slack.url("/respond/more").toString());
    payload
        .putArray("actions")
        .addObject()
        .put("action_id", Pages.MORE)
        .put("block_id", "b")
        .put("type", "button")
        .put("value", value)
        .put("action_ts", "1700000001.000001");
    return payload;
  }
}
