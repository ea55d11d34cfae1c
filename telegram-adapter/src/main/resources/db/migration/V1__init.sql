-- One row per registered bot. Secrets are AES-GCM sealed by the application (v1:<key id>:<base64>), never plaintext.
CREATE TABLE channel (
    id                           VARCHAR(36)  PRIMARY KEY,
    tenant_id                    VARCHAR(100) NOT NULL,
    bot_id                       BIGINT       NOT NULL,
    username                     VARCHAR(64)  NOT NULL,
    display_name                 VARCHAR(128) NOT NULL,
    mode                         VARCHAR(16)  NOT NULL,
    public_base_url              VARCHAR(2048),
    bot_token                    TEXT         NOT NULL,
    webhook_secret               TEXT,
    can_join_groups              BOOLEAN      NOT NULL,
    can_read_all_group_messages  BOOLEAN      NOT NULL,
    health                       VARCHAR(16)  NOT NULL,
    health_detail                TEXT,
    created_at                   TIMESTAMPTZ  NOT NULL,
    updated_at                   TIMESTAMPTZ  NOT NULL,
    removed_at                   TIMESTAMPTZ
);
-- A bot has one webhook and one poller: it can be an active channel only once, whoever registers it.
CREATE UNIQUE INDEX channel_active_bot ON channel (bot_id) WHERE removed_at IS NULL;
CREATE INDEX channel_tenant ON channel (tenant_id) WHERE removed_at IS NULL;

-- Update ids already turned into events, per bot: Telegram redelivers after webhook timeouts and lost poll answers.
CREATE TABLE processed_update (
    bot_id        BIGINT      NOT NULL,
    update_id     BIGINT      NOT NULL,
    processed_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (bot_id, update_id)
);
CREATE INDEX processed_update_age ON processed_update (processed_at);

-- The next getUpdates offset per bot, written only after Kafka acknowledged the events of the updates below it.
CREATE TABLE polling_offset (
    bot_id       BIGINT      PRIMARY KEY,
    next_offset  BIGINT      NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);

-- One row per outbound command, written before the first send: a redelivered command is never sent twice.
-- Tenant, channel and chat come from the command as the gateway wrote them, unchecked: they get room.
CREATE TABLE sent_message (
    message_id           UUID         PRIMARY KEY,
    tenant_id            TEXT         NOT NULL,
    channel_id           TEXT         NOT NULL,
    chat_id              TEXT         NOT NULL,
    state                VARCHAR(16)  NOT NULL,
    parts_total          INT          NOT NULL,
    parts_sent           INT          NOT NULL,
    -- The part whose send was started and not yet recorded: after a crash its outcome is unknown.
    sending_part         INT,
    platform_message_id  VARCHAR(64),
    error_code           VARCHAR(32),
    error_title          TEXT,
    error_detail         TEXT,
    created_at           TIMESTAMPTZ  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL
);

-- Choice ids too long for callback_data (64 bytes), by the short key the button carries instead.
CREATE TABLE callback_choice (
    callback_key  VARCHAR(32)  PRIMARY KEY,
    channel_id    VARCHAR(36)  NOT NULL,
    choice_id     TEXT         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL
);
