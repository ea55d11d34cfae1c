package io.switchboard.whatsapp.service;

/** Time as the pacer sees it: a monotonic clock in nanoseconds, and waiting on it. Tests move a fake one by hand. */
interface PacingClock {

    PacingClock SYSTEM = new PacingClock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) {
            Pause.ofNanos(nanos);
        }
    };

    long nanoTime();

    void sleepNanos(long nanos);
}
