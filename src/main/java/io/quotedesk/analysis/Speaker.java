package io.quotedesk.analysis;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Who said a quote: the canonical name and, when written or resolved, their role. {@code
 * confidence} (0 to 1) is how likely the name is right, as the attribution model estimates it.
 */
public record Speaker(String name, Optional<String> role, double confidence) {
  public Speaker {
    requireNonNull(name, "name");
    requireNonNull(role, "role");
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank speaker name");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be 0 to 1: " + confidence);
    }
  }

  /** A speaker taken as certain: a claim typed by a user, or a record stored before confidences. */
  public Speaker(String name, Optional<String> role) {
    this(name, role, 1.0);
  }

  public Speaker withConfidence(double confidence) {
    return new Speaker(name, role, confidence);
  }

  /**
   * The name with the role after it, as a reader sees it: "Jens Stoltenberg, NATO Secretary
   * General".
   */
  public String label() {
    return name + role.map(r -> ", " + r).orElse("");
  }
}
