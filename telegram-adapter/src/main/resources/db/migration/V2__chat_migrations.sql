-- Groups that became supergroups, per bot: Telegram gives the chat a new id, and sends to the old one are refused.
CREATE TABLE chat_migration (
    bot_id       BIGINT      NOT NULL,
    old_chat_id  BIGINT      NOT NULL,
    new_chat_id  BIGINT      NOT NULL,
    migrated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (bot_id, old_chat_id)
);
