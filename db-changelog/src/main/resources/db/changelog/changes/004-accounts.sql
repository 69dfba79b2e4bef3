--liquibase formatted sql

--changeset taskapi:004-accounts
-- The built-in identity provider. Only hashes of passwords, refresh tokens and reset tokens are kept:
-- a copy of this database signs nobody in.

-- Access tokens of the built-in issuer carry the token_version of their user when issued; logout-all,
-- a password change and a reset increment it, which refuses every token issued before.
ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 0;
CREATE INDEX users_created_idx ON users (created_at DESC, id DESC);

-- An account that signs in with an email and a password. Emails are unique ignoring case.
CREATE TABLE credentials (
    user_id       uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    email         text        NOT NULL,
    password_hash text        NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX credentials_email_key ON credentials (lower(email));

-- One row per refresh token. A login starts a family; each refresh uses up one token (used_at) and
-- adds its successor to the family. Presenting a used token revokes the family.
CREATE TABLE refresh_tokens (
    id          uuid        PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id   uuid        NOT NULL,
    token_hash  bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    revoked_at  timestamptz,
    CONSTRAINT refresh_tokens_hash_key UNIQUE (token_hash)
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);
CREATE INDEX refresh_tokens_expires_idx ON refresh_tokens (expires_at);

CREATE TABLE password_reset_tokens (
    token_hash  bytea       PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX password_reset_tokens_user_idx ON password_reset_tokens (user_id);

-- The built-in issuer's signing keys, shared by every instance. The newest unretired key signs; a
-- retired key is still published until the last token it signed has expired.
CREATE TABLE signing_keys (
    kid         text        PRIMARY KEY,
    algorithm   text        NOT NULL,
    private_key bytea       NOT NULL,
    public_key  bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    retired_at  timestamptz
);
--rollback DROP TABLE signing_keys; DROP TABLE password_reset_tokens; DROP TABLE refresh_tokens; DROP TABLE credentials; DROP INDEX users_created_idx; ALTER TABLE users DROP COLUMN token_version;
