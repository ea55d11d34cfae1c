package io.switchboard.telegram.service;

import io.quarkus.scheduler.Scheduled;
import io.switchboard.telegram.config.TelegramConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Holds sends back until Telegram's flood limits allow them, so that Telegram never has to refuse one (see
 * {@link TelegramConfig.Pacing}). A chat's messages are sent by one thread at a time (its lane), so a chat's limits
 * need no reservation: the lane waits until the chat may get the message, then queues for the bot, whose limit many
 * lanes share, and books the chat when it leaves. The bot's tokens are taken when a lane is ready to send, never
 * reserved ahead: lanes that wake late together (a busy machine, a slow database) cannot catch up together, so what
 * Telegram sees never bunches beyond the bot's burst. Every limit thus records the time a message really leaves.
 */
@ApplicationScoped
public class Pacer {

    @Inject
    TelegramConfig config;

    private final Map<Long, BotLine> bots = new ConcurrentHashMap<>();
    private final Map<ChatKey, ChatLimits> chats = new ConcurrentHashMap<>();
    private PacingPlan plan;

    @PostConstruct
    void init() {
        plan = PacingPlan.of(config.pacing());
    }

    /**
     * Waits until {@code messages} messages may go to the chat, and counts them as sent now.
     *
     * @param group whether the chat is a group or supergroup (20 messages a minute)
     */
    public void awaitTurn(long botId, String chatId, boolean group, int messages) {
        if (messages <= 0 || !config.pacing().enabled()) {
            return;
        }
        ChatKey key = new ChatKey(botId, chatId);
        ChatLimits chat = chats.compute(key, (k, current) -> {
            ChatLimits limits = current != null ? current : plan.chatLimits(group);
            limits.users.incrementAndGet();
            return limits;
        });
        try {
            sleepUntil(chat.earliest(System.nanoTime(), messages));
            long departure = bots.computeIfAbsent(botId, id -> new BotLine(plan.botLimit()))
                    .awaitTurn(messages);
            chat.book(departure, messages);
        } finally {
            chat.users.decrementAndGet();
        }
    }

    /** Forgets limits that have refilled: they hold no state, and chats are many. */
    @Scheduled(every = "1m", delayed = "1m")
    void forgetIdleLimits() {
        long now = System.nanoTime();
        chats.keySet().forEach(key -> chats.computeIfPresent(key, (k, limits) -> limits.isIdle(now) ? null : limits));
        bots.values().removeIf(limit -> limit.isIdle(now));
    }

    private static void sleepUntil(long nanoTime) {
        for (long wait = nanoTime - System.nanoTime(); wait > 0; wait = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(wait);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while pacing a send");
            }
        }
    }

    private record ChatKey(long botId, String chatId) {}

    /**
     * The bot's limit and the lanes queued for it, in arrival order: only the first in line waits for a token, and
     * it takes the token at the moment it leaves.
     */
    static final class BotLine {

        private final ReentrantLock line = new ReentrantLock(true);
        private final RateLimit limit;

        BotLine(RateLimit limit) {
            this.limit = limit;
        }

        /** Returns the time {@code messages} messages leave, once the bot's limit allows them. */
        long awaitTurn(int messages) {
            line.lock();
            try {
                long now = System.nanoTime();
                for (long at = limit.earliest(now, messages); at - now > 0; at = limit.earliest(now, messages)) {
                    sleepUntil(at);
                    now = System.nanoTime();
                }
                limit.book(now, messages);
                return now;
            } finally {
                line.unlock();
            }
        }

        boolean isIdle(long now) {
            return !line.isLocked() && !line.hasQueuedThreads() && limit.isIdle(now);
        }
    }

    /** The limits of one chat: its own, and a group's; kept while a lane waits on them. */
    static final class ChatLimits {

        private final RateLimit chat;
        private final RateLimit group;
        private final AtomicInteger users = new AtomicInteger();

        ChatLimits(RateLimit chat, RateLimit group) {
            this.chat = chat;
            this.group = group;
        }

        long earliest(long now, int messages) {
            long at = chat.earliest(now, messages);
            return group == null ? at : Math.max(at, group.earliest(now, messages));
        }

        void book(long at, int messages) {
            chat.book(at, messages);
            if (group != null) {
                group.book(at, messages);
            }
        }

        boolean isIdle(long now) {
            return users.get() == 0 && chat.isIdle(now) && (group == null || group.isIdle(now));
        }
    }

    /** The configured limits, each at its headroom. */
    record PacingPlan(
            double chatPerSecond,
            int chatBurst,
            double groupPerMinute,
            int groupBurst,
            double botPerSecond,
            int botBurst) {

        static PacingPlan of(TelegramConfig.Pacing pacing) {
            double headroom = pacing.headroom();
            if (headroom < 0.5 || headroom > 1) {
                throw new IllegalArgumentException("switchboard.telegram.pacing.headroom must be within 0.5-1");
            }
            return new PacingPlan(
                    pacing.chatPerSecond() * headroom,
                    pacing.chatBurst(),
                    pacing.groupPerMinute() * headroom,
                    pacing.groupBurst(),
                    pacing.botPerSecond() * headroom,
                    pacing.botBurst());
        }

        ChatLimits chatLimits(boolean group) {
            return new ChatLimits(
                    RateLimit.of(chatPerSecond, Duration.ofSeconds(1), chatBurst),
                    group ? RateLimit.of(groupPerMinute, Duration.ofMinutes(1), groupBurst) : null);
        }

        RateLimit botLimit() {
            return RateLimit.of(botPerSecond, Duration.ofSeconds(1), botBurst);
        }
    }
}
