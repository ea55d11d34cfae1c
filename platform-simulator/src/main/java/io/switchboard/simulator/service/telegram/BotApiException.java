package io.switchboard.simulator.service.telegram;

import io.switchboard.simulator.model.PlatformAnswer;
import io.switchboard.simulator.model.telegram.BotApiReply;
import io.switchboard.simulator.service.PlatformException;

/** A Bot API error: the HTTP status is the {@code error_code}, the description reads as Telegram's does. */
public final class BotApiException extends PlatformException {

    private final int errorCode;
    private final BotApiReply.ResponseParameters parameters;

    private BotApiException(int errorCode, String description, BotApiReply.ResponseParameters parameters) {
        super(description);
        this.errorCode = errorCode;
        this.parameters = parameters;
    }

    public static BotApiException unauthorized() {
        return new BotApiException(401, "Unauthorized", null);
    }

    public static BotApiException notFound() {
        return new BotApiException(404, "Not Found", null);
    }

    public static BotApiException badRequest(String detail) {
        return new BotApiException(400, "Bad Request: " + detail, null);
    }

    public static BotApiException forbidden(String detail) {
        return new BotApiException(403, "Forbidden: " + detail, null);
    }

    public static BotApiException conflict(String detail) {
        return new BotApiException(409, "Conflict: " + detail, null);
    }

    /** A flood limit: the send was not made, and would pass after {@code retryAfter} seconds. */
    public static BotApiException tooManyRequests(int retryAfter) {
        return new BotApiException(
                429,
                "Too Many Requests: retry after " + retryAfter,
                new BotApiReply.ResponseParameters(null, retryAfter));
    }

    /** The group became a supergroup: the bot must use the new chat id from now on. */
    public static BotApiException migrated(long supergroupId) {
        return new BotApiException(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                new BotApiReply.ResponseParameters(supergroupId, null));
    }

    /**
     * An injected fault: {@code status} as {@code error_code}, Telegram's usual description for it unless one is given,
     * and on a 429 {@code parameters.retry_after} (default 5 seconds).
     */
    public static BotApiException injected(int status, String description, Integer retryAfter) {
        if (status == 429) {
            int wait = retryAfter == null ? 5 : retryAfter;
            return new BotApiException(
                    429,
                    description != null ? description : "Too Many Requests: retry after " + wait,
                    new BotApiReply.ResponseParameters(null, wait));
        }
        String text = description != null
                ? description
                : switch (status) {
                    case 401 -> "Unauthorized";
                    case 403 -> "Forbidden: bot was blocked by the user";
                    case 404 -> "Not Found";
                    case 409 -> "Conflict: terminated by other getUpdates request";
                    case 502 -> "Bad Gateway";
                    default -> status >= 500 ? "Internal Server Error" : "Bad Request: simulated fault";
                };
        return new BotApiException(status, text, null);
    }

    public static BotApiException internal() {
        return new BotApiException(500, "Internal Server Error", null);
    }

    public int errorCode() {
        return errorCode;
    }

    @Override
    public PlatformAnswer answer() {
        return new PlatformAnswer(errorCode, BotApiReply.error(errorCode, getMessage(), parameters));
    }
}
