package io.switchboard.simulator.model.whatsapp;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One webhook POST the simulated Graph API made: what it sent and how the webhook answered.
 *
 * @param kind {@code message} (a customer wrote), {@code status} (a sent message progressed) or {@code raw} (a body
 *     delivered as given through the control API)
 * @param status the webhook's HTTP status, {@code null} when it could not be reached
 * @param error why the webhook could not be reached
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookDelivery(
        Instant at,
        String kind,
        String url,
        boolean validSignature,
        String body,
        Integer status,
        String responseBody,
        String error) {}
