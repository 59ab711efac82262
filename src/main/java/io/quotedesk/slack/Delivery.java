package io.quotedesk.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts answers to Slack, the one place text leaves escaped: a message, then its next page of
 * details in the message's thread. Where the bot cannot post (a DM, a channel it is not in) they go
 * through the request's response_url, which Slack takes at most five times; private answers go
 * there too, seen by the asker alone.
 */
final class Delivery {
  private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

  /** How long QuoteDesk waits when Slack says to slow down, at most. */
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(5);

  /** Slack reads a message's text up to 40,000 characters; a fallback needs far fewer. */
  static final int MAX_TEXT = 4000;

  private static final List<String> CANNOT_POST_HERE =
      List.of("not_in_channel", "channel_not_found", "is_archived");

  /**
   * Where an answer goes: a channel (and the thread it belongs in, when it has one), or only the
   * response_url; privately, to the asker ({@code user}) alone.
   */
  record Place(
      String channel, String thread, String user, boolean responseUrlOnly, boolean privately) {
    /** A slash command's channel: a DM is answered through the response_url. */
    static Place ofCommand(String channel, String user, boolean privately) {
      boolean direct = channel == null || channel.startsWith("D");
      return new Place(channel, null, user, direct, privately);
    }

    /** A thread in a channel, for a mention. */
    static Place inThread(String channel, String thread, String user, boolean privately) {
      return new Place(channel, thread, user, false, privately);
    }
  }

  /** A request's response_url, used at most {@link #MAX_POSTS} times as Slack allows. */
  static final class ResponseUrl {
    static final int MAX_POSTS = 5;
    private final Responder responder;
    private final AtomicInteger posts = new AtomicInteger();

    ResponseUrl(Slack slack, String url) {
      this.responder = new Responder(slack, url);
    }

    void send(Reply message, boolean privately, boolean replaceOriginal) throws IOException {
      if (posts.incrementAndGet() > MAX_POSTS) {
        LOG.warn("a response_url post was dropped: Slack takes {} per request", MAX_POSTS);
        return;
      }
      responder.sendToAction(
          r ->
              r.responseType(privately ? "ephemeral" : "in_channel")
                  .text(fallback(message))
                  .blocks(message.blocks().isEmpty() ? null : message.blocks())
                  .replaceOriginal(replaceOriginal));
    }
  }

  private final MethodsClient client;

  Delivery(MethodsClient client) {
    this.client = client;
  }

  /** The fallback text Slack shows in notifications: escaped, and short enough to send. */
  static String fallback(Reply message) {
    return SlackText.clip(SlackText.escape(message.text()), MAX_TEXT);
  }

  /**
   * Posts {@code messages} in order, the first at {@code place} and the others in its thread; a
   * failure is told to the asker through {@code responseUrl} when there is one, else logged.
   */
  void deliver(List<Reply> messages, Place place, ResponseUrl responseUrl) {
    try {
      if (!place.privately() && !place.responseUrlOnly()) {
        String thread = place.thread();
        for (int i = 0; i < messages.size(); i++) {
          ChatPostMessageResponse posted = post(place.channel(), thread, messages.get(i));
          if (!posted.isOk()) {
            if (i == 0 && responseUrl != null && CANNOT_POST_HERE.contains(posted.getError())) {
              sendAll(messages, false, responseUrl); // not in the channel: answer as the command
              return;
            }
            LOG.warn("chat.postMessage failed: {}", posted.getError());
            tell(responseUrl, Failures.couldNotPost(posted.getError()));
            return;
          }
          thread = thread != null ? thread : posted.getTs();
        }
        return;
      }
      if (responseUrl == null) {
        for (Reply message : messages) {
          postPrivately(place, message);
        }
        return;
      }
      sendAll(messages, place.privately(), responseUrl);
    } catch (IOException | SlackApiException | RuntimeException e) {
      // The exception's message may quote a draft: its class is enough for the log.
      LOG.warn("answering failed: {}", e.getClass().getSimpleName());
      tell(responseUrl, Failures.sentence(e));
    }
  }

  private static void sendAll(List<Reply> messages, boolean privately, ResponseUrl responseUrl)
      throws IOException {
    for (Reply message : messages) {
      responseUrl.send(message, privately, false);
    }
  }

  private static void tell(ResponseUrl responseUrl, String sentence) {
    if (responseUrl == null) {
      return;
    }
    try {
      responseUrl.send(Reply.privately(sentence), true, false);
    } catch (IOException e) {
      LOG.warn("telling the asker failed: {}", e.getClass().getSimpleName());
    }
  }

  /** chat.postEphemeral: a private answer where there is no response_url (a mention). */
  private void postPrivately(Place place, Reply message) throws IOException, SlackApiException {
    var posted =
        client.chatPostEphemeral(
            r ->
                r.channel(place.channel())
                    .user(place.user())
                    .threadTs(place.thread())
                    .text(fallback(message))
                    .blocks(message.blocks().isEmpty() ? null : message.blocks()));
    if (!posted.isOk()) {
      LOG.warn("chat.postEphemeral failed: {}", posted.getError());
    }
  }

  /** chat.postMessage, once more after Slack's Retry-After when it says 429. */
  ChatPostMessageResponse post(String channel, String thread, Reply message)
      throws IOException, SlackApiException {
    for (int attempt = 0; ; attempt++) {
      try {
        return client.chatPostMessage(
            r ->
                r.channel(channel)
                    .threadTs(thread)
                    .text(fallback(message))
                    .blocks(message.blocks().isEmpty() ? null : message.blocks()));
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
