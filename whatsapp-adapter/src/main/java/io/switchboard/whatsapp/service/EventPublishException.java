package io.switchboard.whatsapp.service;

/** Kafka did not acknowledge an event in time: the caller must not treat the work as done. Transient. */
public class EventPublishException extends RuntimeException {

    public EventPublishException(String what, Throwable cause) {
        super("Kafka did not acknowledge " + what + ": " + cause.getMessage(), cause);
    }
}
