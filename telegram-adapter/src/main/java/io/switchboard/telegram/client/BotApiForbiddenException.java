package io.switchboard.telegram.client;

/** 403: the bot may not write there (blocked by the user, kicked from the group, not a channel admin). */
public final class BotApiForbiddenException extends BotApiException {

    public BotApiForbiddenException(int errorCode, String description) {
        super(errorCode, description);
    }
}
