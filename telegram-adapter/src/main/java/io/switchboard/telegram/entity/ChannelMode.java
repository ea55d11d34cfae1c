package io.switchboard.telegram.entity;

/** How a bot's updates reach Switchboard. Telegram allows one or the other per bot, never both. */
public enum ChannelMode {
    /** Telegram POSTs each update to {@code /webhooks/telegram/<channel id>} with the channel's secret token. */
    WEBHOOK,
    /** Switchboard long-polls {@code getUpdates}; for machines Telegram cannot reach. */
    POLLING
}
