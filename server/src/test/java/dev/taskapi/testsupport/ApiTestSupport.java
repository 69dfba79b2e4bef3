package dev.taskapi.testsupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole server (every filter, real PostgreSQL, real tokens) behind MockMvc. Every response any
 * test receives is checked against the spec before the test sees it. All subclasses share one context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestEnvironment.class)
@Import(ApiTestSupport.ValidateEveryResponse.class)
public abstract class ApiTestSupport {

    @Autowired
    protected MockMvc mvc;

    @TestConfiguration(proxyBeanMethods = false)
    static class ValidateEveryResponse {

        @Bean
        MockMvcBuilderCustomizer validateEveryResponse() {
            return builder -> builder.alwaysExpect(SpecValidation.responseMatchesSpec());
        }
    }
}
