package io.quotedesk.ingest;

import static java.util.Objects.requireNonNull;

/** A page as the server sent it: where it finally came from, its media type and decoded body. */
public record FetchedPage(String url, String mediaType, String body) {
  public FetchedPage {
    requireNonNull(url, "url");
    requireNonNull(mediaType, "mediaType");
    requireNonNull(body, "body");
  }

  boolean isPlainText() {
    return mediaType.equals("text/plain");
  }
}
