package io.switchboard.simulator.model.telegram;

import io.switchboard.simulator.model.limits.LimitKind;
import io.switchboard.simulator.model.limits.LimitRefusal;
import io.switchboard.simulator.model.limits.TokenBucket;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A bot's flood limits in action: one bucket for the bot, one per chat and one more per group. A send of n messages
 * (an album counts its items) passes only if every bucket it touches allows it, and then takes from all of them; a
 * refused send takes nothing and learns how long to wait, from the bucket that needs the longest.
 */
public final class BotLimiter {

    /** Chats tracked before those with a full bucket are forgotten (bounded memory in benchmarks). */
    private static final int PRUNE_ABOVE = 10_000;

    private final BotLimits limits;
    private final TokenBucket bot;
    private final Map<Long, TokenBucket> chats = new HashMap<>();
    private final Map<Long, TokenBucket> groups = new HashMap<>();

    public BotLimiter(BotLimits limits, Instant now) {
        this.limits = limits;
        this.bot = new TokenBucket(
                limits.botPerSecond(), TokenBucket.intervalFor(limits.botPerSecond(), Duration.ofSeconds(1)), now);
    }

    public BotLimits limits() {
        return limits;
    }

    /** Takes {@code messages} sends to chat {@code chatId} into account, or answers the limit they break. */
    public synchronized Optional<LimitRefusal> admit(long chatId, boolean group, int messages, Instant now) {
        if (!limits.enforced()) {
            return Optional.empty();
        }
        TokenBucket chat =
                bucket(chats, chatId, limits.chatBurst(), limits.chatPerSecond(), Duration.ofSeconds(1), now);
        TokenBucket groupBucket = group
                ? bucket(groups, chatId, limits.groupPerMinute(), limits.groupPerMinute(), Duration.ofMinutes(1), now)
                : null;
        LimitRefusal longest = null;
        longest = longer(longest, LimitKind.BOT, bot.waitFor(messages, now));
        longest = longer(longest, LimitKind.CHAT, chat.waitFor(messages, now));
        if (groupBucket != null) {
            longest = longer(longest, LimitKind.GROUP, groupBucket.waitFor(messages, now));
        }
        if (longest != null) {
            return Optional.of(longest);
        }
        bot.take(messages, now);
        chat.take(messages, now);
        if (groupBucket != null) {
            groupBucket.take(messages, now);
        }
        return Optional.empty();
    }

    private static LimitRefusal longer(LimitRefusal current, LimitKind kind, Duration wait) {
        if (wait.isZero() || (current != null && current.retryIn().compareTo(wait) >= 0)) {
            return current;
        }
        return new LimitRefusal(kind, wait);
    }

    private static TokenBucket bucket(
            Map<Long, TokenBucket> buckets, long chatId, int capacity, int count, Duration period, Instant now) {
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(
                chatId, unused -> new TokenBucket(capacity, TokenBucket.intervalFor(count, period), now));
    }
}
