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

  /**
   * The name with the role after it, as a reader sees it: "Jens Stoltenberg, NATO Secretary
   * General".
   */
  public String label() {
    return name + role.map(r -> ", " + r).orElse("");
  }
}
