--liquibase formatted sql

--changeset taskapi:002-tasks
CREATE TABLE tasks (
    id           uuid        PRIMARY KEY,
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title        text        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 500),
    description  text                 CHECK (char_length(description) <= 5000),
    completed    boolean     NOT NULL DEFAULT false,
    due_at       timestamptz,
    completed_at timestamptz,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      bigint      NOT NULL,
    CONSTRAINT tasks_completed_at_matches CHECK (completed = (completed_at IS NOT NULL))
);

-- Every list query is "this owner's tasks in this order, after this key": one index per sort, each
-- ending in id, the tie-breaker of the keyset. PostgreSQL scans them backwards for descending sorts.
CREATE INDEX tasks_user_created_idx ON tasks (user_id, created_at, id);
-- A task without a due date sorts as if due at the end of time, so the keyset needs no NULL cases.
CREATE INDEX tasks_user_due_idx ON tasks (user_id, (COALESCE(due_at, 'infinity'::timestamptz)), id);
CREATE INDEX tasks_user_title_idx ON tasks (user_id, title COLLATE "C", id);
--rollback DROP TABLE tasks;
