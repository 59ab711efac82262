package io.quotedesk.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.Message;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.Event;
import com.slack.api.model.event.LinkSharedEvent;
import io.quotedesk.slack.Delivery.Place;
import io.quotedesk.slack.Delivery.ResponseUrl;
import io.quotedesk.slack.Mentions.Intent;
import io.quotedesk.store.RequestLedger;
import io.quotedesk.store.StoreException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack app: one command with short aliases, mentions, the "Check quotes" shortcut, the More
 * button, link unfurls and the Home tab. Every request is acknowledged at once; the answer is
 * worked out on the {@link Workers} and posted by {@link Delivery} as a message with one page of
 * details in its thread. Text from Slack is read once, here, with {@link SlackText#plain}.
 */
public final class SlackApp {
  private static final Logger LOG = LoggerFactory.getLogger(SlackApp.class);
  static final List<String> COMMANDS =
      List.of("/quotedesk", "/summary", "/quotes", "/whosaid", "/facts", "/checkquote");
  static final String CHECK_QUOTES = "check_quotes";

  /** How long Slack may retry an event: a retry within it is not answered again. */
  static final Duration EVENT_RETRIES = Duration.ofHours(1);

  private final App app;
  private final Answers answers;
  private final Workers workers;
  private final UserRateLimit rateLimit;
  private final Unfurls unfurls;
  private final Set<String> handled = new TreeSet<>();
  private final RequestLedger ledger;
  private final Clock clock;

  public SlackApp(
      AppConfig config,
      Answers answers,
      Workers workers,
      int userRateLimit,
      Clock clock,
      List<String> unfurlDomains,
      RequestLedger ledger) {
    this.app = new App(config);
    this.answers = answers;
    this.workers = workers;
    this.ledger = ledger;
    this.clock = clock;
    this.rateLimit = new UserRateLimit(userRateLimit, clock, ledger);
    this.unfurls = new Unfurls(answers, unfurlDomains);
    for (String command : COMMANDS) {
      handled.add("command:" + command);
      app.command(command, (request, ctx) -> command(command, request.getPayload(), ctx));
    }
    onEvent(AppMentionEvent.TYPE_NAME, AppMentionEvent.class, this::mention);
    onEvent(LinkSharedEvent.TYPE_NAME, LinkSharedEvent.class, this::linkShared);
    onEvent(AppHomeOpenedEvent.TYPE_NAME, AppHomeOpenedEvent.class, this::homeOpened);
    handled.add("shortcut:" + CHECK_QUOTES);
    app.messageShortcut(CHECK_QUOTES, (request, ctx) -> checkQuotes(request.getPayload(), ctx));
    handled.add("action:" + Pages.MORE);
    app.blockAction(Pages.MORE, (request, ctx) -> more(request.getPayload(), ctx));
  }

  private <E extends Event> void onEvent(String name, Class<E> type, BoltEventHandler<E> handler) {
    handled.add("event:" + name);
    app.event(type, handler);
  }

  /**
   * What the app answers, as its wiring registered it: "command:/quotedesk", "event:app_mention",
   * "shortcut:check_quotes", "action:more". The manifest must declare the same.
   */
  Set<String> handled() {
    return Collections.unmodifiableSet(handled);
  }

  /**
   * Slack retries an event it thinks was lost: true only the first time an event id arrives at any
   * replica sharing the archive.
   */
  private boolean firstDelivery(String eventId) throws StoreException {
    return ledger.firstTime("event:" + eventId, clock.instant().plus(EVENT_RETRIES));
  }

  /** Posts with the token of the workspace that asked (each install's own, with OAuth). */
  private static Delivery delivery(Context ctx) {
    return new Delivery(ctx.client());
  }

  public App app() {
    return app;
  }

  private Response command(String command, SlashCommandPayload payload, SlashCommandContext ctx)
      throws StoreException {
    String text = SlackText.plain(payload.getText() == null ? "" : payload.getText());
    Intent typed = Intent.ofCommand(command, text);
    Intent intent = new Intent(Answers.canonical(typed.subcommand()), typed.argument());
    String user = payload.getUserId();
    if (intent.subcommand().equals("help")) {
      return ctx.ack(r -> r.responseType("ephemeral").text(Answers.HELP));
    }
    boolean fetches = Answers.fetches(intent.subcommand(), intent.argument());
    if (fetches && !rateLimit.allow(user)) {
      return ctx.ack(r -> r.responseType("ephemeral").text(Failures.TOO_MANY_FETCHES));
    }
    ResponseUrl responseUrl = new ResponseUrl(ctx.getSlack(), ctx.getResponseUrl());
    Runnable work =
        () -> {
          Reply reply = answers.answer(intent.subcommand(), intent.argument());
          delivery(ctx)
              .deliver(
                  messages(reply, intent),
                  Place.ofCommand(payload.getChannelId(), user, reply.privately()),
                  responseUrl);
        };
    submit(intent, user, work);
    return ctx.ack(r -> r.responseType("ephemeral").text(SlackText.escape(ack(intent, fetches))));
  }

  /** What the asker reads at once, privately, while the answer is worked out. */
  private static String ack(Intent intent, boolean fetches) {
    if (intent.subcommand().equals("check")) {
      // Drafts are confidential: the answer is private and nothing of the text is logged.
      return "Checking against the record\u2026";
    }
    return fetches
        ? "Reading " + Answers.firstUrl(intent.argument()) + "\u2026"
        : "Looking that up\u2026";
  }

  private Response linkShared(EventsApiPayload<LinkSharedEvent> payload, EventContext ctx)
      throws StoreException {
    LinkSharedEvent event = payload.getEvent();
    if (firstDelivery(payload.getEventId())) {
      workers.read(event.getUser(), () -> unfurls.unfurl(ctx.client(), event));
    }
    return ctx.ack();
  }

  private Response homeOpened(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
    String user = payload.getEvent().getUser();
    workers.quick(() -> unfurls.publishHome(ctx.client(), user));
    return ctx.ack();
  }

  /** The "Check quotes" message shortcut: every quotation in the message, privately. */
  private Response checkQuotes(MessageShortcutPayload payload, MessageShortcutContext ctx) {
    String text = payload.getMessage().getText();
    ResponseUrl responseUrl = new ResponseUrl(ctx.getSlack(), ctx.getResponseUrl());
    workers.quick(
        () ->
            delivery(ctx)
                .deliver(
                    List.of(answers.checkMessage(SlackText.plain(text == null ? "" : text))),
                    new Place(null, null, null, true, true),
                    responseUrl));
    return ctx.ack();
  }

  private Response mention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx)
      throws StoreException {
    if (firstDelivery(payload.getEventId())) {
      AppMentionEvent event = payload.getEvent();
      String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
      Intent intent = Mentions.parse(SlackText.plain(event.getText()));
      submit(
          intent,
          event.getUser(),
          () -> {
            Reply reply = answers.answer(intent.subcommand(), intent.argument());
            delivery(ctx)
                .deliver(
                    messages(reply, intent),
                    Place.inThread(event.getChannel(), thread, event.getUser(), reply.privately()),
                    null);
          });
    }
    return ctx.ack();
  }

  /** The More button: the request's next page, in the thread the button is in. */
  private Response more(BlockActionPayload payload, ActionContext ctx) {
    var more =
        payload.getActions().stream()
            .filter(a -> Pages.MORE.equals(a.getActionId()))
            .findFirst()
            .flatMap(a -> Pages.More.parse(a.getValue()));
    if (more.isEmpty()) {
      return ctx.ack();
    }
    Intent intent = more.get().request();
    String channel = payload.getContainer().getChannelId();
    boolean privately = payload.getContainer().isEphemeral();
    ResponseUrl responseUrl = new ResponseUrl(ctx.getSlack(), ctx.getResponseUrl());
    String user = payload.getUser().getId();
    submit(
        intent,
        user,
        () -> {
          takeOffMore(payload.getMessage(), privately, responseUrl);
          Reply reply = answers.answer(intent.subcommand(), intent.argument());
          boolean direct = channel == null || channel.startsWith("D");
          // A private answer stays private whatever message the button was in.
          Place place =
              new Place(channel, threadOf(payload), user, direct, privately || reply.privately());
          Pages.page(reply, intent, more.get().offset())
              .ifPresent(page -> delivery(ctx).deliver(List.of(page), place, responseUrl));
        });
    return ctx.ack();
  }

  /** The thread a clicked message is in, or the message itself when it starts none. */
  private static String threadOf(BlockActionPayload payload) {
    var container = payload.getContainer();
    if (container.getThreadTs() != null) {
      return container.getThreadTs();
    }
    Message message = payload.getMessage();
    return message != null && message.getThreadTs() != null
        ? message.getThreadTs()
        : container.getMessageTs();
  }

  /** Once clicked, a More button has done its job: the message is replaced without it. */
  private static void takeOffMore(Message message, boolean privately, ResponseUrl responseUrl) {
    if (message == null || message.getBlocks() == null) {
      return; // Slack sends no message for an ephemeral one
    }
    try {
      String text = message.getText() == null ? "" : SlackText.plain(message.getText());
      Reply clicked = new Reply(text, Pages.withoutMore(message.getBlocks()), List.of(), privately);
      responseUrl.send(clicked, privately, true);
    } catch (IOException e) {
      LOG.warn("taking the More button off failed: {}", e.getClass().getSimpleName());
    }
  }

  /** The answer's message, then its first page of details for the thread. */
  private static List<Reply> messages(Reply reply, Intent request) {
    List<Reply> messages = new ArrayList<>();
    messages.add(reply);
    Pages.page(reply, request, 0).ifPresent(messages::add);
    return messages;
  }

  /** Quick answers on their own pool; article reads a few per user at a time. */
  private void submit(Intent intent, String user, Runnable work) {
    if (Answers.reads(intent.subcommand(), intent.argument())) {
      workers.read(user, work);
    } else {
      workers.quick(work);
    }
  }
}
