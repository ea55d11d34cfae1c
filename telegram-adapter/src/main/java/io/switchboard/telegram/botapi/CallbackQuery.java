package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Bot API {@code CallbackQuery}: a press on an inline keyboard button.
 *
 * @param message the message that carried the keyboard; an {@code InaccessibleMessage} (date 0) when it is too old, so
 *     only its chat and id are relied on. Absent for keyboards of inline-mode messages.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CallbackQuery(String id, User from, Message message, String inlineMessageId, String data) {}
