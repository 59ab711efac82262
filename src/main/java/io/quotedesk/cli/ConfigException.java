package io.quotedesk.cli;

/** A setting that is missing or malformed: the run stops with exit code 2 and this sentence. */
final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ConfigException(String userMessage) {
    super(userMessage);
  }
}
