package io.switchboard.telegram.client;

import jakarta.ws.rs.core.Response;
import java.time.Duration;

/** Turns the Bot API's error envelope into the exception a caller acts on. */
final class BotApiErrors {

    private BotApiErrors() {}

    static RuntimeException fromResponse(Response response) {
        BotApiResponse envelope = null;
        try {
            envelope = response.readEntity(BotApiResponse.class);
        } catch (RuntimeException notAnEnvelope) {
            // A proxy's HTML error page, an empty body: only the status is known.
        }
        return from(response.getStatus(), envelope);
    }

    static RuntimeException from(int httpStatus, BotApiResponse envelope) {
        if (envelope == null || envelope.errorCode() == null) {
            return new BotApiUnavailableException("the Bot API answered HTTP " + httpStatus + " without its envelope");
        }
        int code = envelope.errorCode();
        String description = envelope.description() == null ? "" : envelope.description();
        Long migrateTo =
                envelope.parameters() == null ? null : envelope.parameters().migrateToChatId();
        Integer retryAfter =
                envelope.parameters() == null ? null : envelope.parameters().retryAfter();
        if (code >= 500) {
            return new BotApiUnavailableException("the Bot API failed: " + code + " " + description);
        }
        return switch (code) {
            case 401 -> new BotApiUnauthorizedException(code, description);
            case 403 -> new BotApiForbiddenException(code, description);
            case 409 -> new BotApiConflictException(code, description);
            case 429 ->
                new BotApiRateLimitedException(
                        code, description, Duration.ofSeconds(retryAfter == null ? 1 : retryAfter));
            default -> new BotApiRejectedException(code, description, migrateTo);
        };
    }
}
