package io.switchboard.simulator.model.whatsapp;

import io.switchboard.simulator.model.limits.BorrowingBudget;
import io.switchboard.simulator.model.limits.LimitKind;
import io.switchboard.simulator.model.limits.TokenBucket;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A number's Cloud API rate limits in action: the throughput bucket and one pair budget per recipient. A refused send
 * takes nothing from either, as Meta does not accept it.
 */
public final class NumberLimiter {

    /** Recipients tracked before those that owe nothing any more are forgotten (bounded memory in benchmarks). */
    private static final int PRUNE_ABOVE = 10_000;

    private final WhatsAppLimits limits;
    private final TokenBucket throughput;
    private final Map<String, BorrowingBudget> pairs = new HashMap<>();

    public NumberLimiter(WhatsAppLimits limits, Instant now) {
        this.limits = limits;
        this.throughput = new TokenBucket(
                limits.throughputPerSecond(),
                TokenBucket.intervalFor(limits.throughputPerSecond(), Duration.ofSeconds(1)),
                now);
    }

    public WhatsAppLimits limits() {
        return limits;
    }

    /**
     * Takes a send to {@code recipient} into account, or answers the limit it breaks. Sends to a group have no
     * pair limit ({@code pairLimited} false).
     */
    public synchronized Optional<LimitKind> admit(String recipient, boolean pairLimited, Instant now) {
        if (!limits.enforced()) {
            return Optional.empty();
        }
        if (!throughput.waitFor(1, now).isZero()) {
            return Optional.of(LimitKind.THROUGHPUT);
        }
        BorrowingBudget pair = pairLimited ? pair(recipient, now) : null;
        if (pair != null && !pair.waitFor(now).isZero()) {
            return Optional.of(LimitKind.PAIR);
        }
        throughput.take(1, now);
        if (pair != null) {
            pair.take(now);
        }
        return Optional.empty();
    }

    private BorrowingBudget pair(String recipient, Instant now) {
        if (pairs.size() > PRUNE_ABOVE) {
            pairs.values().removeIf(budget -> budget.isRepaid(now));
        }
        return pairs.computeIfAbsent(
                recipient, unused -> new BorrowingBudget(limits.pairBurst(), limits.pairInterval(), now));
    }
}
