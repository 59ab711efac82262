package io.quotedesk.ingest;

/** A web address that could not be fetched; the message is one sentence for the user. */
public class FetchException extends IngestException {
  private static final long serialVersionUID = 1L;

  public FetchException(String userMessage) {
    super(userMessage);
  }

  public FetchException(String userMessage, Throwable cause) {
    super(userMessage, cause);
  }
}
