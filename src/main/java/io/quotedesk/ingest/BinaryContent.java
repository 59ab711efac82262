package io.quotedesk.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells binary content from text by its bytes, whatever a server or a file name claims: known file
 * signatures ("%PDF-" is a PDF), NUL bytes, control characters and, for text said to be UTF-8, a
 * high share of byte sequences that are not UTF-8. Random bytes served without a Content-Type fail
 * all of these; a Latin-1 page's occasional accented letter fails none.
 */
final class BinaryContent {
  /** The first bytes looked at: enough for any signature and a fair sample of the rest. */
  private static final int SAMPLE_BYTES = 64 * 1024;

  /** Text has tabs and line ends; more than 1 in 100 other control characters is not text. */
  private static final double MAX_CONTROL_SHARE = 0.01;

  /** Bytes in malformed UTF-8 sequences: a mis-declared Latin-1 page stays far below this. */
  private static final double MAX_MALFORMED_SHARE = 0.15;

  private record Signature(byte[] magic, int offset, String kind) {}

  private static final Signature[] SIGNATURES = {
    signature("%PDF-", 0, "a PDF"),
    signature("\u0089PNG", 0, "an image"),
    signature("GIF8", 0, "an image"),
    signature("\u00FF\u00D8\u00FF", 0, "an image"),
    signature("RIFF", 0, "a media file"),
    signature("OggS", 0, "a media file"),
    signature("ID3", 0, "a media file"),
    signature("ftyp", 4, "a media file"),
    signature("PK\u0003\u0004", 0, "a ZIP archive or office document"),
    signature("\u001F\u008B", 0, "a compressed file"),
    signature("7z\u00BC\u00AF", 0, "a compressed file"),
    signature("\u007FELF", 0, "a program"),
    signature("SQLite format 3\u0000", 0, "a database file"),
    signature("\u00D0\u00CF\u0011\u00E0", 0, "an office document"),
  };

  private BinaryContent() {}

  /**
   * What the bytes are when they are not text ("a PDF", "a binary file"); empty for text.
   *
   * @param utf8 whether the bytes are to be read as UTF-8 (no other charset was declared)
   */
  static Optional<String> kind(byte[] bytes, boolean utf8) {
    for (Signature signature : SIGNATURES) {
      if (startsWith(bytes, signature)) {
        return Optional.of(signature.kind());
      }
    }
    int length = Math.min(bytes.length, SAMPLE_BYTES);
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return Optional.of("a binary file");
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
        controls++;
      }
    }
    if (controls > length * MAX_CONTROL_SHARE
        || (utf8 && malformedUtf8(bytes, length) > length * MAX_MALFORMED_SHARE)) {
      return Optional.of("a binary file");
    }
    return Optional.empty();
  }

  /** How many of the first {@code length} bytes are in sequences that are not UTF-8. */
  private static int malformedUtf8(byte[] bytes, int length) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(1024);
    int malformed = 0;
    while (in.hasRemaining()) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        malformed += result.length();
        in.position(in.position() + result.length());
      } else if (result.isUnderflow()) {
        break; // a sequence cut by the sample's end is not evidence either way
      }
      out.clear();
    }
    return malformed;
  }

  private static boolean startsWith(byte[] bytes, Signature signature) {
    byte[] magic = signature.magic();
    if (bytes.length < signature.offset() + magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (bytes[signature.offset() + i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static Signature signature(String magic, int offset, String kind) {
    return new Signature(magic.getBytes(StandardCharsets.ISO_8859_1), offset, kind);
  }
}
