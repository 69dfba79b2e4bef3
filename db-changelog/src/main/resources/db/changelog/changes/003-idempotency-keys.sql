--liquibase formatted sql

--changeset taskapi:003-idempotency-keys
-- Remembers which task a create with an Idempotency-Key made, so a retry returns it instead of a twin.
-- request_hash is a digest of the request body: the same key with another body is refused.
CREATE TABLE idempotency_keys (
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key          text        NOT NULL,
    request_hash text        NOT NULL,
    task_id      uuid        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
--rollback DROP TABLE idempotency_keys;
