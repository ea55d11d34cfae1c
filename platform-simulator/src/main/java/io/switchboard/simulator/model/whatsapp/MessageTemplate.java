package io.switchboard.simulator.model.whatsapp;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** A template of a WhatsApp Business Account, shaped as {@code GET /{waba-id}/message_templates} lists it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"name", "parameter_format", "components", "language", "status", "category", "id"})
public record MessageTemplate(
        String name,
        String parameterFormat,
        ArrayNode components,
        String language,
        String status,
        String category,
        String id) {

    public boolean approved() {
        return "APPROVED".equals(status);
    }
}
