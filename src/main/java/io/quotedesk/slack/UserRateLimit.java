package io.quotedesk.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** At most {@code perMinute} fetch-heavy requests per user in any sliding minute. */
final class UserRateLimit {
  private final int perMinute;
  private final Clock clock;
  private final Map<String, Deque<Instant>> recent = new HashMap<>();

  UserRateLimit(int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  synchronized boolean allow(String user) {
    Instant now = clock.instant();
    Deque<Instant> times = recent.computeIfAbsent(user, u -> new ArrayDeque<>());
    while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(Duration.ofMinutes(1)))) {
      times.pollFirst();
    }
    if (times.size() >= perMinute) {
      return false;
    }
    times.addLast(now);
    return true;
  }
}
