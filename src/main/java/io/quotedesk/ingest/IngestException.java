package io.quotedesk.ingest;

import java.io.IOException;

/**
 * A source that could not be turned into an article. The message is one sentence a newsroom user
 * understands; the cause, when there is one, is for the log.
 */
public class IngestException extends IOException {
  private static final long serialVersionUID = 1L;

  public IngestException(String userMessage) {
    super(userMessage);
  }

  public IngestException(String userMessage, Throwable cause) {
    super(userMessage, cause);
  }
}
