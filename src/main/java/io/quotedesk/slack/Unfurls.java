package io.quotedesk.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatUnfurlRequest;
import com.slack.api.model.event.LinkSharedEvent;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the app shows without being asked: link unfurls on news domains, and the Home tab. */
final class Unfurls {
  private static final Logger LOG = LoggerFactory.getLogger(Unfurls.class);

  private final Answers answers;
  private final List<String> domains;

  Unfurls(Answers answers, List<String> domains) {
    this.answers = answers;
    this.domains = List.copyOf(domains);
  }

  /** Unfurls links on the newsroom's news domains: headline, two bullets, the top quote. */
  void unfurl(MethodsClient client, LinkSharedEvent event) {
    Map<String, ChatUnfurlRequest.UnfurlDetail> unfurls = new LinkedHashMap<>();
    for (LinkSharedEvent.Link link : event.getLinks()) {
      if (onDomains(link.getDomain(), domains)) {
        // Slack escapes "&" in the address; the unfurl is keyed by the address as Slack sent it.
        answers
            .brief(SlackText.plain(link.getUrl()))
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
      var response =
          client.chatUnfurl(
              r -> r.channel(event.getChannel()).ts(event.getMessageTs()).unfurls(unfurls));
      if (!response.isOk()) {
        LOG.warn("chat.unfurl failed: {}", response.getError());
      }
    } catch (IOException | SlackApiException e) {
      LOG.warn("chat.unfurl failed: {}", e.getClass().getSimpleName());
    }
  }

  static boolean onDomains(String domain, List<String> domains) {
    String d = domain.toLowerCase(Locale.ROOT);
    return domains.stream()
        .map(x -> x.toLowerCase(Locale.ROOT))
        .anyMatch(x -> d.equals(x) || d.endsWith("." + x));
  }

  /** The Home tab: how to use QuoteDesk and the articles read lately. */
  void publishHome(MethodsClient client, String user) {
    try {
      var response =
          client.viewsPublish(
              r ->
                  r.userId(user)
                      .view(
                          View.builder()
                              .type("home")
                              .blocks(Blocks.home(answers.recent(10)))
                              .build()));
      if (!response.isOk()) {
        LOG.warn("views.publish failed: {}", response.getError());
      }
    } catch (IOException | SlackApiException e) {
      LOG.warn("views.publish failed: {}", e.getClass().getSimpleName());
    }
  }
}
