--liquibase formatted sql

--changeset taskapi:001-users
-- One row per identity: a user is known by the issuer of its tokens and its subject within that issuer.
CREATE TABLE users (
    id           uuid        PRIMARY KEY,
    issuer       text        NOT NULL,
    subject      text        NOT NULL,
    email        text,
    display_name text,
    tier         text        NOT NULL DEFAULT 'FREE' CHECK (tier IN ('FREE', 'PRO')),
    roles        text[]      NOT NULL DEFAULT '{}',
    disabled     boolean     NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_issuer_subject_key UNIQUE (issuer, subject)
);
--rollback DROP TABLE users;
