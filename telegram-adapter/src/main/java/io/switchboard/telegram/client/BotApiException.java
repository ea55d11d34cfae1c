package io.switchboard.telegram.client;

/**
 * Telegram answered and refused the request ({@code ok: false}). Subclasses name the refusals callers act on
 * differently; the description is Telegram's own words (it never contains the token).
 */
public abstract sealed class BotApiException extends RuntimeException
        permits BotApiUnauthorizedException,
                BotApiForbiddenException,
                BotApiConflictException,
                BotApiRateLimitedException,
                BotApiRejectedException {

    private final int errorCode;
    private final String description;

    protected BotApiException(int errorCode, String description) {
        super(errorCode + " " + description);
        this.errorCode = errorCode;
        this.description = description;
    }

    public int errorCode() {
        return errorCode;
    }

    public String description() {
        return description;
    }
}
