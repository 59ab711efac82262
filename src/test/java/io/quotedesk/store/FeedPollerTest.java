package io.quotedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.ingest.ArticleLoader;
import java.nio.file.Path;
import java.util.List;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedPollerTest {
  @TempDir Path dir;

  @Test
  void aPollStoresEveryReadableItemAndSkipsTheRest() throws Exception {
    try (MockWebServer server = new MockWebServer();
        ArticleStore store = SqliteStore.open(dir)) {
      server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              if (request.getPath().equals("/atom")) {
                return new MockResponse()
                    .setHeader("Content-Type", "application/atom+xml")
                    .setBody(
                        "<feed xmlns='http://www.w3.org/2005/Atom'><entry><link href='"
                            + server.url("/a")
                            + "'/></entry><entry><title>no link</title></entry><entry><link rel='alternate' href='"
                            + server.url("/missing")
                            + "'/></entry></feed>");
              }
              if (request.getPath().equals("/a")) {
                return new MockResponse()
                    .setHeader("Content-Type", "text/plain")
                    .setBody("Mayor quits\n\n\"I am done,\" Mayor Ann Ruiz said on Monday.");
              }
              return new MockResponse().setResponseCode(404);
            }
          });
      server.start();
      ArticleLoader loader = ArticleLoader.withPrivateHosts(List.of("localhost", "127.0.0.1"));
      Archive archive = new Archive(store, loader);
      new FeedPoller(
              archive,
              loader,
              List.of(server.url("/atom").toString(), server.url("/missing-feed").toString()))
          .run();
      assertThat(store.recent(10))
          .extracting(StoredArticle::url)
          .containsExactly(server.url("/a").toString());
      assertThat(store.whoSaid(SearchQuery.of("I am done"))).hasSize(1);
    }
  }
}
