package io.switchboard.whatsapp.service;

import io.quarkus.scheduler.Scheduled;
import io.switchboard.whatsapp.config.WhatsAppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each phone number under the messages per second Meta allows it (130429 otherwise), and each customer under
 * Meta's pair rate (131056: about one message every 6 seconds, with short bursts, see {@link PairBudget}). Paces upfront, so Meta never has to
 * refuse in normal operation. A channel's commands share one partition, hence one pod: the buckets here are the whole
 * truth for the number.
 *
 * <p>The number's bucket runs at exactly its rate but allows only a small burst (a tenth of a second's worth by
 * default), not the second's worth Meta allows: requests that leave evenly spaced may arrive bunched (a slow database
 * write, a busy machine, a network hiccup), and the unused allowance absorbs that. Its tokens are taken when a sender
 * is ready, never reserved ahead, so senders held up together cannot catch up together.
 */
@ApplicationScoped
public class SendPacer {

    private final Map<UUID, NumberPace> numbers = new ConcurrentHashMap<>();
    private final Map<String, PairBudget> pairs = new ConcurrentHashMap<>();
    private final WhatsAppConfig.Pacing config;
    private final PacingClock clock;

    @Inject
    public SendPacer(WhatsAppConfig config) {
        this(config.pacing(), PacingClock.SYSTEM);
    }

    SendPacer(WhatsAppConfig.Pacing config, PacingClock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Blocks until the channel may send its next message to {@code recipient}: the pair's turn, then the number's. */
    public void awaitTurn(UUID channelId, int messagesPerSecond, String recipient) {
        clock.sleepNanos(pair(channelId, recipient).reserve(clock.nanoTime()));
        number(channelId, messagesPerSecond).awaitTurn(clock);
    }

    /** Meta said the number sends too fast: nobody of the channel sends for {@code wait}. */
    public void holdNumber(UUID channelId, int messagesPerSecond, Duration wait) {
        number(channelId, messagesPerSecond).holdFor(wait.toNanos(), clock);
    }

    /** Meta said the customer got too many messages: nothing more goes to them for {@code wait}. */
    public void holdPair(UUID channelId, String recipient, Duration wait) {
        pair(channelId, recipient).holdFor(wait.toNanos(), clock.nanoTime());
    }

    /** Forgets the budgets of customers who owe nothing any more (such a budget is the same as none). */
    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetIdlePairs() {
        long now = clock.nanoTime();
        pairs.values().removeIf(budget -> budget.isRepaid(now));
    }

    private NumberPace number(UUID channelId, int messagesPerSecond) {
        return numbers.compute(
                channelId,
                (id, current) -> current != null && current.perSecond() == messagesPerSecond
                        ? current
                        : new NumberPace(
                                new TokenBucket(messagesPerSecond, numberBurst(messagesPerSecond), clock.nanoTime())));
    }

    private PairBudget pair(UUID channelId, String recipient) {
        return pairs.computeIfAbsent(
                channelId + ":" + recipient,
                key -> new PairBudget(
                        Math.max(1, config.pairBurst()), config.pairInterval().toNanos(), clock.nanoTime()));
    }

    private double numberBurst(int messagesPerSecond) {
        return Math.max(1, messagesPerSecond * seconds(config.throughputBurst()));
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
