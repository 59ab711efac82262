package io.quotedesk.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatUnfurlRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.LinkSharedEvent;
import com.slack.api.model.view.View;
import io.quotedesk.store.RequestLedger;
import io.quotedesk.store.StoreException;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack app: one command with short aliases, and mentions. Every request is acknowledged at
 * once; the answer is worked out on the worker pool and posted as a parent message with its details
 * in the thread, or through the command's response_url where the bot cannot post.
 */
public final class SlackApp {
  private static final Logger LOG = LoggerFactory.getLogger(SlackApp.class);
  static final List<String> COMMANDS =
      List.of("/quotedesk", "/summary", "/quotes", "/whosaid", "/facts", "/checkquote");

  /** How long Slack may retry an event: a retry within it is not answered again. */
  static final Duration EVENT_RETRIES = Duration.ofHours(1);

  /** How long QuoteDesk waits when Slack says to slow down, at most. */
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(5);

  private final App app;
  private final Answers answers;
  private final ExecutorService workers;
  private final UserRateLimit rateLimit;
  private final RequestLedger ledger;
  private final java.time.Clock clock;

  public SlackApp(
      AppConfig config,
      Answers answers,
      ExecutorService workers,
      int userRateLimit,
      java.time.Clock clock,
      List<String> unfurlDomains,
      RequestLedger ledger) {
    this.app = new App(config);
    this.answers = answers;
    this.workers = workers;
    this.ledger = ledger;
    this.clock = clock;
    this.rateLimit = new UserRateLimit(userRateLimit, clock, ledger);
    for (String command : COMMANDS) {
      app.command(command, (request, ctx) -> command(command, request.getPayload(), ctx));
    }
    app.event(
        AppMentionEvent.class,
        (payload, ctx) -> {
          if (firstDelivery(payload.getEventId())) {
            AppMentionEvent event = payload.getEvent();
            String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
            workers.submit(
                () -> mention(ctx.client(), event.getChannel(), thread, event.getText()));
          }
          return ctx.ack();
        });
    app.messageShortcut(
        "check_quotes",
        (request, ctx) -> {
          String text = request.getPayload().getMessage().getText();
          workers.submit(
              () -> {
                try {
                  ctx.respond(
                      r ->
                          r.responseType("ephemeral")
                              .text(answers.checkMessage(text == null ? "" : text).text()));
                } catch (IOException e) {
                  LOG.warn("answering the Check quotes shortcut failed");
                }
              });
          return ctx.ack();
        });
    app.event(
        LinkSharedEvent.class,
        (payload, ctx) -> {
          LinkSharedEvent event = payload.getEvent();
          if (firstDelivery(payload.getEventId())) {
            workers.submit(() -> unfurl(ctx.client(), event, unfurlDomains));
          }
          return ctx.ack();
        });
    app.event(
        AppHomeOpenedEvent.class,
        (payload, ctx) -> {
          String user = payload.getEvent().getUser();
          workers.submit(() -> publishHome(ctx.client(), user));
          return ctx.ack();
        });
  }

  /**
   * Slack retries an event it thinks was lost: true only the first time an event id arrives at any
   * replica sharing the archive.
   */
  private boolean firstDelivery(String eventId) throws StoreException {
    return ledger.firstTime("event:" + eventId, clock.instant().plus(EVENT_RETRIES));
  }

  /** Unfurls links on the newsroom's news domains: headline, two bullets, the top quote. */
  private void unfurl(MethodsClient client, LinkSharedEvent event, List<String> domains) {
    Map<String, ChatUnfurlRequest.UnfurlDetail> unfurls = new LinkedHashMap<>();
    for (LinkSharedEvent.Link link : event.getLinks()) {
      if (onDomains(link.getDomain(), domains)) {
        answers
            .brief(link.getUrl())
            .ifPresent(
                brief ->
                    unfurls.put(
                        link.getUrl(),
                        ChatUnfurlRequest.UnfurlDetail.builder()
                            .blocks(Blocks.unfurl(brief))
                            .build()));
      }
    }
    if (unfurls.isEmpty()) {
      return;
    }
    try {
      client.chatUnfurl(
          r -> r.channel(event.getChannel()).ts(event.getMessageTs()).unfurls(unfurls));
    } catch (IOException | SlackApiException e) {
      LOG.warn("chat.unfurl failed", e);
    }
  }

  static boolean onDomains(String domain, List<String> domains) {
    String d = domain.toLowerCase(Locale.ROOT);
    return domains.stream()
        .map(x -> x.toLowerCase(Locale.ROOT))
        .anyMatch(x -> d.equals(x) || d.endsWith("." + x));
  }

  private void publishHome(MethodsClient client, String user) {
    try {
      client.viewsPublish(
          r ->
              r.userId(user)
                  .view(
                      View.builder().type("home").blocks(Blocks.home(answers.recent(10))).build()));
    } catch (IOException | SlackApiException e) {
      LOG.warn("views.publish failed", e);
    }
  }

