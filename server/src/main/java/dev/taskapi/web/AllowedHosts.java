package dev.taskapi.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The hosts a deployment serves ({@code ALLOWED_HOSTS}): {@code api.example.com} (any port),
 * {@code api.example.com:8443} (that port only), {@code *.example.com} (any subdomain, not the domain
 * itself), IP addresses alike ({@code 10.0.0.7}, {@code [::1]:8080}). No entries: every host.
 */
final class AllowedHosts {

    private record Entry(String host, boolean anySubdomain, int port) {

        boolean matches(String requestHost, int requestPort) {
            if (port >= 0 && port != requestPort) {
                return false;
            }
            return anySubdomain ? requestHost.endsWith("." + host) : requestHost.equals(host);
        }
    }

    private final List<Entry> entries;

    AllowedHosts(List<String> allowed) {
        this.entries = allowed.stream().map(AllowedHosts::entry).toList();
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    boolean allows(@Nullable String host, int port) {
        if (entries.isEmpty()) {
            return true;
        }
        if (host == null || host.isEmpty()) {
            return false;
        }
        String normalized = normalize(host);
        return entries.stream().anyMatch(entry -> entry.matches(normalized, port));
    }

    private static Entry entry(String value) {
        String host = value.trim();
        int port = -1;
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) {
            port = Integer.parseInt(host.substring(colon + 1));
            host = host.substring(0, colon);
        }
        boolean anySubdomain = host.startsWith("*.");
        return new Entry(normalize(anySubdomain ? host.substring(2) : host), anySubdomain, port);
    }

    /** Lower case, without a trailing dot or IPv6 brackets. */
    private static String normalize(String host) {
        String normalized = host.toLowerCase(Locale.ROOT);
        if (normalized.endsWith(".")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        if (normalized.startsWith("[") && normalized.endsWith("]")) {
            normalized = normalized.substring(1, normalized.length() - 1);
        }
        return normalized;
    }
}
