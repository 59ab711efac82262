package io.quotedesk.slack;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals Slack installations (their tokens) before they reach the archive: AES-256-GCM under the key
 * in {@code QUOTEDESK_TOKEN_KEY}, a fresh 96-bit nonce each time, and the row's ids as associated
 * data, so a sealed value copied onto another workspace's row does not open. Stored as {@code v1:}
 * and the base64 of nonce then ciphertext.
 */
final class TokenCipher {
  static final String KEY_FORMAT =
      "QUOTEDESK_TOKEN_KEY must be the base64 of 32 random bytes (make one with: openssl rand"
          + " -base64 32).";
  private static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  private TokenCipher(byte[] key) {
    this.key = new SecretKeySpec(key, "AES");
  }

  /**
   * The cipher for a key given as base64 of 32 bytes.
   *
   * @throws IllegalArgumentException with {@link #KEY_FORMAT} (never the value) when it is not
   */
  static TokenCipher fromBase64(String encoded) {
    if (encoded == null || encoded.isBlank()) {
      throw new IllegalArgumentException(KEY_FORMAT);
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(encoded.strip());
    } catch (IllegalArgumentException notBase64) {
      throw new IllegalArgumentException(KEY_FORMAT);
    }
    if (key.length != 32) {
      throw new IllegalArgumentException(KEY_FORMAT);
    }
    return new TokenCipher(key);
  }

  /** Encrypts {@code plain}, bound to {@code context} (the row's ids). */
  String seal(String plain, String context) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return PREFIX
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
    }
  }

  /**
   * Decrypts what {@link #seal} gave for the same context.
   *
   * @throws SealedValueException when it was sealed under another key, for another row, or altered
   */
  String open(String sealed, String context) throws SealedValueException {
    if (sealed == null || !sealed.startsWith(PREFIX)) {
      throw new SealedValueException("a stored Slack installation is not in the sealed format");
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
      if (bytes.length <= NONCE_BYTES) {
        throw new SealedValueException("a stored Slack installation is truncated");
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      // The cause carries no secret, but its message adds nothing: the class name is enough.
      throw new SealedValueException(
          "a stored Slack installation does not open with QUOTEDESK_TOKEN_KEY (another key, or"
              + " altered: "
              + e.getClass().getSimpleName()
              + ")");
    }
  }

  /** A sealed value that does not open; the message never holds the value or the key. */
  static final class SealedValueException extends Exception {
    private static final long serialVersionUID = 1L;

    SealedValueException(String message) {
      super(message);
    }
  }
}
