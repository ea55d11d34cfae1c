package io.switchboard.whatsapp.client;

/**
 * A send that may or may not have reached Meta (the connection broke or timed out after the request left). Resending
 * could deliver the message twice, so it is reported, never retried.
 */
public class GraphOutcomeUnknownException extends RuntimeException {

    public GraphOutcomeUnknownException(Throwable cause) {
        super("the Graph API did not answer the send: " + cause.getMessage(), cause);
    }
}
