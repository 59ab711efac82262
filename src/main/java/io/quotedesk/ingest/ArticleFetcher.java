package io.quotedesk.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Fetches news pages, the only class that opens sockets: deadlines for connecting, reading and the
 * whole fetch, a 5 MB cap, at most 5 redirects (each hop guarded), HTML and plain text only, one
 * retry on 429/503 when the server asks for at most 5 seconds.
 */
public final class ArticleFetcher {
  static final long MAX_BODY_BYTES = 5L * 1024 * 1024;
  static final int MAX_REDIRECTS = 5;
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(5);
  static final String USER_AGENT =
      "QuoteDesk/0.1 (newsroom quote reader; +https://github.com/quotedesk)";

  private final OkHttpClient client;
  private final AddressGuard guard;
  private final Consumer<String> failures;

  /**
   * @param base the client to build on (timeouts, socket factory); redirects, DNS and the
   *     connected-address check are set here
   */
  public ArticleFetcher(OkHttpClient base, AddressGuard guard, Dns dns) {
    this(base, guard, dns, kind -> {});
  }

  /**
   * @param failures told the kind of every failed fetch ({@link #failureKind}), for metrics
   */
  public ArticleFetcher(OkHttpClient base, AddressGuard guard, Dns dns, Consumer<String> failures) {
    this.guard = guard;
    this.failures = failures;
    this.client =
        base.newBuilder()
            .followRedirects(false)
            .followSslRedirects(false)
            // A pooled connection the site has since closed (idle keep-alive, HTTP/1.0) fails on
            // first use; OkHttp then opens a new one, through the same DNS and socket checks.
            .retryOnConnectionFailure(true)
            .dns(guard.dns(dns))
            .addNetworkInterceptor(guard.connectedAddressCheck())
            .build();
  }

