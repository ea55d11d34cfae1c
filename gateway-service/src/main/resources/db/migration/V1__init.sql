-- Gateway schema v1: tenants and their tokens, the channel directory, contacts, conversations, the message log,
-- routing rules, deduplication of inbound events, and the outbox of outbound commands.

CREATE TABLE tenant (
    id          text PRIMARY KEY,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL
);

-- Metadata of issued API tokens (never the token itself): who has access, until when.
CREATE TABLE api_token (
    id          uuid PRIMARY KEY,
    tenant_id   text        NOT NULL REFERENCES tenant (id),
    subject     text        NOT NULL,
    roles       text[]      NOT NULL,
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL
);
CREATE INDEX api_token_tenant ON api_token (tenant_id);

-- The latest state of every channel, as announced by the adapters on switchboard.channels.v1.
CREATE TABLE channel (
    id             text PRIMARY KEY,
    tenant_id      text        NOT NULL,
    platform       text        NOT NULL,
    display_name   text,
    address        text,
    health         text        NOT NULL,
    health_detail  text,
    properties     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    removed        boolean     NOT NULL DEFAULT false,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX channel_tenant ON channel (tenant_id);

CREATE TABLE contact (
    id                uuid PRIMARY KEY,
    tenant_id         text        NOT NULL,
    channel_id        text        NOT NULL,
    platform_user_id  text        NOT NULL,
    display_name      text,
    phone             text,
    username          text,
    language          text,
    first_seen_at     timestamptz NOT NULL,
    last_seen_at      timestamptz NOT NULL,
    UNIQUE (tenant_id, channel_id, platform_user_id)
);

CREATE TABLE conversation (
    id                uuid PRIMARY KEY,
    tenant_id         text        NOT NULL,
    channel_id        text        NOT NULL,
    platform          text        NOT NULL,
    external_chat_id  text        NOT NULL,
    chat_type         text        NOT NULL,
    contact_id        uuid REFERENCES contact (id),
    last_inbound_at   timestamptz,
    last_message_at   timestamptz NOT NULL,
    created_at        timestamptz NOT NULL,
    UNIQUE (tenant_id, channel_id, external_chat_id)
);
CREATE INDEX conversation_recent ON conversation (tenant_id, last_message_at DESC);

-- Every message both ways. Outbound rows carry their delivery state; their id is the command's message id.
CREATE TABLE message (
    id                            uuid PRIMARY KEY,
    tenant_id                     text        NOT NULL,
    conversation_id               uuid        NOT NULL REFERENCES conversation (id),
    direction                     text        NOT NULL CHECK (direction IN ('INBOUND', 'OUTBOUND')),
    kind                          text        NOT NULL,
    body                          text,
    content                       jsonb,
    platform_message_id           text,
    reply_to_platform_message_id  text,
    purpose                       text,
    rule_id                       uuid,
    state                         text        NOT NULL,
    error_code                    text,
    error_title                   text,
    occurred_at                   timestamptz NOT NULL,
    created_at                    timestamptz NOT NULL,
    updated_at                    timestamptz NOT NULL
);
CREATE INDEX message_conversation ON message (conversation_id, occurred_at);
CREATE INDEX message_platform_id ON message (conversation_id, platform_message_id);

-- One row per inbound event processed: written in the same transaction as the event's effects, so a platform
-- retry or a Kafka redelivery changes nothing. Telegram message ids are unique per chat only, hence the chat.
CREATE TABLE processed_event (
    channel_id        text        NOT NULL,
    external_chat_id  text        NOT NULL,
    dedupe_key        text        NOT NULL,
    processed_at      timestamptz NOT NULL,
    PRIMARY KEY (channel_id, external_chat_id, dedupe_key)
);

CREATE TABLE rule (
    id            uuid PRIMARY KEY,
    tenant_id     text        NOT NULL,
    name          text        NOT NULL,
    trigger_type  text        NOT NULL,
    keywords      text[]      NOT NULL,
    action_type   text        NOT NULL,
    reply_text    text,
    channel_id    text,
    priority      integer     NOT NULL,
    enabled       boolean     NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX rule_tenant ON rule (tenant_id, priority);

-- Outbound commands written with the decision that produced them and published after commit: a crash between the
-- two never loses a command (the relay retries) and the adapters deduplicate by message id.
CREATE TABLE outbox (
    id            bigserial PRIMARY KEY,
    message_id    uuid        NOT NULL UNIQUE,
    topic         text        NOT NULL,
    record_key    text        NOT NULL,
    payload       bytea       NOT NULL,
    created_at    timestamptz NOT NULL,
    published_at  timestamptz
);
CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL;
