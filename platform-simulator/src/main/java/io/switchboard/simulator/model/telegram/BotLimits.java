package io.switchboard.simulator.model.telegram;

import io.switchboard.simulator.config.SimulatorConfig;

/**
 * The Bot API flood limits one bot is held to (Telegram's FAQ: about one message per second in a chat, with short
 * bursts; 20 messages per minute in a group; about 30 messages per second in all).
 */
public record BotLimits(boolean enforced, int chatPerSecond, int chatBurst, int groupPerMinute, int botPerSecond) {

    public static BotLimits defaults(SimulatorConfig config) {
        SimulatorConfig.FloodLimits limits = config.telegram().limits();
        return new BotLimits(
                config.limits().enforced(),
                limits.chatPerSecond(),
                limits.chatBurst(),
                limits.groupPerMinute(),
                limits.botPerSecond());
    }

    /** These limits with the fields {@code changes} sets replaced. */
    public BotLimits with(BotLimitsChanges changes) {
        return new BotLimits(
                changes.enforced() != null ? changes.enforced() : enforced,
                changes.chatPerSecond() != null ? changes.chatPerSecond() : chatPerSecond,
                changes.chatBurst() != null ? changes.chatBurst() : chatBurst,
                changes.groupPerMinute() != null ? changes.groupPerMinute() : groupPerMinute,
                changes.botPerSecond() != null ? changes.botPerSecond() : botPerSecond);
    }
}
