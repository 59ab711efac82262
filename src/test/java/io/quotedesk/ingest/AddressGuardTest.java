package io.quotedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {
  private final AddressGuard guard = new AddressGuard(List.of());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.8.9.10",
        "::1", // loopback
        "10.1.2.3",
        "172.16.0.1",
        "172.31.255.255",
        "192.168.1.1",
        "fc00::1",
        "fd12:3456::1",
        "169.254.169.254",
        "169.254.0.1",
        "fe80::1", // link-local and cloud metadata
        "224.0.0.1",
        "239.1.2.3",
        "ff02::1", // multicast
        "0.0.0.0",
        "::", // unspecified
        "100.64.0.1",
        "255.255.255.255",
        "198.18.0.1",
        "::ffff:127.0.0.1",
        "::ffff:169.254.169.254",
        "::ffff:10.0.0.1", // mapped
        "::127.0.0.1",
        "2002:a9fe:a9fe::1",
        "64:ff9b::a9fe:a9fe" // compatible, 6to4, NAT64
      })
  void blocksEveryPrivateAndReservedAddress(String address) throws Exception {
    assertThat(AddressGuard.isBlocked(InetAddress.getByName(address))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "172.32.0.1"})
  void letsPublicAddressesThrough(String address) throws Exception {
    assertThat(AddressGuard.isBlocked(InetAddress.getByName(address))).isFalse();
  }

  @Test
  void blocksIpv4MappedInIpv6FormEvenWhenJavaKeepsItIpv6() throws Exception {
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    mapped[12] = (byte) 169;
    mapped[13] = (byte) 254;
    mapped[14] = (byte) 169;
    mapped[15] = (byte) 254;
    assertThat(AddressGuard.isBlocked(Inet6Address.getByAddress(null, mapped, -1))).isTrue();
  }

  @Test
  void refusesOtherSchemesUserInfoAndPrivateLiterals() {
    assertThatThrownBy(() -> guard.checkUrl(HttpUrl.get("http://user:pw@example.com/")))
        .hasMessageContaining("user name or password");
    assertThatThrownBy(() -> guard.checkUrl(HttpUrl.get("http://169.254.169.254/latest/")))
        .hasMessageContaining("private or internal networks");
    assertThatThrownBy(() -> guard.checkUrl(HttpUrl.get("http://[::ffff:7f00:1]/")))
        .hasMessageContaining("private or internal networks");
  }

  @Test
  void aListedIpLiteralIsAllowedOnlyAsItself() throws Exception {
    AddressGuard allowing = new AddressGuard(List.of("10.0.0.5", "cms.internal"));
    allowing.checkUrl(HttpUrl.get("http://10.0.0.5/story"));
    assertThatThrownBy(() -> allowing.checkUrl(HttpUrl.get("http://10.0.0.6/story")))
        .isInstanceOf(FetchException.class);
    // a name that resolves to the listed IP is still refused
    assertThatThrownBy(
            () -> allowing.dns(LoopbackOnlySockets.stubDns(n -> "10.0.0.5")).lookup("other.test"))
        .isInstanceOf(AddressGuard.BlockedAddressException.class);
    // a listed name is allowed whatever it resolves to
    assertThat(allowing.dns(LoopbackOnlySockets.stubDns(n -> "10.9.9.9")).lookup("cms.internal"))
        .hasSize(1);
  }
}