  /**
   * The client QuoteDesk uses in production: deadlines of 5 s to connect, 10 s between bytes, 20 s
   * in all.
   */
  public static OkHttpClient defaultClient() {
    return new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(10))
        .callTimeout(Duration.ofSeconds(20))
        .build();
  }

  public FetchedPage fetch(String address) throws FetchException {
    try {
      return fetchOnce(address);
    } catch (FetchException e) {
      failures.accept(failureKind(e));
      throw e;
    }
  }

  /**
   * A failure's kind in one word: refused (the address guard), timeout, dns, tls, network, or site
   * (the site answered, but no article: a status, a type, a size).
   */
  static String failureKind(FetchException e) {
    Throwable cause = e.getCause();
    if (e instanceof AddressRefusedException
        || cause instanceof AddressGuard.BlockedAddressException) {
      return "refused";
    }
    if (cause instanceof InterruptedIOException) {
      return "timeout";
    }
    if (cause instanceof java.net.UnknownHostException) {
      return "dns";
    }
    if (cause instanceof SSLException) {
      return "tls";
    }
    return cause == null ? "site" : "network";
  }

  private FetchedPage fetchOnce(String address) throws FetchException {
    if (address.strip().regionMatches(true, 0, "file:", 0, 5)) {
      throw new AddressRefusedException(
          "QuoteDesk reads only http and https addresses; give a local file by its path.");
    }
    HttpUrl url = HttpUrl.parse(address.strip());
    if (url == null) {
      throw new AddressRefusedException(
          "That isn't a web address QuoteDesk can read: use http:// or https://.");
    }
    boolean retried = false;
    for (int redirects = 0; ; ) {
      url = guard.checkUrl(url);
      Request request =
          new Request.Builder()
              .url(url)
              .header("User-Agent", USER_AGENT)
              .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
              .build();
      try (Response response = client.newCall(request).execute()) {
        int code = response.code();
        if (response.isRedirect()) {
          String location = response.header("Location");
          HttpUrl next = location == null ? null : url.resolve(location);
          if (next == null) {
            throw new FetchException("The site sent QuoteDesk to an address that doesn't work.");
          }
          if (++redirects > MAX_REDIRECTS) {
            throw new FetchException("The address redirected too many times (more than 5).");
          }
          url = next;
          continue;
        }
        if ((code == 429 || code == 503) && !retried) {
          Duration wait = retryAfter(response.header("Retry-After"));
          if (wait != null && wait.compareTo(MAX_RETRY_AFTER) <= 0) {
            retried = true;
            sleep(wait);
            continue;
          }
        }
        if (!response.isSuccessful()) {
          throw new FetchException(statusSentence(code));
        }
        return read(url, response);
      } catch (AddressGuard.BlockedAddressException e) {
        throw new AddressRefusedException(
            "QuoteDesk doesn't fetch addresses on private or internal networks.", e);
      } catch (FetchException e) {
        throw e;
      } catch (InterruptedIOException e) {
        throw new FetchException("The site took too long to answer; try again later.", e);
      } catch (java.net.UnknownHostException e) {
        throw new FetchException("QuoteDesk couldn't find the site " + url.host() + ".", e);
      } catch (SSLException e) {
        throw new FetchException("The site's secure connection couldn't be verified.", e);
      } catch (IOException e) {
        throw new FetchException("QuoteDesk couldn't reach the site.", e);
      }
    }
  }

  private static FetchedPage read(HttpUrl url, Response response) throws IOException {
    ResponseBody body = response.body();
    MediaType type = body == null ? null : body.contentType();
    String mediaType =
        type == null ? "" : (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    if (!mediaType.isEmpty()
        && !mediaType.equals("text/html")
        && !mediaType.equals("application/xhtml+xml")
        && !mediaType.equals("text/plain")
        && !mediaType.endsWith("xml")) { // feeds: application/rss+xml, application/atom+xml
      throw new FetchException(
          "That address serves " + describe(mediaType) + ", not a web page QuoteDesk can read.");
    }
    BufferedSource source = body.source();
    if (source.request(MAX_BODY_BYTES + 1)) {
      throw new FetchException("The page is larger than 5 MB, too large to be an article.");
    }
    byte[] bytes = source.getBuffer().readByteArray();
    if (bytes.length == 0) {
      throw new FetchException("The page at this address is empty.");
    }
    Charset declared = PageCharset.declared(type, bytes);
    // Servers mislabel files, or label nothing: the bytes decide whether this is text at all.
    Optional<String> binary = BinaryContent.kind(bytes, declared.equals(StandardCharsets.UTF_8));
    if (binary.isPresent()) {
      throw new FetchException(
          "That address serves " + binary.get() + ", not a web page QuoteDesk can read.");
    }
    String text = PageCharset.decode(bytes, PageCharset.toRead(declared, bytes));
    if (mediaType.isEmpty()) {
      mediaType = text.stripLeading().startsWith("<") ? "text/html" : "text/plain";
    }
    return new FetchedPage(url.toString(), mediaType, text);
  }

  private static String describe(String mediaType) {
    if (mediaType.equals("application/pdf")) {
      return "a PDF";
    }
    if (mediaType.startsWith("image/")) {
      return "an image";
    }
    if (mediaType.startsWith("video/") || mediaType.startsWith("audio/")) {
      return "media";
    }
    return "a file of type " + mediaType;
  }

  private static String statusSentence(int code) {
    if (code == 404 || code == 410) {
      return "There is no page at this address (HTTP " + code + ").";
    }
    if (code == 401 || code == 403) {
      return "The site refused QuoteDesk access to this page (HTTP " + code + ").";
    }
    if (code == 429) {
      return "The site is limiting requests (HTTP 429); try again later.";
    }
    if (code >= 500) {
      return "The site had an error (HTTP " + code + "); try again later.";
    }
    return "The site answered with HTTP " + code + " instead of a page.";
  }

  /** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
  static Duration retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime when =
            ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(ZonedDateTime.now(when.getZone()), when);
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (RuntimeException notADate) {
        return null;
      }
    }
  }

  private static void sleep(Duration wait) throws FetchException {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("The fetch was cancelled.", e);
    }
  }
}
