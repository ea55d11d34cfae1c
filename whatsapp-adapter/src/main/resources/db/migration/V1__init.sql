-- Channels: one business phone number of one tenant. Secrets are AES-256-GCM ciphertexts ("v1:<key id>:<base64>",
-- see service-common SecretCipher), bound to their channel and field; never plaintext.
CREATE TABLE whatsapp_channel (
    id                              uuid PRIMARY KEY,
    tenant_id                       varchar(100) NOT NULL,
    phone_number_id                 varchar(32)  NOT NULL,
    waba_id                         varchar(32)  NOT NULL,
    display_phone_number            varchar(64),
    verified_name                   varchar(256),
    quality_rating                  varchar(16),
    throughput_level                varchar(32),
    catalog_id                      varchar(32),
    -- Shared with the WhatsApp Business app (coexistence): Meta allows fewer messages per second.
    coexistence                     boolean      NOT NULL DEFAULT false,
    -- A tenant's own pacing for the number, overriding the one derived from its throughput level.
    messages_per_second             int,
    access_token                    text,
    app_secret                      text,
    previous_app_secret             text,
    previous_app_secret_valid_until timestamptz,
    verify_token                    text,
    health                          varchar(16)  NOT NULL,
    health_detail                   text,
    created_at                      timestamptz  NOT NULL,
    updated_at                      timestamptz  NOT NULL,
    removed_at                      timestamptz,
    version                         bigint       NOT NULL DEFAULT 0,
    -- A removed channel forgets its secrets; an active one has all of them.
    CONSTRAINT whatsapp_channel_secrets CHECK (
        removed_at IS NOT NULL OR (access_token IS NOT NULL AND app_secret IS NOT NULL AND verify_token IS NOT NULL))
);

-- A tenant registers a number once; a removed channel frees it for a new registration.
CREATE UNIQUE INDEX whatsapp_channel_active_number ON whatsapp_channel (tenant_id, phone_number_id)
    WHERE removed_at IS NULL;

-- Outbound idempotency: one row per command message id, written (SENDING) before the first Graph call.
CREATE TABLE sent_message (
    message_id          uuid PRIMARY KEY,
    tenant_id           varchar(100) NOT NULL,
    channel_id          uuid         NOT NULL,
    state               varchar(16)  NOT NULL,
    platform_message_id varchar(256),
    error_code          varchar(64),
    error_title         text,
    error_detail        text,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL
);

CREATE INDEX sent_message_created_at ON sent_message (created_at);

-- Each Graph message a command became (a long text is several), so status webhooks map back to our message id.
CREATE TABLE sent_message_part (
    platform_message_id varchar(256) PRIMARY KEY,
    message_id          uuid NOT NULL REFERENCES sent_message (message_id) ON DELETE CASCADE,
    part_index          int  NOT NULL
);

CREATE INDEX sent_message_part_message_id ON sent_message_part (message_id);
