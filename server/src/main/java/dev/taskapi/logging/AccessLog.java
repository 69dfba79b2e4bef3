package dev.taskapi.logging;

import java.util.concurrent.TimeUnit;

import dev.taskapi.web.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.stereotype.Component;

/**
 * One line per request, written when the answer is known, on the logger {@code taskapi.access}: method, route
 * template, status, duration, the user's id (ours, when the request was authenticated) and the client
 * address. In JSON logs each is a field of its own ({@code method}, {@code route}, {@code status},
 * {@code duration_ms}, {@code user_id}, {@code client_address}, and {@code request_id} like every line of
 * the request). Never a header, a query string or a body: they carry tokens and passwords.
 */
@Component
public class AccessLog {

    private static final Logger log = LoggerFactory.getLogger("taskapi.access");

    private final RouteTemplates routes;
    private final ClientAddress clientAddress;

    AccessLog(RouteTemplates routes, ClientAddress clientAddress) {
        this.routes = routes;
        this.clientAddress = clientAddress;
    }

    /** Called by the first filter, after everything behind it has answered. */
    public void record(HttpServletRequest request, HttpServletResponse response, long startNanos) {
        if (!log.isInfoEnabled()) {
            return;
        }
        long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        String method = request.getMethod();
        String route = routes.of(request);
        int status = response.getStatus();
        String userId = AuthenticatedUser.of(request);
        // The socket peer, or the client a trusted proxy names: the address rate limits count.
        String client = clientAddress.of(request);
        LoggingEventBuilder line = log.atInfo()
                .addKeyValue("method", method)
                .addKeyValue("route", route)
                .addKeyValue("status", status)
                .addKeyValue("duration_ms", durationMs)
                .addKeyValue("client_address", client);
        if (userId != null) {
            line = line.addKeyValue("user_id", userId);
        }
        line.log("{} {} {} {}ms user={} client={}", method, route, status, durationMs,
                userId == null ? "-" : userId, client);
    }
}
