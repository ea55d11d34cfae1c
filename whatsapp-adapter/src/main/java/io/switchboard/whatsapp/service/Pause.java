package io.switchboard.whatsapp.service;

import java.time.Duration;

/** Waiting on purpose (pacing, backing off), interruptible by shutdown. */
final class Pause {

    private Pause() {}

    static void of(Duration duration) {
        ofNanos(duration.toNanos());
    }

    static void ofNanos(long nanos) {
        if (nanos <= 0) {
            return;
        }
        try {
            Thread.sleep(Duration.ofNanos(nanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pacing sends", e);
        }
    }
}
