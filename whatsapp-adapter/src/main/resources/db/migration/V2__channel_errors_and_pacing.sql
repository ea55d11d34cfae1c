-- The latest error Meta reported about the number as a whole (not about one message): value.errors of a webhook, an
-- account restriction, a quality flag. Shown in the channels API and announced; the channel's health is not changed.
ALTER TABLE whatsapp_channel
    ADD COLUMN last_error_code   varchar(64),
    ADD COLUMN last_error_title  text,
    ADD COLUMN last_error_detail text,
    ADD COLUMN last_error_at     timestamptz;

-- Status webhooks ask "is a send of this channel under way?" for every wamid they do not know yet; during a burst
-- that is hundreds of times a second, so it must not scan the table.
CREATE INDEX sent_message_sending ON sent_message (channel_id, created_at) WHERE state = 'SENDING';
