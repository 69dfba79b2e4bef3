package dev.taskapi.ops;

import java.io.IOException;

import dev.taskapi.api.model.ErrorCode;
import dev.taskapi.web.OpenPaths;
import dev.taskapi.web.ProblemResponseWriter;
import dev.taskapi.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the requests in flight for {@link ShutdownGate} and refuses new ones once it has closed. Early
 * in the chain (right after the request id), so a refused request costs no token check and no database
 * work. Health and probes still answer while draining: they are how the load balancer learns to stop.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ShutdownGateFilter extends OncePerRequestFilter {

    private final ShutdownGate gate;
    private final ProblemResponseWriter writer;

    ShutdownGateFilter(ShutdownGate gate, ProblemResponseWriter writer) {
        this.gate = gate;
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!gate.enter(isHealth(request))) {
            // The client should reconnect, and so reach another instance.
            response.setHeader(HttpHeaders.CONNECTION, "close");
            writer.write(request, response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.SERVICE_UNAVAILABLE,
                    "This instance is shutting down; try again shortly.", request));
            return;
        }
        try {
            chain.doFilter(request, response);
        }
        finally {
            gate.leave();
        }
    }

    private static boolean isHealth(HttpServletRequest request) {
        return OpenPaths.matches(OpenPaths.pathOf(request), OpenPaths.HEALTH);
    }
}
