package io.switchboard.whatsapp.service;

import java.util.concurrent.locks.ReentrantLock;

/**
 * One number's pace: its senders queue in arrival order and the first in line waits for the next token, so a token
 * wakes exactly one sender (hundreds of waiting senders do not all poll the bucket).
 */
final class NumberPace {

    private final ReentrantLock line = new ReentrantLock(true);
    private final TokenBucket bucket;

    NumberPace(TokenBucket bucket) {
        this.bucket = bucket;
    }

    double perSecond() {
        return bucket.perSecond();
    }

    /** Returns when the caller may send one message. */
    void awaitTurn(PacingClock clock) {
        line.lock();
        try {
            long wait;
            while ((wait = bucket.tryTake(clock.nanoTime())) > 0) {
                clock.sleepNanos(wait);
            }
        } finally {
            line.unlock();
        }
    }

    void holdFor(long nanos, PacingClock clock) {
        line.lock();
        try {
            bucket.holdFor(nanos, clock.nanoTime());
        } finally {
            line.unlock();
        }
    }
}
