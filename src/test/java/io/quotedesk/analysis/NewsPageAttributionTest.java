package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.ingest.ArticleLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * The sample article served as a news page (JSON-LD, a captioned photo whose caption gives
 * Stoltenberg's title, a share bar, the story in paragraphs, related links), fetched over HTTP from
 * a local server: without the caption, "the Secretary-General" and "he added" must still be his.
 */
class NewsPageAttributionTest {
  /** Who really said each quote, by its opening words, as a reader of the story checks it. */
  private static final Map<String, String> SAID_BY = new LinkedHashMap<>();

  static {
    SAID_BY.put("We should not undermine NATO's deterrence", "Jens Stoltenberg");
    SAID_BY.put("We should not undermine the credibility", "Jens Stoltenberg");
    SAID_BY.put("Deterrence is in the mind", "Jens Stoltenberg");
    SAID_BY.put("And the reason to do so", "Jens Stoltenberg");
    SAID_BY.put("the national interest of the United States", "Jens Stoltenberg");
    SAID_BY.put("has never fought a war alone", "Jens Stoltenberg");
    SAID_BY.put("encourage", "Donald Trump");
    SAID_BY.put("big country", "Donald Trump");
    SAID_BY.put("If we don't pay", "the leader");
    SAID_BY.put("No I would not protect you", "Donald Trump");
    SAID_BY.put("dumb", "Joe Biden");
    SAID_BY.put("shameful", "Joe Biden");
    SAID_BY.put("dangerous", "Joe Biden");
    SAID_BY.put("un-American", "Joe Biden");
    SAID_BY.put("Can you imagine", "Joe Biden");
    SAID_BY.put("The worst thing is", "Joe Biden");
    SAID_BY.put("irresponsible and dangerous", "Olaf Scholz");
    SAID_BY.put("reckless statements", "Charles Michel");
    SAID_BY.put("serve only Putin's interests", "Charles Michel");
    SAID_BY.put("The whole idea of NATO", "Jens Stoltenberg");
    SAID_BY.put("Any suggestion that we're not", "Jens Stoltenberg");
    SAID_BY.put("It's important that both", "Jens Stoltenberg");
    SAID_BY.put("The criticism (in the US)", "Jens Stoltenberg");
    SAID_BY.put("This message has had an impact", "Jens Stoltenberg");
  }

  @Test
  void noQuoteGoesToAWrongPersonAndNearlyAllToTheRightOne() throws IOException {
    String page = Files.readString(Path.of("src/test/resources/pages/nato-stoltenberg.html"));
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse().setHeader("Content-Type", "text/html; charset=utf-8").setBody(page));
      server.start();
      ArticleLoader loader = ArticleLoader.withPrivateHosts(List.of("127.0.0.1", "localhost"));
      Analysis analysis =
          new Analyzer().analyze(loader.load(server.url("/my-europe/nato-stoltenberg").toString()));

      assertThat(analysis.article().metadata().byline()).contains("Jorge Liboreiro");
      List<Quote> body = analysis.quotes().stream().filter(q -> !q.headline()).toList();
      assertThat(body).hasSize(23);
      int right = 0;
      for (Quote quote : body) {
        String truth =
            SAID_BY.entrySet().stream()
                .filter(e -> quote.text().startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("unexpected quote: " + quote.text()));
        if (quote.speaker().isPresent()) {
          assertThat(quote.speaker().get().name()).as(quote.text()).isEqualTo(truth);
          right++;
        }
      }
      assertThat(right).isGreaterThanOrEqualTo(21);
    }
  }
}
