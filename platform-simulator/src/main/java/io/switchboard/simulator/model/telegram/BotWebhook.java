package io.switchboard.simulator.model.telegram;

/**
 * A bot's webhook as {@code setWebhook} left it.
 *
 * @param secretToken sent back in {@code X-Telegram-Bot-Api-Secret-Token}; {@code null} when none was set
 */
public record BotWebhook(String url, String secretToken, int maxConnections) {}
