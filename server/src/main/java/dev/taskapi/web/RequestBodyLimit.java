package dev.taskapi.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body the server reads ({@code TASKAPI_MAX_REQUEST_BODY}); a larger one is a 413.
 *
 * @param maxRequestBody the limit, 1 MiB unless configured
 */
@ConfigurationProperties("taskapi.web")
public record RequestBodyLimit(@DefaultValue("1MB") DataSize maxRequestBody) {
}
