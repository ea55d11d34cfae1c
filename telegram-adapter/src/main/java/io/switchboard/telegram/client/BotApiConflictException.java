package io.switchboard.telegram.client;

/** 409: {@code getUpdates} while a webhook is set, or while another process polls the same bot. */
public final class BotApiConflictException extends BotApiException {

    public BotApiConflictException(int errorCode, String description) {
        super(errorCode, description);
    }
}
