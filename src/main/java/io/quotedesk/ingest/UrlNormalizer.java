package io.quotedesk.ingest;

import java.util.Locale;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** One spelling per article for cache keys: no fragment, no tracking parameters. */
public final class UrlNormalizer {
  private static final Pattern ADDRESS = Pattern.compile("^[a-z][a-z0-9+.-]*://.*");

  private UrlNormalizer() {}

  /** True when a SOURCE is written as an address ("https://…", "ftp://…"), not a file path. */
  public static boolean isAddress(String source) {
    return ADDRESS.matcher(source.toLowerCase(Locale.ROOT)).matches();
  }

  /** The normalised form of {@code address}, or the address itself when it is no http(s) URL. */
  public static String normalize(String address) {
    HttpUrl url = HttpUrl.parse(address.strip());
    if (url == null) {
      return address.strip();
    }
    HttpUrl.Builder builder = url.newBuilder().fragment(null).query(null);
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      if (!isTracking(name)) {
        builder.addQueryParameter(name, url.queryParameterValue(i));
      }
    }
    return builder.build().toString();
  }

  /** True when {@code candidate} lies on the same site as {@code page} (www. aside). */
  public static boolean sameSite(String page, String candidate) {
    HttpUrl a = HttpUrl.parse(page);
    HttpUrl b = HttpUrl.parse(candidate);
    return a != null && b != null && site(a.host()).equals(site(b.host()));
  }

  private static String site(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  private static boolean isTracking(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.startsWith("utm_") || n.equals("fbclid") || n.equals("gclid");
  }
}
