package dev.taskapi.account;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** How a user of the built-in identity provider signs in: an email and a password hash (Argon2id). */
@Table("credentials")
record Credential(@Id UUID userId, String email, String passwordHash, Instant updatedAt) {

    @Override
    public String toString() {
        return "Credential[userId=" + userId + "]";
    }
}
