package io.switchboard.catalog.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Time as PostgreSQL keeps it (microseconds), so an entity returned on write equals the one read back later. */
final class Timestamps {

    private Timestamps() {}

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Now, or just after the previous write if the clock has not moved on: updatedAt always increases. */
    static Instant after(Instant previous) {
        Instant now = now();
        return now.isAfter(previous) ? now : previous.plus(1, ChronoUnit.MICROS);
    }
}
