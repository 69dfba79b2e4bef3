package dev.taskapi.account;

import java.util.Map;

import dev.taskapi.auth.AuthProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id (OWASP's first choice), with the id of the algorithm stored in front of each hash so that a
 * later, stronger setting can take over: old hashes still verify and are upgraded at the next login.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int PARALLELISM = 1;

    @Bean
    PasswordEncoder passwordEncoder(AuthProperties properties) {
        AuthProperties.BuiltIn settings = properties.builtIn();
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", new Argon2PasswordEncoder(SALT_BYTES,
                HASH_BYTES, PARALLELISM, settings.argon2MemoryKib(), settings.argon2Iterations())));
    }
}
