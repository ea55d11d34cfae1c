package io.switchboard.simulator.model.telegram;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The Bot API's envelope: {@code {"ok":true,"result":...}} or
 * {@code {"ok":false,"error_code":N,"description":"...","parameters":{...}}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BotApiReply(
        boolean ok, Object result, Integer errorCode, String description, ResponseParameters parameters) {

    public static BotApiReply ok(Object result) {
        return new BotApiReply(true, result, null, null, null);
    }

    /** A success with a remark, as {@code setWebhook} answers "Webhook was set". */
    public static BotApiReply ok(Object result, String description) {
        return new BotApiReply(true, result, null, description, null);
    }

    public static BotApiReply error(int errorCode, String description, ResponseParameters parameters) {
        return new BotApiReply(false, null, errorCode, description, parameters);
    }

    /** Why a request failed and how to recover: wait {@code retry_after} seconds, or use the migrated chat. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ResponseParameters(Long migrateToChatId, Integer retryAfter) {}
}
