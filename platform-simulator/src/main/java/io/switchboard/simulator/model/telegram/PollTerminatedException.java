package io.switchboard.simulator.model.telegram;

/** A waiting {@code getUpdates} long poll was cut short, as Telegram does when something else takes over. */
public class PollTerminatedException extends RuntimeException {

    public PollTerminatedException(String reason) {
        super(reason, null, false, false);
    }
}
