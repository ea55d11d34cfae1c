package io.switchboard.telegram.client;

/** No connection to the Bot API could be made: the request never left, so repeating it is always safe. */
public final class BotApiUnreachableException extends BotApiUnavailableException {

    public BotApiUnreachableException(String message) {
        super(message);
    }
}
