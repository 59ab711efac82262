package io.quotedesk.slack.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signed {@code /quotedesk help} commands over loopback HTTP before the public port opens: they
 * load and compile everything a real command goes through (help is answered in the ack, so nothing
 * reaches a channel), and Bolt makes its one auth.test call here rather than on a user's command.
 */
final class Warmup {
  private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);
  static final java.time.Duration MAX_TIME = java.time.Duration.ofSeconds(3);
  private final int port;
  private final SlackSignature signature;

  Warmup(int port, SlackSignature signature) {
    this.port = port;
    this.signature = signature;
  }

  /** At most {@code requests}, and no longer than {@link #MAX_TIME} on a slow or busy machine. */
  void run(int requests) throws IOException {
    int refused = 0;
    long started = System.nanoTime();
    long deadline = started + MAX_TIME.toNanos();
    int sent = 0;
    for (; sent < requests && System.nanoTime() < deadline; sent++) {
      int status = send(sent);
      if (status != 200) {
        refused++;
      }
    }
    LOG.info(
        "warmed up with {} signed commands in {} ms",
        sent,
        (System.nanoTime() - started) / 1_000_000);
    if (refused > 0) {
      LOG.warn(
          "warm-up: {} of {} commands were not acked (is the bot token right?)", refused, requests);
    }
  }

  private int send(int i) throws IOException {
    byte[] body =
        ("token=warmup&team_id=T0&channel_id=C0&user_id=UWARMUP"
                + i
                + "&command=%2Fquotedesk&text=help&response_url=http%3A%2F%2F127.0.0.1%3A1%2F"
                + "&trigger_id=warmup")
            .getBytes(StandardCharsets.UTF_8);
    long now = Instant.now().getEpochSecond();
    String head =
        "POST "
            + SlackEventsHandler.PATH
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\n"
            + "X-Slack-Request-Timestamp: "
            + now
            + "\r\nX-Slack-Signature: "
            + signature.sign(now, body)
            + "\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      in.readAllBytes();
      return statusLine.length() == 12 ? Integer.parseInt(statusLine.substring(9, 12)) : -1;
    }
  }
}
