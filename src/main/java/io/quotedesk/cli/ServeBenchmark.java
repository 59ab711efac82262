package io.quotedesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code bench slack}, the part a user meets: {@code serve --http} as its own process against a
 * local Slack stand-in, over real HTTP. Time from launch to {@code /ready}, the first command's ack
 * after ready (over several launches, with and without class-data sharing), warm acks and answers,
 * the same under 16 slow connections and under 50 concurrent commands, and memory at rest.
 */
final class ServeBenchmark {
  private static final String SECRET = "bench-secret";
  // One user per command: the per-user rate limit is not what is measured.
  private static final AtomicInteger USERS = new AtomicInteger();

  private final PrintWriter out;
  private final String apiUrl;
  private final String storyUrl;
  private final AtomicInteger answered;

  /**
   * @param answered counts the threaded answers the stand-in receives
   */
  ServeBenchmark(PrintWriter out, String apiUrl, String storyUrl, AtomicInteger answered) {
    this.out = out;
    this.apiUrl = apiUrl;
    this.storyUrl = storyUrl;
    this.answered = answered;
  }

  /** A running {@code serve --http}. */
  private record Served(
      Process process, int port, long launchedNanos, long readyNanos, long cpuNanosAtReady) {}

  void run(int launches) throws Exception {
    Path dir = Files.createTempDirectory("quotedesk-bench-serve");
    Path cds = dir.resolve("quotedesk.jsa");
    // A training run writes the class-data archive that the launches with CDS map.
    stop(launch(dir, List.of("-XX:ArchiveClassesAtExit=" + cds)));
    // Launches alternate with and without sharing, so a busy machine weighs on both alike.
    long[][] ready = new long[2][launches];
    long[][] cpu = new long[2][launches];
    long[][] firstAck = new long[2][launches];
    for (int i = 0; i < launches; i++) {
      for (int sharing = 0; sharing < 2; sharing++) {
        Served served =
            launch(dir, sharing == 1 ? List.of("-XX:SharedArchiveFile=" + cds) : List.of());
        ready[sharing][i] = served.readyNanos() - served.launchedNanos();
        cpu[sharing][i] = served.cpuNanosAtReady();
        firstAck[sharing][i] = ack(served.port());
        stop(served);
      }
    }
    for (int sharing = 0; sharing < 2; sharing++) {
      String label = sharing == 1 ? "with CDS" : "without CDS";
      out.println(
          "serve, " + label + ", " + launches + " launches: time to ready " + ms(ready[sharing]));
      out.println("  CPU time to ready (user+system, all threads): " + ms(cpu[sharing]));
      out.println("  first command after ready, ack: " + ms(firstAck[sharing]));
    }
    out.flush();
    Served served = launch(dir, List.of());
    try {
      warm(served.port());
      slow(served.port());
      concurrent(served.port());
      atRest(served);
    } finally {
      stop(served);
    }
  }

  private void warm(int port) throws Exception {
    oneAtATime(port, 200, "warm, 200 commands one at a time");
  }

  /** {@code n} commands, each sent once the one before is answered: ack and answer times. */
  private void oneAtATime(int port, int n, String label) throws Exception {
    long[] acks = new long[n];
    long[] answers = new long[n];
    for (int i = 0; i < n; i++) {
      int before = answered.get();
      long t0 = System.nanoTime();
      acks[i] = ack(port);
      awaitAnswers(before + 1);
      answers[i] = System.nanoTime() - t0;
    }
    out.println(label + ": ack " + ms(acks));
    out.println("  request to threaded answer " + ms(answers));
  }

