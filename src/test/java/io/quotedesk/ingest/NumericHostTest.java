package io.quotedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumericHostTest {
  @ParameterizedTest
  @CsvSource({
    "127.1, 127.0.0.1",
    "2130706433, 127.0.0.1",
    "0x7f000001, 127.0.0.1",
    "0X7F000001, 127.0.0.1",
    "017700000001, 127.0.0.1",
    "0177.0.0.01, 127.0.0.1",
    "0x7f.1, 127.0.0.1",
    "127.0.1, 127.0.0.1",
    "0, 0.0.0.0",
    "10.0.0.5., 10.0.0.5",
    "169.254.43518, 169.254.169.254",
    "93.184.216.34, 93.184.216.34"
  })
  void readsEveryIpv4SpellingAsTheAddressItMeans(String host, String address) throws Exception {
    assertThat(NumericHost.parse(host)).contains(InetAddress.getByName(address));
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.com", "1.example", "localhost", "0x7g.1", "cms.internal"})
  void namesAreNotNumbers(String host) throws Exception {
    assertThat(NumericHost.parse(host)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.2.3.4.5", "256.1", "08", "1.16777216", "4294967296", "0x1ffffffff"})
  void numbersThatAreNoAddressAreRefused(String host) {
    assertThatThrownBy(() -> NumericHost.parse(host))
        .isInstanceOf(NumericHost.InvalidNumericHost.class);
  }
}
