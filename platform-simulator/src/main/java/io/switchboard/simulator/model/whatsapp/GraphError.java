package io.switchboard.simulator.model.whatsapp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The Graph API's error envelope:
 * {@code {"error": {message, type, code, error_subcode?, error_data?, fbtrace_id}}}.
 */
public record GraphError(Body error) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Body(
            String message, String type, int code, Integer errorSubcode, ErrorData errorData, String fbtraceId) {}

    /** WhatsApp's addition to the envelope: which product failed and, in words, why. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ErrorData(String messagingProduct, String details) {}
}
