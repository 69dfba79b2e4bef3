package dev.taskapi.db;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One data source for both deployments: the embedded PostgreSQL when no URL is configured, the
 * configured database otherwise. Pool settings come from {@code spring.datasource.hikari.*} either way;
 * the pool gets its connections through {@link ReconnectingDataSource}, so it recovers as soon as the
 * database is back.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DataSourceConfiguration.class);

    /** How long the pool's background thread keeps trying to connect before the pool hears of a failure. */
    private static final Duration RECONNECT_PATIENCE = Duration.ofSeconds(30);

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${taskapi.database.url:}'.isBlank()")
    EmbeddedPostgresServer embeddedPostgresServer(DatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties.embedded());
    }

    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DatabaseProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
        DatabaseUrl url = properties.isEmbedded()
                ? new DatabaseUrl(embedded.getObject().jdbcUrl(), null, null)
                : DatabaseUrl.parse(properties.url());
        log.info("Using the database at {}", url);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setDataSource(new ReconnectingDataSource(postgres(url), RECONNECT_PATIENCE, dataSource::isClosed));
        return dataSource;
    }

    /**
     * The driver's settings, before the URL's own parameters (which win). In seconds: a database that does
     * not answer a new connection is given up on (and tried again), and a statement stuck on a connection
     * that died silently fails instead of holding its request and its connection forever.
     */
    private static PGSimpleDataSource postgres(DatabaseUrl url) {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setConnectTimeout(3);
        postgres.setLoginTimeout(5);
        postgres.setSocketTimeout(30);
        postgres.setTcpKeepAlive(true);
        postgres.setApplicationName("taskapi");
        postgres.setURL(url.jdbcUrl());
        setIfPresent(url.username(), postgres::setUser);
        setIfPresent(url.password(), postgres::setPassword);
        return postgres;
    }

    private static void setIfPresent(@Nullable String value, java.util.function.Consumer<String> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
