package io.switchboard.simulator.service.whatsapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.simulator.client.WebhookClient;
import io.switchboard.simulator.client.WebhookResponse;
import io.switchboard.simulator.model.whatsapp.SimulatedNumber;
import io.switchboard.simulator.model.whatsapp.WebhookDelivery;
import io.switchboard.simulator.model.whatsapp.WebhookSubscription;
import io.switchboard.simulator.service.ControlException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * POSTs webhooks to a number's subscribed URL the way Meta does: JSON, signed with the app secret over the exact
 * bytes sent. Each delivery is recorded on the number. Failed deliveries are not retried here: tests drive retries.
 */
@ApplicationScoped
public class WhatsAppWebhooks {

    private static final Logger LOG = Logger.getLogger(WhatsAppWebhooks.class);

    private final WebhookClient client;
    private final ObjectMapper mapper;
    private final Clock clock;

    WhatsAppWebhooks(WebhookClient client, ObjectMapper mapper, Clock clock) {
        this.client = client;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Serializes {@code payload} and delivers it, validly signed, to {@code subscription}. */
    public CompletableFuture<WebhookResponse> deliver(
            SimulatedNumber number, WebhookSubscription subscription, String kind, Object payload) {
        return deliver(number, subscription, kind, serialize(kind, payload), true);
    }

    /** Delivers {@code payload} to the number's webhook; the control API's conflict when none is subscribed. */
    public CompletableFuture<WebhookResponse> deliverSubscribed(SimulatedNumber number, String kind, Object payload) {
        return deliverSubscribed(number, kind, serialize(kind, payload), true);
    }

    /** Delivers {@code body} byte for byte, signed with the app secret or, when not {@code validSignature}, forged. */
    public CompletableFuture<WebhookResponse> deliverSubscribed(
            SimulatedNumber number, String kind, byte[] body, boolean validSignature) {
        WebhookSubscription subscription = number.subscription()
                .orElseThrow(() -> ControlException.conflict(
                        "number " + number.id() + " has no webhook subscribed: PUT .../webhook first"));
        return deliver(number, subscription, kind, body, validSignature);
    }

    private CompletableFuture<WebhookResponse> deliver(
            SimulatedNumber number,
            WebhookSubscription subscription,
            String kind,
            byte[] body,
            boolean validSignature) {
        String appSecret = number.number().appSecret();
        String signature =
                validSignature ? WebhookSignature.of(appSecret, body) : WebhookSignature.forged(appSecret, body);
        Map<String, String> headers = Map.of(
                "Content-Type",
                "application/json",
                WebhookSignature.HEADER,
                signature,
                "User-Agent",
                "facebookexternalua");
        Instant sentAt = clock.instant();
        return client.post(subscription.url(), headers, body).thenApply(response -> {
            number.recordDelivery(new WebhookDelivery(
                    sentAt,
                    kind,
                    subscription.url(),
                    validSignature,
                    new String(body, StandardCharsets.UTF_8),
                    response.status(),
                    response.body(),
                    response.error()));
            LOG.debugf(
                    "whatsapp webhook kind=%s number=%s status=%s error=%s",
                    kind, number.id(), response.status(), response.error());
            return response;
        });
    }

    private byte[] serialize(String kind, Object payload) {
        try {
            return mapper.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a " + kind + " webhook", e);
        }
    }
}
