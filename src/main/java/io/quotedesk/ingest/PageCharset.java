package io.quotedesk.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;

/**
 * The charset a fetched page is read in. Servers often label it wrongly, and a wrong charset puts
 * mangled names before readers as fact ("JosÃ" or "Jos" for José), so the bytes have the last word
 * where they cannot be mistaken, as browsers let a byte order mark win:
 *
 * <ul>
 *   <li>a UTF-8 byte order mark means UTF-8, whatever the header says;
 *   <li>a page labelled Latin-1, ASCII or another single- or double-byte charset (GB2312,
 *       Shift_JIS) whose bytes are all well-formed UTF-8, with at least one multi-byte sequence
 *       ("é" as C3 A9), is UTF-8: Latin-1 prose never spells "Ã©", nor does a page of Chinese
 *       characters in GB2312 form a valid UTF-8 sequence throughout (pages saved or converted to
 *       UTF-8 often keep their old label);
 *   <li>a page labelled UTF-8, or not labelled, with malformed bytes and not one well-formed
 *       multi-byte sequence is Windows-1252 ("é" as E9), the web's usual default;
 *   <li>Latin-1 and ASCII labels are read as Windows-1252, as the WHATWG Encoding Standard says, so
 *       a label's curly quotes (93, 94) are quotation marks rather than control characters.
 * </ul>
 */
final class PageCharset {
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private PageCharset() {}

  /** The charset the header names, else a {@code <meta>} in the first bytes, else UTF-8. */
  static Charset declared(MediaType type, byte[] bytes) {
    Charset declared = type == null ? null : type.charset(null);
    if (declared != null) {
      return declared;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher meta = META_CHARSET.matcher(head);
    if (meta.find()) {
      try {
        Charset named = Charset.forName(meta.group(1));
        // A page that can hold its <meta> in ASCII bytes is no UTF-16 page, as the WHATWG
        // Encoding Standard says: read the label as UTF-8.
        return isWide(named) ? StandardCharsets.UTF_8 : named;
      } catch (IllegalArgumentException e) {
        // an unknown charset name: read as UTF-8
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** The charset to read {@code bytes} in, given the one the page declares (see the class). */
  static Charset toRead(Charset declared, byte[] bytes) {
    if (startsWithUtf8Mark(bytes)) {
      return StandardCharsets.UTF_8;
    }
    if (!declared.equals(StandardCharsets.UTF_8)
        && !isWide(declared)
        && hasMultiByteSequence(bytes)
        && wellFormedUtf8(bytes)) {
      return StandardCharsets.UTF_8;
    }
    boolean latin =
        declared.equals(StandardCharsets.ISO_8859_1)
            || declared.equals(StandardCharsets.US_ASCII)
            || declared.equals(WINDOWS_1252);
    if (latin) {
      return WINDOWS_1252;
    }
    if (declared.equals(StandardCharsets.UTF_8)
        && !wellFormedUtf8(bytes)
        && !hasWellFormedMultiByteSequence(bytes)) {
      return WINDOWS_1252;
    }
    return declared;
  }

  /** The text of {@code bytes} in {@code charset}, without a UTF-8 byte order mark. */
  static String decode(byte[] bytes, Charset charset) {
    int skip = charset.equals(StandardCharsets.UTF_8) && startsWithUtf8Mark(bytes) ? 3 : 0;
    return new String(bytes, skip, bytes.length - skip, charset);
  }

  private static boolean isWide(Charset charset) {
    return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
  }

  private static boolean startsWithUtf8Mark(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  private static boolean hasMultiByteSequence(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean wellFormedUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** A lead byte (C2 to F4) followed by the continuation bytes (80 to BF) it announces. */
  private static boolean hasWellFormedMultiByteSequence(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      int lead = bytes[i] & 0xFF;
      int continuations =
          lead >= 0xF0 && lead <= 0xF4 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC2 ? 1 : 0;
      if (continuations == 0 || lead > 0xF4 || i + continuations >= bytes.length) {
        continue;
      }
      boolean whole = true;
      for (int k = 1; k <= continuations; k++) {
        whole &= (bytes[i + k] & 0xC0) == 0x80;
      }
      if (whole) {
        return true;
      }
    }
    return false;
  }
}
