package dev.taskapi.web;

import java.util.List;

import dev.taskapi.config.InvalidSettingException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What the server accepts at its edge, before any operation runs.
 *
 * @param corsOrigins  the browser origins allowed to call the API with credentials ({@code CORS_ORIGINS}):
 *                     scheme, host and optional port, exactly as a browser sends them in {@code Origin};
 *                     never {@code *}, which browsers refuse together with credentials
 * @param maxBodySize  the largest request body read ({@code TASKAPI_MAX_BODY_SIZE}); larger is a 413
 * @param allowedHosts the host names the server answers to ({@code ALLOWED_HOSTS}), each optionally with a
 *                     port and optionally starting with {@code *.} for any subdomain; empty: any host
 */
@Validated
@ConfigurationProperties("taskapi.http")
public record HttpEdgeProperties(
        @NotNull @DefaultValue("http://localhost:3000")
        List<@NotNull @Pattern(regexp = ORIGIN, message = ORIGIN_MESSAGE) String> corsOrigins,
        @NotNull @DefaultValue("1MB") DataSize maxBodySize,
        @NotNull @DefaultValue
        List<@NotNull @Pattern(regexp = HOST, message = HOST_MESSAGE) String> allowedHosts) {

    static final String ORIGIN = "https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?|https?://\\[[0-9A-Fa-f:.]+](:[0-9]{1,5})?";
    static final String ORIGIN_MESSAGE = "must be an origin such as https://app.example.com "
            + "(scheme, host and optional port; no path, no *)";
    static final String HOST = "(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.?(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+](:[0-9]{1,5})?";
    static final String HOST_MESSAGE = "must be a host name such as api.example.com, *.example.com or "
            + "10.0.0.7:8080 (optionally with a port)";

    private static final DataSize LARGEST_BODY_LIMIT = DataSize.ofMegabytes(100);

    public HttpEdgeProperties {
        if (maxBodySize != null && (maxBodySize.toBytes() < 1 || maxBodySize.compareTo(LARGEST_BODY_LIMIT) > 0)) {
            throw new InvalidSettingException("TASKAPI_MAX_BODY_SIZE",
                    "TASKAPI_MAX_BODY_SIZE must be a size between 1B and 100MB, such as 512KB or 2MB.");
        }
    }
}
