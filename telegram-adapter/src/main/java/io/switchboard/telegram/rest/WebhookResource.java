package io.switchboard.telegram.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.common.problem.ProblemException;
import io.switchboard.common.problem.Problems;
import io.switchboard.telegram.mapping.InvalidUpdateException;
import io.switchboard.telegram.service.EventNotAcknowledgedException;
import io.switchboard.telegram.service.UpdateIntake;
import io.switchboard.telegram.service.WebhookChannels;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * Where Telegram delivers a WEBHOOK channel's updates. Telegram retries any answer but 2xx, so the answer is 200 only
 * once the update's event is on Kafka (or was already), 503 when Kafka did not take it, and 401/404 when the request is
 * not from Telegram for a channel we have.
 */
@Path("/webhooks/telegram/{channelId}")
public class WebhookResource {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    @Inject
    WebhookChannels webhookChannels;

    @Inject
    UpdateIntake intake;

    @Inject
    ObjectMapper mapper;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response receive(
            @PathParam("channelId") String channelId, @HeaderParam(SECRET_HEADER) String secret, byte[] body) {
        var channel = webhookChannels.verified(channelId, secret);
        try {
            intake.accept(channel, parse(body));
        } catch (InvalidUpdateException e) {
            throw Problems.badRequest("Not a Telegram update: " + e.getMessage());
        } catch (EventNotAcknowledgedException e) {
            throw Problems.unavailable("The update could not be handed on (Kafka unavailable); Telegram will retry.");
        }
        return Response.ok().build();
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode update = mapper.readTree(body);
            if (update == null || !update.isObject()) {
                throw Problems.badRequest("The body must be a JSON object: a Telegram Update.");
            }
            return update;
        } catch (IOException e) {
            throw new ProblemException(400, "malformed-json", "Malformed JSON", "The body is not valid JSON.");
        }
    }
}
