package dev.taskapi.db;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One data source for both deployments: the embedded PostgreSQL when no URL is configured, the
 * configured database otherwise. Pool settings come from {@code spring.datasource.hikari.*} either way.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DataSourceConfiguration.class);

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
        dataSource.setJdbcUrl(url.jdbcUrl());
        setIfPresent(url.username(), dataSource::setUsername);
        setIfPresent(url.password(), dataSource::setPassword);
        return dataSource;
    }

    private static void setIfPresent(@Nullable String value, java.util.function.Consumer<String> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
