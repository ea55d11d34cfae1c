package io.switchboard.contract;

/** Bytes that do not make a valid event: a poison record, headed for a dead-letter topic. */
public final class InvalidEventException extends RuntimeException {

    InvalidEventException(Class<?> type, Exception cause) {
        super("not a valid " + type.getSimpleName() + ": " + cause.getMessage(), cause);
    }
}
