package io.quotedesk.analysis;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** Someone the article names, under the fullest form of their name it gives. */
public record Person(
    String name,
    Optional<String> role,
    Optional<String> organisation,
    int mentionCount,
    boolean quoted) {
  public Person {
    requireNonNull(name, "name");
    requireNonNull(role, "role");
    requireNonNull(organisation, "organisation");
    if (mentionCount < 0) {
      throw new IllegalArgumentException("negative mention count");
    }
  }
}
