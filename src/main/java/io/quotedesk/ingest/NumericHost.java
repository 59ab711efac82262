package io.quotedesk.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A host written as an IPv4 address in any of the forms C's {@code inet_aton} and browsers accept:
 * one to four parts, each decimal, octal (a leading 0) or hexadecimal (0x), the last part filling
 * the bytes left. "127.1", "2130706433", "0x7f000001", "017700000001" and "0" are all addresses,
 * though Java and OkHttp read some of them as names and some differently.
 */
final class NumericHost {
  private static final Pattern PART = Pattern.compile("0[xX][0-9a-fA-F]*|[0-9]+");

  /** Thrown for a host that is written as numbers but is no valid address ("1.2.3.4.5", "08"). */
  static final class InvalidNumericHost extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidNumericHost(String host) {
      super("not a valid numeric address: " + host.length() + " characters");
    }
  }

  private NumericHost() {}

  /** The address a numeric host means; empty for a host name. */
  static Optional<InetAddress> parse(String host) throws InvalidNumericHost {
    String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    String[] parts = h.split("\\.", -1);
    for (String part : parts) {
      if (!PART.matcher(part).matches()) {
        return Optional.empty(); // a name, such as example.com or 1.example
      }
    }
    if (parts.length > 4) {
      throw new InvalidNumericHost(host);
    }
    long[] values = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = value(parts[i], host);
    }
    long address = 0;
    for (int i = 0; i < parts.length - 1; i++) {
      if (values[i] > 255) {
        throw new InvalidNumericHost(host);
      }
      address |= values[i] << (8 * (3 - i));
    }
    long last = values[parts.length - 1];
    if (last >= 1L << (8 * (5 - parts.length))) {
      throw new InvalidNumericHost(host);
    }
    address |= last;
    byte[] bytes = {
      (byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address
    };
    try {
      return Optional.of(InetAddress.getByAddress(bytes));
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an address", e);
    }
  }

  private static long value(String part, String host) throws InvalidNumericHost {
    try {
      if (part.startsWith("0x") || part.startsWith("0X")) {
        return part.length() == 2 ? 0 : parseCapped(part.substring(2), 16, host);
      }
      if (part.length() > 1 && part.startsWith("0")) {
        return parseCapped(part.substring(1), 8, host);
      }
      return parseCapped(part, 10, host);
    } catch (NumberFormatException e) {
      throw new InvalidNumericHost(host); // "08": not octal
    }
  }

  private static long parseCapped(String digits, int radix, String host) throws InvalidNumericHost {
    if (digits.length() > 12) {
      throw new InvalidNumericHost(host);
    }
    return Long.parseLong(digits, radix);
  }
}
