package io.switchboard.simulator.service.whatsapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.simulator.model.PlatformAnswer;
import io.switchboard.simulator.model.whatsapp.AcceptedMessage;
import io.switchboard.simulator.model.whatsapp.SendResponse;
import io.switchboard.simulator.model.whatsapp.SimulatedNumber;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * {@code POST /{version}/{phone-number-id}/messages}: sends a message within the number's rate limits (and plays its
 * status webhooks afterwards), or, for a body with {@code status: read}, marks a received message as read and
 * optionally shows a typing indicator; those do not count as messages.
 */
@ApplicationScoped
public class MessageOperations {

    private final ObjectMapper mapper;
    private final SendRequestValidator validator;
    private final StatusWebhooks statuses;
    private final GraphRateLimits limits;

    MessageOperations(
            ObjectMapper mapper, SendRequestValidator validator, StatusWebhooks statuses, GraphRateLimits limits) {
        this.mapper = mapper;
        this.validator = validator;
        this.statuses = statuses;
        this.limits = limits;
    }

    public PlatformAnswer post(SimulatedNumber number, String body) {
        JsonNode request = parse(body);
        return request.has("status") ? markAsRead(request) : send(number, request);
    }

    private PlatformAnswer send(SimulatedNumber number, JsonNode request) {
        SendRequestValidator.ValidSend send = validator.validate(number, request);
        limits.admit(number, send);
        String wamid = Wamids.outbound(send.to());
        boolean template = send.type().equals("template");
        statuses.afterSend(number, new AcceptedMessage(wamid, send.recipientId(), send.toGroup(), template));
        return PlatformAnswer.ok(SendResponse.of(send.to(), send.recipientId(), wamid, template ? "accepted" : null));
    }

    private static PlatformAnswer markAsRead(JsonNode request) {
        String product = JsonParameters.requiredText(request, "messaging_product", "messaging_product");
        if (!"whatsapp".equals(product)) {
            throw GraphApiException.invalidParameter(
                    "Param messaging_product must be one of {WHATSAPP} - got \"" + product + "\".");
        }
        if (!"read".equals(request.get("status").asText())) {
            throw GraphApiException.invalidParameter("Param status must be \"read\".");
        }
        JsonParameters.requiredText(request, "message_id", "message_id");
        JsonNode typing = request.get("typing_indicator");
        if (typing != null && !"text".equals(JsonParameters.optionalText(typing, "type"))) {
            throw GraphApiException.invalidParameter("Param typing_indicator['type'] must be \"text\".");
        }
        return PlatformAnswer.ok(Map.of("success", true));
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw GraphApiException.invalidParameter("The parameter messaging_product is required.");
        }
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw GraphApiException.invalidParameter("The request body is not valid JSON.");
        }
    }
}
