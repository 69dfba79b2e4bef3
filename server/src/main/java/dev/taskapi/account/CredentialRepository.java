package dev.taskapi.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface CredentialRepository extends Repository<Credential, UUID> {

    Optional<Credential> findById(UUID userId);

    @Query("SELECT * FROM credentials WHERE lower(email) = lower(:email)")
    Optional<Credential> findByEmail(String email);

    /** 0 when the email is taken (ignoring case): the unique index decides, also between concurrent sign-ups. */
    @Modifying
    @Query("""
            INSERT INTO credentials (user_id, email, password_hash) VALUES (:userId, :email, :passwordHash)
            ON CONFLICT ((lower(email))) DO NOTHING
            """)
    int insertIfEmailFree(UUID userId, String email, String passwordHash);

    @Modifying
    @Query("UPDATE credentials SET password_hash = :passwordHash, updated_at = now() WHERE user_id = :userId")
    int updatePassword(UUID userId, String passwordHash);
}
