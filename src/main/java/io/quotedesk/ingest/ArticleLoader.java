package io.quotedesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okhttp3.Dns;

/** Turns a SOURCE as a user gives it (a file or an http(s) address) into an {@link Article}. */
public final class ArticleLoader {
  /** Larger files are not articles; reading them whole would only cost memory. */
  static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

  /** What a web-only loader (Slack, feeds) answers for anything but an http(s) address. */
  public static final String WEB_ONLY =
      "QuoteDesk reads only http and https links here; files on its server are not open to"
          + " Slack.";

  private final PlainTextReader plainText = new PlainTextReader();
  private final HtmlExtractor html = new HtmlExtractor();
  private final ArticleFetcher fetcher;
  private final boolean localFiles;

  /** A loader for the command line: web addresses, and local files by path. */
  public ArticleLoader(ArticleFetcher fetcher) {
    this(fetcher, true);
  }

  private ArticleLoader(ArticleFetcher fetcher, boolean localFiles) {
    this.fetcher = fetcher;
    this.localFiles = localFiles;
  }

  /**
   * A loader for what reaches QuoteDesk from outside (Slack, feeds): http(s) addresses only,
   * through the address guard; a path or any other scheme is refused, so no one in a channel can
   * have a file on the server read out.
   *
   * @param failures told the kind of every failed fetch (metrics)
   */
  public static ArticleLoader webOnly(
      List<String> allowPrivateHosts, java.util.function.Consumer<String> failures) {
    return new ArticleLoader(
        new ArticleFetcher(
            ArticleFetcher.defaultClient(),
            new AddressGuard(allowPrivateHosts),
            Dns.SYSTEM,
            failures),
        false);
  }

  /** The same loader over another fetcher, reading web addresses only (tests). */
  public static ArticleLoader webOnly(ArticleFetcher fetcher) {
    return new ArticleLoader(fetcher, false);
  }

  /** True for text that is an address but not an http(s) one ("file:///etc/passwd"). */
  public static boolean isNonWebAddress(String text) {
    String t = text.strip();
    if (t.startsWith("<") && t.endsWith(">")) {
      t = t.substring(1, t.length() - 1).split("\\|", 2)[0];
    }
    String lower = t.toLowerCase(Locale.ROOT);
    return UrlNormalizer.isAddress(t)
        && !lower.startsWith("http://")
        && !lower.startsWith("https://");
  }

  /**
   * Files, and web pages through the address guard with its default HTTP client; {@code
   * allowPrivateHosts} are the internal hosts a newsroom lets it fetch from.
   */
  public static ArticleLoader withPrivateHosts(List<String> allowPrivateHosts) {
    return new ArticleLoader(
        new ArticleFetcher(
            ArticleFetcher.defaultClient(), new AddressGuard(allowPrivateHosts), Dns.SYSTEM));
  }

  public Article load(String source) throws IngestException {
    if (source.isBlank()) {
      // Path.of("") is the working folder: "is a folder" would answer a question nobody asked.
      throw new IngestException("An empty SOURCE names no file and no web address.");
    }
    if (!localFiles && !isWebAddress(source)) {
      throw new IngestException(WEB_ONLY);
    }
    if (UrlNormalizer.isAddress(source)) {
      return fromWeb(source);
    }
    String lower = source.toLowerCase(Locale.ROOT);
    Path path;
    try {
      path = Path.of(source);
    } catch (InvalidPathException e) {
      throw new IngestException(source + " is neither a file name nor a web address.", e);
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      return html.extract(readText(path, source, true), null);
    }
    return plainText.read(readText(path, source, false));
  }

  private static boolean isWebAddress(String source) {
    String lower = source.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /** Fetches a web address: an article's page, or a feed listing articles. */
  public FetchedPage fetch(String address) throws IngestException {
    if (!localFiles && !isWebAddress(address)) {
      throw new IngestException(WEB_ONLY);
    }
    return fetcher.fetch(address);
  }

  /** The article in a fetched page. */
  public Article fromPage(FetchedPage page) throws IngestException {
    if (FeedReader.isFeed(page.body())) {
      throw new IngestException("That address is a news feed, not an article; ingest reads feeds.");
    }
    if (page.isPlainText()) {
      return plainText.read(page.body());
    }
    return html.extract(page.body(), page.url());
  }

  private Article fromWeb(String address) throws IngestException {
    return fromPage(fetcher.fetch(address));
  }

  /**
   * Reads a file as UTF-8, or as the charset an HTML file's {@code <meta>} names, with the checks
   * fetched pages get ({@link PageCharset}): a Latin-1 file, saved by an older editor, reads
   * "Renée" rather than "Ren\uFFFDe". A few malformed bytes become U+FFFD rather than failing the
   * article. Only regular files are opened: a device such as /dev/zero never ends and a FIFO may
   * never start, so both are refused before reading; binary content is refused by its bytes.
   */
  static String readText(Path path, String source, boolean html) throws IngestException {
    byte[] bytes = readBounded(path, source);
    Charset declared = html ? PageCharset.declared(null, bytes) : StandardCharsets.UTF_8;
    Optional<String> binary = BinaryContent.kind(bytes, declared.equals(StandardCharsets.UTF_8));
    if (binary.isPresent()) {
      throw new IngestException(source + " is " + binary.get() + ", not article text.");
    }
    String text = PageCharset.decode(bytes, PageCharset.toRead(declared, bytes));
    if (Whitespace.isBlank(text)) {
      throw new IngestException(source + " is empty: there is no article to read.");
    }
    return text;
  }

  /** The file's bytes, at most {@link #MAX_FILE_BYTES}, even when it grows while read. */
  private static byte[] readBounded(Path path, String source) throws IngestException {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        throw new IngestException(source + " is a folder, not an article file.");
      }
      if (!attributes.isRegularFile()) {
        throw new IngestException(
            source + " is a device or a pipe, not an article file; save the article to a file.");
      }
      if (attributes.size() > MAX_FILE_BYTES) {
        throw new IngestException(source + " is larger than 5 MB, too large to be an article.");
      }
      try (InputStream in = Files.newInputStream(path)) {
        byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
          throw new IngestException(source + " is larger than 5 MB, too large to be an article.");
        }
        return bytes;
      }
    } catch (NoSuchFileException e) {
      throw new IngestException("There is no file at " + source + ".", e);
    } catch (AccessDeniedException e) {
      throw new IngestException("QuoteDesk is not allowed to read " + source + ".", e);
    } catch (IngestException e) {
      throw e;
    } catch (IOException e) {
      throw new IngestException("Could not read " + source + ".", e);
    }
  }
}
