package io.switchboard.telegram.client;

/** 401: the bot token is wrong or was revoked in BotFather. */
public final class BotApiUnauthorizedException extends BotApiException {

    public BotApiUnauthorizedException(int errorCode, String description) {
        super(errorCode, description);
    }
}
