package io.quotedesk.ingest;

/** An address the guard refuses before any connection (counted apart from failed fetches). */
final class AddressRefusedException extends FetchException {
  private static final long serialVersionUID = 1L;

  AddressRefusedException(String userMessage) {
    super(userMessage);
  }

  AddressRefusedException(String userMessage, Throwable cause) {
    super(userMessage, cause);
  }
}
