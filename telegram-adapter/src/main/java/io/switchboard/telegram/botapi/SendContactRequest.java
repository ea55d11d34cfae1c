package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Parameters of {@code sendContact}.
 *
 * @param vcard the rest of the card (more phones, e-mail, organisation), 0-2048 bytes
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SendContactRequest(
        Object chatId,
        String phoneNumber,
        String firstName,
        String lastName,
        String vcard,
        ReplyParameters replyParameters)
        implements ChatRequest {

    @Override
    public SendContactRequest withChatId(Object chatId) {
        return new SendContactRequest(chatId, phoneNumber, firstName, lastName, vcard, replyParameters);
    }
}
