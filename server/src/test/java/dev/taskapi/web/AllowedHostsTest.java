package dev.taskapi.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AllowedHostsTest {

    @Test
    void namesWildcardsPortsAndAddresses() {
        AllowedHosts hosts = new AllowedHosts(List.of("api.example.com", "*.apps.example.com", "admin.example.com:8443",
                "10.0.0.7", "[::1]:8080"));
        assertThat(hosts.allows("api.example.com", 443)).isTrue();
        assertThat(hosts.allows("API.Example.COM.", 80)).isTrue();
        assertThat(hosts.allows("eu.apps.example.com", 443)).isTrue();
        assertThat(hosts.allows("a.b.apps.example.com", 443)).isTrue();
        assertThat(hosts.allows("apps.example.com", 443)).isFalse();
        assertThat(hosts.allows("evilapps.example.com", 443)).isFalse();
        assertThat(hosts.allows("admin.example.com", 8443)).isTrue();
        assertThat(hosts.allows("admin.example.com", 443)).isFalse();
        assertThat(hosts.allows("10.0.0.7", 8080)).isTrue();
        assertThat(hosts.allows("10.0.0.8", 8080)).isFalse();
        assertThat(hosts.allows("[::1]", 8080)).isTrue();
        assertThat(hosts.allows("::1", 8080)).isTrue();
        assertThat(hosts.allows("[::1]", 80)).isFalse();
        assertThat(hosts.allows("api.example.com.evil.example", 443)).isFalse();
        assertThat(hosts.allows(null, 80)).isFalse();
        assertThat(hosts.allows("", 80)).isFalse();
    }

    @Test
    void noEntriesAllowEveryHost() {
        assertThat(new AllowedHosts(List.of()).allows("anything.example", 1234)).isTrue();
    }
}
