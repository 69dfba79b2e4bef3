package dev.taskapi.db;

import java.nio.file.Path;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the data lives.
 *
 * @param url      a PostgreSQL URL ({@code postgresql://user:pass@host/db} or {@code jdbc:postgresql://...});
 *                 when blank, an embedded PostgreSQL is started instead
 * @param embedded the embedded PostgreSQL of the zero-configuration default
 */
@Validated
@ConfigurationProperties("taskapi.database")
public record DatabaseProperties(@Nullable String url, @Valid @NotNull @DefaultValue Embedded embedded) {

    public boolean isEmbedded() {
        return url == null || url.isBlank();
    }

    /**
     * @param dataDir kept between runs, so data survives a restart
     * @param port    0 picks a free port on every start
     */
    public record Embedded(@NotNull Path dataDir,
                           @Min(0) @Max(65535) @DefaultValue("0") int port) {
    }
}
