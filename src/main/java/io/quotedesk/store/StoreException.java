package io.quotedesk.store;

import java.io.IOException;

/** The archive could not do what was asked; the message is one sentence for the user. */
public class StoreException extends IOException {
  private static final long serialVersionUID = 1L;

  public StoreException(String userMessage, Throwable cause) {
    super(userMessage, cause);
  }

  public StoreException(String userMessage) {
    super(userMessage);
  }
}
