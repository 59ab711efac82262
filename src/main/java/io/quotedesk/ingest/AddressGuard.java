package io.quotedesk.ingest;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;

/**
 * Keeps the bot from becoming a way into the newsroom's own network: only http(s), no user-info,
 * and no host that is or resolves to a loopback, private, link-local (cloud metadata included),
 * multicast, unspecified or otherwise reserved address, IPv4 or IPv6 (mapped and embedded forms
 * included). Checked on every hop, in DNS and again on the connected socket, so a rebinding
 * resolver cannot slip through. Listed host names may be reached whatever they resolve to; a listed
 * IP literal only as itself.
 */
public final class AddressGuard {
  private final Set<String> allowedNames = new HashSet<>();
  private final Set<InetAddress> allowedAddresses = new HashSet<>();

  /** The exception a refused address raises inside OkHttp; the fetcher turns it into a sentence. */
  static final class BlockedAddressException extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    BlockedAddressException(String host) {
      super("refused private or reserved address for " + host);
    }
  }

  public AddressGuard(List<String> allowPrivateHosts) {
    for (String entry : allowPrivateHosts) {
      String host = entry.strip().toLowerCase(Locale.ROOT);
      if (host.isEmpty()) {
        continue;
      }
      Optional<InetAddress> numeric = numeric(host);
      if (numeric.isPresent()) {
        allowedAddresses.add(numeric.get());
      } else if (isIpLiteral(host)) {
        allowedAddresses.add(literal(host));
      } else {
        allowedNames.add(host);
      }
    }
  }

  /**
   * Refuses a URL before any connection: scheme, user-info, and hosts that are IP addresses in any
   * spelling. Returns the URL to connect to: a numeric host rewritten as the dotted address it
   * means ("http://127.1/" becomes "http://127.0.0.1/"), so the connection goes exactly where the
   * check looked.
   */
  HttpUrl checkUrl(HttpUrl url) throws FetchException {
    if (!url.scheme().equals("http") && !url.scheme().equals("https")) {
      throw new FetchException("QuoteDesk only reads http and https addresses.");
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw new FetchException(
          "QuoteDesk doesn't open addresses that carry a user name or password.");
    }
    String host = url.host();
    Optional<InetAddress> numeric;
    try {
      numeric = numeric(host);
    } catch (IllegalArgumentException e) {
      throw new AddressRefusedException("That address's host is not a valid IP address.");
    }
    if (numeric.isPresent()) {
      refuseUnlessAllowed(numeric.get());
      return url.newBuilder().host(numeric.get().getHostAddress()).build();
    }
    if (isIpLiteral(host)) {
      refuseUnlessAllowed(literal(host));
    }
    return url;
  }

  private void refuseUnlessAllowed(InetAddress address) throws AddressRefusedException {
    if (!allowedAddresses.contains(address) && isBlocked(address)) {
      throw new AddressRefusedException(
          "QuoteDesk doesn't fetch addresses on private or internal networks.");
    }
  }

  /** A host spelled as IPv4 numbers ("127.1", "0x7f000001"), as the address it means. */
  private static Optional<InetAddress> numeric(String host) {
    try {
      return NumericHost.parse(host);
    } catch (NumericHost.InvalidNumericHost e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** A resolver that refuses names resolving to blocked addresses. */
  Dns dns(Dns delegate) {
    return hostname -> {
      boolean numeric;
      try {
        numeric = numeric(hostname).isPresent();
      } catch (IllegalArgumentException e) {
        numeric = true;
      }
      if (numeric) {
        throw new BlockedAddressException(hostname); // checkUrl rewrites these; never resolve them
      }
      List<InetAddress> addresses = delegate.lookup(hostname);
      if (allowedNames.contains(hostname.toLowerCase(Locale.ROOT))) {
        return addresses;
      }
      for (InetAddress address : addresses) {
        if (isBlocked(address)) {
          throw new BlockedAddressException(hostname); // a listed IP counts only as itself
        }
      }
      return addresses;
    };
  }

  /** Checks the address actually connected to, whatever DNS said a moment before. */
  Interceptor connectedAddressCheck() {
    return chain -> {
      String host = chain.request().url().host().toLowerCase(Locale.ROOT);
      boolean listed =
          allowedNames.contains(host)
              || isIpLiteral(host) && allowedAddresses.contains(literal(host));
      if (chain.connection() != null && !listed) {
        InetAddress address = chain.connection().socket().getInetAddress();
        if (address != null && isBlocked(address)) {
          throw new BlockedAddressException(host);
        }
      }
      return chain.proceed(chain.request());
    };
  }

  /** True for every address a public news site never has. */
  public static boolean isBlocked(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return isBlockedIpv4(b);
    }
    if (address instanceof Inet6Address) {
      int first = b[0] & 0xff;
      if ((first & 0xfe) == 0xfc) {
        return true; // fc00::/7 unique local
      }
      if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
        return isBlockedIpv4(tail(b)); // ::ffff:a.b.c.d, mapped
      }
      if (allZero(b, 0, 12)) {
        return isBlockedIpv4(tail(b)); // ::a.b.c.d, compatible
      }
      if (first == 0x20 && (b[1] & 0xff) == 0x02) {
        return isBlockedIpv4(new byte[] {b[2], b[3], b[4], b[5]}); // 2002::/16, 6to4
      }
      if (first == 0x00
          && (b[1] & 0xff) == 0x64
          && (b[2] & 0xff) == 0xff
          && (b[3] & 0xff) == 0x9b) {
        return isBlockedIpv4(tail(b)); // 64:ff9b::/96, NAT64
      }
      return first == 0x01 && allZero(b, 1, 8) // 100::/64 discard
          || first == 0x20
              && (b[1] & 0xff) == 0x01
              && (b[2] & 0xff) == 0x0d
              && (b[3] & 0xff) == 0xb8; // documentation
    }
    return false;
  }

  private static boolean isBlockedIpv4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    return a0 == 0 // this network
        || a0 == 10
        || a0 == 127
        || a0 == 100 && a1 >= 64 && a1 <= 127 // carrier-grade NAT
        || a0 == 169 && a1 == 254 // link-local, cloud metadata
        || a0 == 172 && a1 >= 16 && a1 <= 31
        || a0 == 192 && a1 == 168
        || a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0 // IETF protocol assignments
        || a0 == 198 && (a1 == 18 || a1 == 19) // benchmarking
        || a0 >= 224; // multicast, reserved, broadcast
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static byte[] tail(byte[] b) {
    return new byte[] {b[12], b[13], b[14], b[15]};
  }

  static boolean isIpLiteral(String host) {
    String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    return h.contains(":") || h.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }

  private static InetAddress literal(String host) {
    String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    try {
      return InetAddress.getByName(h); // a literal: no lookup happens
    } catch (IOException e) {
      throw new IllegalArgumentException("not an IP literal: " + host, e);
    }
  }
}
