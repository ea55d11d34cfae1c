package io.switchboard.whatsapp.service;

/**
 * Meta's pair rate limit as its throughput documentation words it, seen from the sender: one message every
 * {@code interval} to the same customer, or a burst of up to {@code burst} messages within one interval that borrows
 * from the future; after a burst of n messages nothing more goes to that customer until n intervals have passed since
 * the burst began. The sender keeps inside it with two margins, because Meta measures arrival and we measure
 * departure: a burst must leave within 80% of the interval, and each message repays 5% more than the interval.
 * Reservations are made one after another per customer (a conversation sends in order). Times in nanoseconds.
 */
final class PairBudget {

    private static final double BURST_WINDOW = 0.8;
    private static final double REPAYMENT = 1.05;

    private final int burst;
    private final long window;
    private final long repayment;
    private long repaidAt;
    private long burstStartedAt;
    private int burstSize;

    PairBudget(int burst, long intervalNanos, long now) {
        if (burst < 1 || intervalNanos <= 0) {
            throw new IllegalArgumentException("a budget needs a burst size and a positive interval");
        }
        this.burst = burst;
        this.window = (long) (intervalNanos * BURST_WINDOW);
        this.repayment = (long) Math.ceil(intervalNanos * REPAYMENT);
        this.repaidAt = now;
        this.burstSize = burst;
    }

    /**
     * Takes the next message to the customer at {@code now} or later.
     *
     * @return how many nanoseconds to wait before sending it
     */
    synchronized long reserve(long now) {
        if (now - repaidAt >= 0) {
            startBurst(now);
            return 0;
        }
        if (burstSize < burst && now - burstStartedAt < window) {
            burstSize++;
            repaidAt += repayment;
            return 0;
        }
        long at = repaidAt;
        startBurst(at);
        return at - now;
    }

    /** Meta said the customer got too many messages: nothing more goes to them for {@code nanos}. */
    synchronized void holdFor(long nanos, long now) {
        if (now + nanos - repaidAt > 0) {
            repaidAt = now + nanos;
        }
        burstSize = burst;
    }

    /** Nothing borrowed any more: forgetting the budget changes nothing. */
    synchronized boolean isRepaid(long now) {
        return now - repaidAt >= 0;
    }

    private void startBurst(long at) {
        burstStartedAt = at;
        burstSize = 1;
        repaidAt = at + repayment;
    }
}
