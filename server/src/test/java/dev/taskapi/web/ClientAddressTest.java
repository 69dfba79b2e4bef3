package dev.taskapi.web;

import java.util.List;

import dev.taskapi.config.InvalidSettingException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who the client is, and who may say so. */
class ClientAddressTest {

    private final ClientAddress behindProxies = new ClientAddress(
            new ClientAddressProperties(List.of("10.0.0.0/8", " 192.0.2.7 ", "fd00::/8", "")));
    private final ClientAddress direct = new ClientAddress(new ClientAddressProperties(List.of()));

    @Test
    void withoutTrustedProxiesTheHeaderIsNeverRead() {
        assertThat(direct.of(request("10.1.2.3", "198.51.100.1"))).isEqualTo("10.1.2.3");
        assertThat(direct.of(request("198.51.100.9", "10.1.2.3"))).isEqualTo("198.51.100.9");
    }

    @Test
    void anUntrustedPeerCannotNameAnotherClient() {
        assertThat(behindProxies.of(request("198.51.100.9", "198.51.100.1"))).isEqualTo("198.51.100.9");
        assertThat(behindProxies.of(request("192.0.2.8", "198.51.100.1"))).isEqualTo("192.0.2.8");
    }

    @Test
    void aTrustedProxyNamesTheClientReadFromTheRightSkippingTrustedHops() {
        assertThat(behindProxies.of(request("10.0.0.5", "198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(behindProxies.of(request("192.0.2.7", "203.0.113.66, 198.51.100.1, 10.9.9.9")))
                .isEqualTo("198.51.100.1");
        // Several headers are one list, in order.
        MockHttpServletRequest split = request("10.0.0.5", "203.0.113.66");
        split.addHeader("X-Forwarded-For", "198.51.100.1");
        assertThat(behindProxies.of(split)).isEqualTo("198.51.100.1");
        // Only trusted hops: the leftmost is as far as anyone can tell.
        assertThat(behindProxies.of(request("10.0.0.5", "10.0.0.1, 10.0.0.2"))).isEqualTo("10.0.0.1");
        // No header: the proxy itself.
        assertThat(behindProxies.of(request("10.0.0.5", null))).isEqualTo("10.0.0.5");
    }

    @Test
    void ipv6AndOddFormsAreCanonical() {
        assertThat(behindProxies.of(request("fd00::1", "2001:DB8::1"))).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(behindProxies.of(request("fd12:3456::1", "[2001:db8::1]:443"))).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(behindProxies.of(request("10.0.0.5", "198.51.100.1:8080"))).isEqualTo("198.51.100.1");
        assertThat(behindProxies.of(request("10.0.0.5", "::ffff:198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(direct.of(request("0:0:0:0:0:0:0:1", null))).isEqualTo("0:0:0:0:0:0:0:1");
    }

    @Test
    void somethingThatIsNotAnAddressStopsAtTheLastTrustedHopAndIsNeverLookedUp() {
        assertThat(behindProxies.of(request("10.0.0.5", "localhost"))).isEqualTo("10.0.0.5");
        assertThat(behindProxies.of(request("10.0.0.5", "198.51.100.1, example.com, 10.0.0.6"))).isEqualTo("10.0.0.6");
        assertThat(behindProxies.of(request("10.0.0.5", "256.1.1.1"))).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.parse("example.com")).isNull();
        assertThat(ClientAddress.parse("abc:def")).isNull();
        assertThat(ClientAddress.parse("1.2.3")).isNull();
    }

    @Test
    void rangesMatchByPrefix() {
        ClientAddress.Range range = ClientAddress.Range.parse("172.16.0.0/12");
        assertThat(range.contains(ClientAddress.parse("172.31.255.255"))).isTrue();
        assertThat(range.contains(ClientAddress.parse("172.32.0.0"))).isFalse();
        assertThat(range.contains(ClientAddress.parse("2001:db8::1"))).isFalse();
        assertThat(ClientAddress.Range.parse("0.0.0.0/0").contains(ClientAddress.parse("8.8.8.8"))).isTrue();
        assertThat(ClientAddress.Range.parse("10.0.0.0/33")).isNull();
        assertThat(ClientAddress.Range.parse("10.0.0.0/x")).isNull();
    }

    @Test
    void aMalformedSettingNamesTheVariable() {
        assertThatThrownBy(() -> new ClientAddressProperties(List.of("10.0.0.0/8", "proxy.internal")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("TRUSTED_PROXIES must be")
                .hasMessageNotContaining("proxy.internal");
    }

    private static MockHttpServletRequest request(String peer, @Nullable String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/tasks");
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
