package dev.taskapi.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface UserRepository extends Repository<User, UUID> {

    @Query(value = "SELECT * FROM users WHERE id = :id", rowMapperClass = UserRowMapper.class)
    Optional<User> findById(UUID id);

    @Query(value = "SELECT * FROM users WHERE issuer = :issuer AND subject = :subject",
            rowMapperClass = UserRowMapper.class)
    Optional<User> findByIssuerAndSubject(String issuer, String subject);

    /** Creates the user unless a concurrent first request already did; the unique key decides. */
    @Modifying
    @Query("""
            INSERT INTO users (id, issuer, subject, email, display_name, roles)
            VALUES (:id, :issuer, :subject, :email, :displayName, CAST(:roles AS text[]))
            ON CONFLICT (issuer, subject) DO NOTHING
            """)
    int insertIfAbsent(UUID id, String issuer, String subject, @Nullable String email, @Nullable String displayName,
                       String roles);

    @Modifying
    @Query("UPDATE users SET roles = array_append(roles, :role) WHERE id = :id AND NOT (:role = ANY (roles))")
    int addRole(UUID id, String role);

    /** The user as renamed, in the same statement; empty when there is no such user. */
    @Query(value = "UPDATE users SET display_name = :displayName WHERE id = :id RETURNING *",
            rowMapperClass = UserRowMapper.class)
    Optional<User> updateDisplayName(UUID id, @Nullable String displayName);

    /** The user as changed (null leaves a column as it is), in the same statement; empty when there is none. */
    @Query(rowMapperClass = UserRowMapper.class, value = """
            UPDATE users SET tier = COALESCE(:tier, tier),
                             roles = COALESCE(CAST(:roles AS text[]), roles),
                             disabled = COALESCE(:disabled, disabled)
            WHERE id = :id
            RETURNING *
            """)
    Optional<User> updateAdministered(UUID id, @Nullable String tier, @Nullable String roles,
                                      @Nullable Boolean disabled);

    @Modifying
    @Query("UPDATE users SET token_version = token_version + 1 WHERE id = :id")
    int revokeSessions(UUID id);

    /** Deletes the user; tasks, credentials and sessions go with it (foreign keys cascade). */
    @Modifying
    @Query("DELETE FROM users WHERE id = :id")
    int deleteUser(UUID id);

    /** Newest first, keyset-paged on (created_at, id), optionally only emails containing {@code pattern}. */
    @Query(rowMapperClass = UserRowMapper.class, value = """
            SELECT * FROM users
            WHERE (CAST(:pattern AS text) IS NULL OR email ILIKE :pattern ESCAPE '\\')
              AND (CAST(:afterCreatedAt AS timestamptz) IS NULL
                   OR (created_at, id) < (CAST(:afterCreatedAt AS timestamptz), CAST(:afterId AS uuid)))
            ORDER BY created_at DESC, id DESC
            LIMIT :limit
            """)
    List<User> page(@Nullable String pattern, java.time.@Nullable Instant afterCreatedAt, @Nullable UUID afterId,
                    int limit);
}
