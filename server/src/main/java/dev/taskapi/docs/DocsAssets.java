package dev.taskapi.docs;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the scripts and styles of Swagger UI and ReDoc from their jars (Maven Central webjars), under
 * the public {@code /docs/} and {@code /redoc/} paths: the pages reach nothing but this server.
 */
@Configuration(proxyBeanMethods = false)
class DocsAssets implements WebMvcConfigurer {

    static final Webjar SWAGGER_UI = Webjar.of("org.webjars", "swagger-ui");
    static final Webjar REDOC = Webjar.of("org.webjars", "redoc");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl oneDay = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
        registry.addResourceHandler("/docs/assets/**").addResourceLocations(SWAGGER_UI.location())
                .setCacheControl(oneDay);
        registry.addResourceHandler("/redoc/assets/**").addResourceLocations(REDOC.location())
                .setCacheControl(oneDay);
    }
}
