package dev.taskapi.web;

import java.io.IOException;

import dev.taskapi.api.model.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose {@code Host} names a host the deployment does not serve (400), before any work:
 * links the server builds from the request (the {@code Location} of a created task) can then only point at
 * the deployment itself, and DNS-rebinding pages cannot talk to it. The host is the one the request names,
 * or the one a trusted proxy forwarded; the answer never repeats it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class AllowedHostsFilter extends OncePerRequestFilter {

    static final String DETAIL = "This server does not serve the host the request names.";

    private final AllowedHosts allowed;
    private final ProblemResponseWriter writer;

    AllowedHostsFilter(HttpEdgeProperties properties, ProblemResponseWriter writer) {
        this.allowed = new AllowedHosts(properties.allowedHosts());
        this.writer = writer;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return allowed.isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!allowed.allows(request.getServerName(), request.getServerPort())) {
            writer.write(request, response, Problems.of(HttpStatus.BAD_REQUEST, ErrorCode.BAD_REQUEST, DETAIL, request));
            return;
        }
        chain.doFilter(request, response);
    }
}
