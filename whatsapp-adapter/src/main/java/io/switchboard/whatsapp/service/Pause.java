package io.switchboard.whatsapp.service;

import java.time.Duration;

/** Waiting on purpose (pacing, backing off), interruptible by shutdown. */
final class Pause {

    private Pause() {}

    static void of(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pacing sends", e);
        }
    }
}
