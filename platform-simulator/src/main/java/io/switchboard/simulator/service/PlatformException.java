package io.switchboard.simulator.service;

import io.switchboard.simulator.model.PlatformAnswer;

/** A platform API call the simulated platform refuses, carrying the platform's own error answer. */
public abstract class PlatformException extends RuntimeException {

    protected PlatformException(String message) {
        super(message, null, false, false);
    }

    /** The HTTP status and error envelope the real platform would answer with. */
    public abstract PlatformAnswer answer();
}
