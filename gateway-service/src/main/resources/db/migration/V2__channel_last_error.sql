-- The latest problem a platform reported about a channel as a whole (WhatsApp's webhook errors, an account
-- restriction, a quality flag), as its adapter announced it, so the inbox can show it next to the channel's health.
ALTER TABLE channel
    ADD COLUMN last_error_code   text,
    ADD COLUMN last_error_title  text,
    ADD COLUMN last_error_detail text,
    ADD COLUMN last_error_at     timestamptz;
