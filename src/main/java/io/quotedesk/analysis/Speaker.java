package io.quotedesk.analysis;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** Who said a quote: the canonical name and, when written or resolved, their role. */
public record Speaker(String name, Optional<String> role) {
  public Speaker {
    requireNonNull(name, "name");
    requireNonNull(role, "role");
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank speaker name");
    }
  }
}
