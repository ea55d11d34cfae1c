package io.switchboard.telegram.client;

/**
 * The Bot API could not be asked or did not answer properly (I/O failure, a 5xx, an answer that is not the envelope).
 * Whether a send went through is unknown, unless this is a {@link BotApiUnreachableException}.
 *
 * <p>Messages are scrubbed of bot tokens, and the I/O cause is not chained: its message may hold the request URL.
 */
public class BotApiUnavailableException extends RuntimeException {

    public BotApiUnavailableException(String message) {
        super(BotTokenRedaction.redact(message));
    }
}
