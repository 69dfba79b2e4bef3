package dev.taskapi.user;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface UserRepository extends Repository<User, UUID> {

    @Query("SELECT * FROM users WHERE issuer = :issuer AND subject = :subject")
    Optional<User> findByIssuerAndSubject(String issuer, String subject);

    /** Creates the user unless a concurrent first request already did; the unique key decides. */
    @Modifying
    @Query("""
            INSERT INTO users (id, issuer, subject, email)
            VALUES (:id, :issuer, :subject, :email)
            ON CONFLICT (issuer, subject) DO NOTHING
            """)
    int insertIfAbsent(UUID id, String issuer, String subject, @Nullable String email);
}
