package io.quotedesk.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenCipherTest {
  static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
  static final String OTHER_KEY = Base64.getEncoder().encodeToString(filled(32, (byte) 7));

  @Test
  void aSealedValueOpensForItsOwnRowOnlyAndNeverShowsThePlainText() throws Exception {
    TokenCipher cipher = TokenCipher.fromBase64(KEY);
    String sealed = cipher.seal("{\"botAccessToken\":\"xoxb-secret-9\"}", "BOT||T9|");

    assertThat(sealed).startsWith("v1:").doesNotContain("xoxb");
    assertThat(cipher.seal("same", "ctx")).isNotEqualTo(cipher.seal("same", "ctx"));
    assertThat(cipher.open(sealed, "BOT||T9|")).contains("xoxb-secret-9");
    assertThatThrownBy(() -> cipher.open(sealed, "BOT||T8|"))
        .isInstanceOf(TokenCipher.SealedValueException.class);
    assertThatThrownBy(() -> TokenCipher.fromBase64(OTHER_KEY).open(sealed, "BOT||T9|"))
        .isInstanceOf(TokenCipher.SealedValueException.class)
        .hasMessageNotContaining("xoxb");
    String altered = sealed.substring(0, sealed.length() - 4) + "AAAA";
    assertThatThrownBy(() -> cipher.open(altered, "BOT||T9|"))
        .isInstanceOf(TokenCipher.SealedValueException.class);
  }

  @Test
  void aMissingOrMalformedKeyIsOneSentenceThatNeverRepeatsTheValue() {
    String shortKey = Base64.getEncoder().encodeToString(filled(16, (byte) 1));
    for (String bad : new String[] {null, "", "not base64 at all!", shortKey}) {
      assertThatThrownBy(() -> TokenCipher.fromBase64(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(TokenCipher.KEY_FORMAT);
    }
    assertThat(TokenCipher.KEY_FORMAT).contains("openssl rand -base64 32");
  }

  private static byte[] filled(int length, byte value) {
    byte[] bytes = new byte[length];
    java.util.Arrays.fill(bytes, value);
    return bytes;
  }
}
