package io.quotedesk.ingest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import javax.net.SocketFactory;
import okhttp3.Dns;
import okhttp3.OkHttpClient;

/**
 * Test plumbing that makes it impossible for a test to connect beyond loopback: sockets refuse any
 * other address, whatever DNS or a redirect says.
 */
final class LoopbackOnlySockets extends SocketFactory {
  private LoopbackOnlySockets() {}

  /** A client with short deadlines whose sockets only ever reach loopback. */
  static OkHttpClient client(Duration callTimeout) {
    return new OkHttpClient.Builder()
        .socketFactory(new LoopbackOnlySockets())
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(2))
        .callTimeout(callTimeout)
        .build();
  }

  /** A resolver that answers from a function of the call number, never from the network. */
  static Dns stubDns(IntFunction<String> answer) {
    AtomicInteger calls = new AtomicInteger();
    return hostname -> {
      try {
        return List.of(InetAddress.getByName(answer.apply(calls.getAndIncrement())));
      } catch (UnknownHostException e) {
        throw e;
      }
    };
  }

  @Override
  public Socket createSocket() {
    return new Socket() {
      @Override
      public void connect(SocketAddress endpoint, int timeout) throws IOException {
        InetSocketAddress address = (InetSocketAddress) endpoint;
        if (address.getAddress() == null || !address.getAddress().isLoopbackAddress()) {
          throw new IOException("test sockets only reach loopback, not " + endpoint);
        }
        super.connect(endpoint, timeout);
      }
    };
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return refuse();
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return refuse();
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return refuse();
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return refuse();
  }

  private static Socket refuse() throws IOException {
    throw new IOException("tests create unconnected sockets only");
  }
}
