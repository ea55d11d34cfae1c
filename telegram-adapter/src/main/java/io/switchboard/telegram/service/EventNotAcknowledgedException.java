package io.switchboard.telegram.service;

/** Kafka did not acknowledge an event in time: whatever depended on it must not be kept or confirmed. */
public class EventNotAcknowledgedException extends RuntimeException {

    public EventNotAcknowledgedException(String topic, Throwable cause) {
        super(
                "Kafka did not acknowledge the event on " + topic + ": "
                        + (cause.getMessage() != null
                                ? cause.getMessage()
                                : cause.getClass().getSimpleName()),
                cause);
    }
}
