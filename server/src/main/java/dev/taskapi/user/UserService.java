package dev.taskapi.user;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class UserService {

    private final UserRepository users;

    UserService(UserRepository users) {
        this.users = users;
    }

    /**
     * The user behind a verified token, created on its first request (tier {@code free}). The common
     * case, a known user, costs one indexed read.
     */
    @Transactional
    public User findOrCreate(String issuer, String subject, @Nullable String email) {
        return users.findByIssuerAndSubject(issuer, subject).orElseGet(() -> {
            users.insertIfAbsent(UUID.randomUUID(), issuer, subject, email);
            return users.findByIssuerAndSubject(issuer, subject)
                    .orElseThrow(() -> new IllegalStateException("A user row vanished right after its insert"));
        });
    }
}
