package dev.taskapi.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who sent a request, for rate limits and logs. The socket peer, unless the peer is one of the configured
 * trusted proxies ({@code TRUSTED_PROXIES}): only then is {@code X-Forwarded-For} read, from the right,
 * skipping the hops that are trusted proxies too, and the first address that is not one is the client.
 * A client cannot choose its address by sending the header itself: from an untrusted peer it is ignored,
 * and behind a trusted proxy the client's own entries are to the left of the one the proxy appended.
 * <p>
 * Addresses are parsed as literals only (never a DNS lookup) and returned in one canonical form, so
 * {@code ::ffff:192.0.2.1} and {@code 192.0.2.1} are the same client. The answer is kept on the request.
 */
@Component
public class ClientAddress {

    private static final String ATTRIBUTE = ClientAddress.class.getName();
    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String FORWARDED_PROTO = "X-Forwarded-Proto";
    /** More hops than any real proxy chain; a longer header is not read further. */
    private static final int MAX_HOPS = 32;
    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<Range> trustedProxies;

    public ClientAddress(ClientAddressProperties properties) {
        this.trustedProxies = properties.trustedProxies().stream().map(Range::parse).toList();
    }

    /** The client's address in canonical form ({@code 192.0.2.1}, {@code 2001:db8:0:0:0:0:0:1}). */
    public String of(HttpServletRequest request) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof String address) {
            return address;
        }
        String address = resolve(request);
        request.setAttribute(ATTRIBUTE, address);
        return address;
    }

    /**
     * Whether the request reached the proxy in front of us over HTTPS: the connection itself is secure, or
     * a trusted proxy says so in {@code X-Forwarded-Proto}. The same trust as for the address, so an
     * operator configures one list, and a client that writes the header itself changes nothing.
     */
    public boolean arrivedOverHttps(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        // The header first: asked on every response, and most requests carry none, so no address is parsed.
        if (!"https".equalsIgnoreCase(request.getHeader(FORWARDED_PROTO))) {
            return false;
        }
        InetAddress peer = parse(request.getRemoteAddr());
        return peer != null && isTrusted(peer);
    }

    private String resolve(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        InetAddress current = parse(peer);
        if (current == null) {
            return peer == null || peer.isBlank() ? "unknown" : peer;
        }
        if (!isTrusted(current)) {
            return current.getHostAddress();
        }
        List<String> hops = forwardedFor(request);
        for (int i = hops.size() - 1; i >= 0 && i >= hops.size() - MAX_HOPS; i--) {
            InetAddress hop = parse(hops.get(i));
            if (hop == null) {
                // A trusted proxy passed on something that is not an address: the last hop we can name.
                break;
            }
            current = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return current.getHostAddress();
    }

    private boolean isTrusted(InetAddress address) {
        for (Range range : trustedProxies) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> forwardedFor(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders(FORWARDED_FOR))) {
            for (String hop : header.split(",")) {
                hops.add(hop.trim());
            }
        }
        return hops;
    }

    /**
     * An address literal, IPv4 or IPv6, optionally bracketed or with a port ({@code [2001:db8::1]:443},
     * {@code 192.0.2.1:80}); {@code null} for anything else. Never resolves a name.
     */
    static @Nullable InetAddress parse(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String literal = text.trim();
        if (literal.startsWith("[")) {
            int end = literal.indexOf(']');
            if (end < 0) {
                return null;
            }
            literal = literal.substring(1, end);
        }
        else if (literal.indexOf(':') > 0 && literal.indexOf(':') == literal.lastIndexOf(':')
                && literal.indexOf('.') > 0) {
            literal = literal.substring(0, literal.indexOf(':'));
        }
        try {
            if (IPV4.matcher(literal).matches()) {
                return InetAddress.getByName(literal);
            }
            if (literal.indexOf(':') >= 0 && IPV6_CHARACTERS.matcher(literal).matches()) {
                // Brackets make the JDK treat it as an IPv6 literal or fail: no name lookup either way.
                return InetAddress.getByName("[" + literal + "]");
            }
        }
        catch (UnknownHostException ex) {
            return null;
        }
        return null;
    }

    /** An address range in CIDR notation; a bare address is a range of one. */
    record Range(byte[] network, int prefixLength) {

        static @Nullable Range parse(String cidr) {
            int slash = cidr.indexOf('/');
            InetAddress address = ClientAddress.parse(slash < 0 ? cidr : cidr.substring(0, slash));
            if (address == null) {
                return null;
            }
            int bits = address.getAddress().length * 8;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(cidr.substring(slash + 1).trim());
                }
                catch (NumberFormatException ex) {
                    return null;
                }
                if (prefix < 0 || prefix > bits) {
                    return null;
                }
            }
            return new Range(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int fullBytes = prefixLength / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int remainingBits = prefixLength % 8;
            if (remainingBits == 0) {
                return true;
            }
            int mask = (0xFF << (8 - remainingBits)) & 0xFF;
            return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }
}
