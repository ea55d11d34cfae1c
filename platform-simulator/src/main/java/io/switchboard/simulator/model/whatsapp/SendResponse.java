package io.switchboard.simulator.model.whatsapp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** The Cloud API's answer to an accepted send: the recipient as given and as a WhatsApp id, and the new wamid. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SendResponse(String messagingProduct, List<Contact> contacts, List<SentMessage> messages) {

    public static SendResponse of(String input, String waId, String wamid, String messageStatus) {
        return new SendResponse(
                "whatsapp", List.of(new Contact(input, waId)), List.of(new SentMessage(wamid, messageStatus)));
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Contact(String input, String waId) {}

    /** {@code message_status: accepted} appears for template sends only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SentMessage(String id, String messageStatus) {}
}
