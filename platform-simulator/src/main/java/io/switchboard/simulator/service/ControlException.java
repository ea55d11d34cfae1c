package io.switchboard.simulator.service;

/** A control API request that cannot be carried out: an unknown number or bot, or a missing precondition. */
public class ControlException extends RuntimeException {

    private final int status;

    private ControlException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static ControlException notFound(String message) {
        return new ControlException(404, message);
    }

    public static ControlException conflict(String message) {
        return new ControlException(409, message);
    }

    public static ControlException badRequest(String message) {
        return new ControlException(400, message);
    }

    public int status() {
        return status;
    }
}
