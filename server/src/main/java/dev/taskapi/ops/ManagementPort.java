package dev.taskapi.ops;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The port the separate management server listens on, once it does ({@code MANAGEMENT_PORT}); -1 while
 * there is none. The management server's context publishes its start to ours, so this sees it.
 */
@Component
class ManagementPort {

    private static final String MANAGEMENT_NAMESPACE = "management";

    private volatile int port = -1;

    @EventListener
    void webServerStarted(WebServerInitializedEvent event) {
        if (MANAGEMENT_NAMESPACE.equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    /** Whether the request came in through the management server. */
    boolean received(HttpServletRequest request) {
        return port > 0 && request.getLocalPort() == port;
    }
}