  public App app() {
    return app;
  }

  private com.slack.api.bolt.response.Response command(
      String command, SlashCommandPayload payload, SlashCommandContext ctx) throws StoreException {
    Mentions.Intent intent =
        Mentions.Intent.ofCommand(command, payload.getText() == null ? "" : payload.getText());
    String subcommand = intent.subcommand().toLowerCase(Locale.ROOT);
    String argument = intent.argument();
    if (subcommand.equals("check") || subcommand.equals("checkquote")) {
      // Drafts are confidential: the answer is private and nothing of the text is logged.
      workers.submit(() -> deliver(ctx, payload, answers.answer("check", argument)));
      return ctx.ack(r -> r.responseType("ephemeral").text("Checking against the record\u2026"));
    }
    if (!List.of("summary", "quotes", "whosaid", "facts").contains(subcommand)) {
      return ctx.ack(r -> r.responseType("ephemeral").text(Answers.HELP));
    }
    boolean fetches = Answers.fetches(subcommand, argument);
    if (fetches && !rateLimit.allow(payload.getUserId())) {
      return ctx.ack(
          r ->
              r.responseType("ephemeral")
                  .text("You've asked for a lot of articles this minute; try again shortly."));
    }
    workers.submit(() -> deliver(ctx, payload, answers.answer(subcommand, argument)));
    String url = Answers.firstUrl(argument);
    String ack = fetches && url != null ? "Reading " + url + "\u2026" : "Looking that up\u2026";
    return ctx.ack(r -> r.responseType("ephemeral").text(ack));
  }

  /** Posts a command's answer: in the channel with a thread, else through response_url. */
  private void deliver(SlashCommandContext ctx, SlashCommandPayload payload, Reply reply) {
    try {
      if (reply.privately()) {
        ctx.respond(r -> r.responseType("ephemeral").text(reply.text()));
        return;
      }
      boolean directMessage =
          payload.getChannelId() != null && payload.getChannelId().startsWith("D");
      if (!directMessage) {
        ChatPostMessageResponse parent = post(ctx.client(), payload.getChannelId(), null, reply);
        if (parent.isOk()) {
          for (Reply detail : reply.thread()) {
            post(ctx.client(), payload.getChannelId(), parent.getTs(), detail);
          }
          return;
        }
        if (!List.of("not_in_channel", "channel_not_found", "is_archived")
            .contains(parent.getError())) {
          LOG.warn("chat.postMessage failed: {}", parent.getError());
          ctx.respond(
              r ->
                  r.responseType("ephemeral")
                      .text("QuoteDesk couldn't post here (" + parent.getError() + ")."));
          return;
        }
      }
      // Not in the channel, or a DM: answer through the command's own response_url.
      ctx.respond(r -> r.responseType("in_channel").text(reply.text()).blocks(reply.blocks()));
      for (Reply detail : reply.thread()) {
        ctx.respond(r -> r.responseType("in_channel").text(detail.text()).blocks(detail.blocks()));
      }
    } catch (IOException | SlackApiException | RuntimeException e) {
      // The exception's message may quote a draft: its class is enough for the log.
      LOG.warn("answering {} failed: {}", payload.getCommand(), e.getClass().getSimpleName());
      try {
        ctx.respond(
            r ->
                r.responseType("ephemeral")
                    .text("Sorry, QuoteDesk couldn't answer that; please try again."));
      } catch (IOException ignored) {
        // nothing more to tell
      }
    }
  }

  private void mention(MethodsClient client, String channel, String thread, String text) {
    Mentions.Intent intent = Mentions.parse(text);
    Reply reply = answers.answer(intent.subcommand(), intent.argument());
    try {
      post(client, channel, thread, reply);
      for (Reply detail : reply.thread()) {
        post(client, channel, thread, detail);
      }
    } catch (IOException | SlackApiException | RuntimeException e) {
      LOG.warn("answering a mention failed", e);
    }
  }

  /** chat.postMessage, once more after Slack's Retry-After when it says 429. */
  static ChatPostMessageResponse post(
      MethodsClient client, String channel, String thread, Reply reply)
      throws IOException, SlackApiException {
    for (int attempt = 0; ; attempt++) {
      try {
        return client.chatPostMessage(
            r ->
                r.channel(channel)
                    .threadTs(thread)
                    .text(reply.text())
                    .blocks(reply.blocks().isEmpty() ? null : reply.blocks()));
      } catch (SlackApiException e) {
        if (e.getResponse().code() != 429 || attempt > 0) {
          throw e;
        }
        String retryAfter = e.getResponse().header("Retry-After");
        long seconds =
            retryAfter == null
                ? 1
                : Math.min(MAX_RETRY_AFTER.toSeconds(), Long.parseLong(retryAfter.strip()));
        try {
          Thread.sleep(seconds * 1000);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
