package io.switchboard.simulator.model.whatsapp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * One entry of a status webhook's {@code statuses[]}: per-message pricing (PMP) and no {@code conversation} object,
 * which Meta dropped from v24.0.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MessageStatus(
        String id,
        String status,
        String timestamp,
        String recipientId,
        String recipientType,
        Pricing pricing,
        List<StatusError> errors) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Pricing(boolean billable, String pricingModel, String category, String type) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record StatusError(int code, String title, String message, ErrorData errorData) {}

    public record ErrorData(String details) {}
}
