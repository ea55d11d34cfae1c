package io.switchboard.simulator.model.whatsapp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The body of a WhatsApp webhook POST ({@code object: whatsapp_business_account}), shaped like the examples under the
 * spec's {@code /whatsapp/webhooks} pseudo-path and Meta's 2025-2026 webhook reference.
 */
public record WebhookPayload(String object, List<Entry> entry) {

    /** A {@code messages} change (inbound messages and statuses both use this field) for one number of a WABA. */
    public static WebhookPayload messagesChange(String wabaId, ChangeValue value) {
        return new WebhookPayload(
                "whatsapp_business_account", List.of(new Entry(wabaId, List.of(new Change(value, "messages")))));
    }

    public record Entry(String id, List<Change> changes) {}

    public record Change(ChangeValue value, String field) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ChangeValue(
            String messagingProduct,
            Metadata metadata,
            List<Contact> contacts,
            List<JsonNode> messages,
            List<MessageStatus> statuses) {

        public static ChangeValue messages(Metadata metadata, Contact contact, JsonNode message) {
            return new ChangeValue("whatsapp", metadata, List.of(contact), List.of(message), null);
        }

        public static ChangeValue statuses(Metadata metadata, MessageStatus status) {
            return new ChangeValue("whatsapp", metadata, null, null, List.of(status));
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Metadata(String displayPhoneNumber, String phoneNumberId) {

        public static Metadata of(WhatsAppNumber number) {
            return new Metadata(number.displayPhoneNumberDigits(), number.phoneNumberId());
        }
    }

    /** The sender; since 2026 it may carry a business-scoped {@code user_id} and a {@code username}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Contact(Profile profile, String waId, String userId) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Profile(String name, String username) {}
}