  private void slow(int port) throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket
            .getOutputStream()
            .write(
                ("POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\nslow")
                    .getBytes(StandardCharsets.US_ASCII));
        slow.add(socket);
      }
      oneAtATime(port, 100, "16 slow connections held open, 100 commands");
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
    }
  }

  private void concurrent(int port) throws Exception {
    int n = 50;
    ExecutorService senders = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Long>> acks = new ArrayList<>();
      int before = answered.get();
      for (int i = 0; i < n; i++) {
        acks.add(
            senders.submit(
                () -> {
                  go.await();
                  return ack(port);
                }));
      }
      long t0 = System.nanoTime();
      go.countDown();
      long[] times = new long[n];
      for (int i = 0; i < n; i++) {
        times[i] = acks.get(i).get(60, TimeUnit.SECONDS);
      }
      awaitAnswers(before + n);
      long all = System.nanoTime() - t0;
      out.printf(
          Locale.ROOT,
          "50 concurrent commands: ack %s; all 50 answered in %.0f ms%n",
          ms(times),
          all / 1e6);
    } finally {
      senders.shutdownNow();
    }
  }

  private void atRest(Served served) throws Exception {
    Thread.sleep(3_000);
    String metrics = get(served.port(), "/metrics");
    double heap = 0;
    Matcher m =
        Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\"[^}]*\\} (\\S+)$")
            .matcher(metrics);
    while (m.find()) {
      heap += Double.parseDouble(m.group(1));
    }
    String status = Files.readString(Path.of("/proc/" + served.process().pid() + "/status"));
    Matcher rss = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(status);
    out.printf(
        Locale.ROOT,
        "memory at rest: resident %s MB, heap used %.0f MB%n",
        rss.find() ? String.valueOf(Long.parseLong(rss.group(1)) / 1024) : "?",
        heap / (1 << 20));
  }

  /**
   * The process's CPU time so far (Linux /proc; 0 elsewhere): a busy machine stretches wall time.
   */
  private static long cpuNanos(Process process) {
    try {
      String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
      return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private void awaitAnswers(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (answered.get() < count) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("answers went missing");
      }
      Thread.sleep(1);
    }
  }

  private Served launch(Path dir, List<String> jvmFlags) throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:+UseSerialGC");
    command.addAll(jvmFlags);
    command.add("-Dquotedesk.home=" + System.getProperty("quotedesk.home", "."));
    Path code =
        Path.of(ServeBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (code.toString().endsWith(".jar")) {
      command.addAll(List.of("-jar", code.toString()));
    } else {
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    }
    command.addAll(List.of("serve", "--http", "--port", String.valueOf(port)));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("SLACK_BOT_TOKEN", "xoxb-bench");
    builder.environment().put("SLACK_SIGNING_SECRET", SECRET);
    builder.environment().put("SLACK_API_URL", apiUrl);
    builder.environment().put("QUOTEDESK_DATA_DIR", dir.resolve("data").toString());
    builder.environment().put("QUOTEDESK_FETCH_ALLOW_PRIVATE_HOSTS", "127.0.0.1");
    builder.redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile());
    long launched = System.nanoTime();
    Process process = builder.start();
    long deadline = launched + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        if (get(port, "/ready").startsWith("ready")) {
          return new Served(process, port, launched, System.nanoTime(), cpuNanos(process));
        }
      } catch (ConnectException notYet) {
        // the port opens after the warm-up
      }
      Thread.sleep(5);
    }
    process.destroyForcibly();
    throw new IllegalStateException("serve did not become ready; see " + dir.resolve("serve.log"));
  }

  private static void stop(Served served) throws InterruptedException {
    served.process().toHandle().destroy(); // SIGTERM, as a container stop sends
    if (!served.process().waitFor(60, TimeUnit.SECONDS)) {
      served.process().destroyForcibly();
    }
  }

  /** One signed /summary command; the nanoseconds until its ack is read whole. */
  private long ack(int port) throws Exception {
    byte[] body =
        ("token=t&team_id=T1&channel_id=C1&user_id=U"
                + USERS.incrementAndGet()
                + "&command=%2Fsummary&text="
                + URLEncoder.encode(storyUrl, StandardCharsets.UTF_8)
                + "&response_url=http%3A%2F%2F127.0.0.1%3A1%2Fr&trigger_id=x&n="
                + System.nanoTime())
            .getBytes(StandardCharsets.UTF_8);
    long ts = Instant.now().getEpochSecond();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    mac.update(("v0:" + ts + ":").getBytes(StandardCharsets.UTF_8));
    String signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
    String head =
        "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\nX-Slack-Request-Timestamp: "
            + ts
            + "\r\nX-Slack-Signature: "
            + signature
            + "\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    long t0 = System.nanoTime();
    String answer = exchange(port, head.getBytes(StandardCharsets.US_ASCII), body);
    long elapsed = System.nanoTime() - t0;
    if (!answer.startsWith("HTTP/1.1 200")) {
      throw new IllegalStateException(
          "a command was not acked: " + answer.lines().findFirst().orElse(""));
    }
    return elapsed;
  }

  private static String get(int port, String path) throws IOException {
    String answer =
        exchange(
            port,
            ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII),
            new byte[0]);
    int split = answer.indexOf("\r\n\r\n");
    return split < 0 ? "" : answer.substring(split + 4);
  }

  private static String exchange(int port, byte[] head, byte[] body) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(30_000);
      OutputStream os = socket.getOutputStream();
      os.write(head);
      os.write(body);
      os.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String ms(long[] nanos) {
    return BenchCommand.percentiles(nanos.clone());
  }
}
