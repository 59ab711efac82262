package io.quotedesk.slack.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection whose first request has not been dispatched (its headers all read) within the
 * deadline after it opened. Jetty reads headers without a thread, so a slow client costs no worker;
 * this bounds how long it can hold a connection by dribbling bytes under the idle timeout.
 */
final class HeaderDeadline implements Connection.Listener {
  /** Written as is: no request was parsed, so Jetty has no response to make. */
  private static final ByteBuffer TIMED_OUT =
      ByteBuffer.wrap(
          ("HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));

  private final Scheduler scheduler;
  private final Duration deadline;
  private final Set<Connection> served = ConcurrentHashMap.newKeySet();

  HeaderDeadline(Scheduler scheduler, Duration deadline) {
    this.scheduler = scheduler;
    this.deadline = deadline;
  }

  /** The connection's first request arrived whole (its handler runs). */
  void served(Connection connection) {
    served.add(connection);
  }

  @Override
  public void onOpened(Connection connection) {
    scheduler.schedule(
        () -> {
          if (!served.contains(connection) && connection.getEndPoint().isOpen()) {
            EndPoint endPoint = connection.getEndPoint();
            endPoint.write(Callback.from(endPoint::close), TIMED_OUT.asReadOnlyBuffer());
          }
        },
        deadline.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  @Override
  public void onClosed(Connection connection) {
    served.remove(connection);
  }
}
