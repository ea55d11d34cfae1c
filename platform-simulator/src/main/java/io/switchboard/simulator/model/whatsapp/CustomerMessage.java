package io.switchboard.simulator.model.whatsapp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

/**
 * A customer writing to a business number (control API): either a plain {@code text}, or a raw webhook
 * {@code message} object without {@code from}, {@code id} and {@code timestamp}, which the simulator adds.
 *
 * @param userId the business-scoped user id (2026) shown in {@code contacts[].user_id}, optional
 * @param username the customer's WhatsApp username, shown in {@code contacts[].profile.username}, optional
 */
public record CustomerMessage(
        @NotBlank String from, String name, String text, ObjectNode message, String userId, String username) {

    @AssertTrue(message = "give either text or message (with its type), not both")
    public boolean isTextOrMessage() {
        return (text != null) != (message != null) && (message == null || message.hasNonNull("type"));
    }
}
