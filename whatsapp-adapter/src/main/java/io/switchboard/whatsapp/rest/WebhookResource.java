package io.switchboard.whatsapp.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.switchboard.whatsapp.config.WhatsAppConfig;
import io.switchboard.whatsapp.service.WebhookIntake;
import io.switchboard.whatsapp.service.WebhookSignature;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * The callback URL Meta calls for one channel. Authenticated by Meta's signature with the channel's app secret, not by
 * a tenant token.
 */
@Path("/webhooks/whatsapp/{channelId}")
@PermitAll
public class WebhookResource {

    @Inject
    WebhookIntake intake;

    @Inject
    WhatsAppConfig config;

    /** Meta's verification handshake when the business saves the callback URL. */
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String verify(
            @PathParam("channelId") UUID channelId,
            @QueryParam("hub.mode") String mode,
            @QueryParam("hub.verify_token") String verifyToken,
            @QueryParam("hub.challenge") String challenge) {
        return intake.handshake(channelId, mode, verifyToken, challenge);
    }

    /**
     * Messages and statuses; the raw bytes are what the signature covers, so they are taken as they came. The body is
     * read whole by the HTTP server before the call (a declared oversize was refused before reading, see
     * {@link WebhookBodyLimit}); the intake, which waits for the database and Kafka, then runs on a worker thread.
     * Reading on the event loop matters: Meta sends three status webhooks per message, and a worker reading the body
     * as a stream makes the event loop wait for it.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<WebhookAck> receive(
            @PathParam("channelId") UUID channelId,
            @HeaderParam(WebhookSignature.HEADER) String signature,
            byte[] body) {
        byte[] bytes = WebhookBodyLimit.within(
                body == null ? new byte[0] : body, config.maxWebhookBytes().asLongValue());
        return Uni.createFrom()
                .item(() -> new WebhookAck(intake.receive(channelId, bytes, signature)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
