package io.switchboard.simulator.service.whatsapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.simulator.model.whatsapp.CustomerMessage;
import io.switchboard.simulator.model.whatsapp.CustomerMessageDelivery;
import io.switchboard.simulator.model.whatsapp.SimulatedNumber;
import io.switchboard.simulator.model.whatsapp.WebhookPayload;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Customers writing to a business number: each message becomes a signed {@code messages} webhook. */
@ApplicationScoped
public class CustomerMessages {

    private static final Set<String> ADDED_BY_WHATSAPP = Set.of("from", "id", "timestamp");

    private final WhatsAppWebhooks webhooks;
    private final InboundMedia inboundMedia;
    private final ObjectMapper mapper;
    private final Clock clock;

    CustomerMessages(WhatsAppWebhooks webhooks, InboundMedia inboundMedia, ObjectMapper mapper, Clock clock) {
        this.webhooks = webhooks;
        this.inboundMedia = inboundMedia;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Delivers {@code message}; its media, if any, becomes downloadable from the simulator at {@code baseUrl}.
     */
    public CompletableFuture<CustomerMessageDelivery> deliver(
            SimulatedNumber number, CustomerMessage message, String baseUrl) {
        String wamid = Wamids.inbound(message.from());
        ObjectNode messageObject = messageObject(message, wamid);
        inboundMedia.complete(number, messageObject, baseUrl);
        WebhookPayload payload = WebhookPayload.messagesChange(
                number.number().wabaId(),
                WebhookPayload.ChangeValue.messages(
                        WebhookPayload.Metadata.of(number.number()), contact(message), messageObject));
        return webhooks.deliverSubscribed(number, "message", payload)
                .thenApply(response ->
                        new CustomerMessageDelivery(wamid, response.status(), response.body(), response.error()));
    }

    private static WebhookPayload.Contact contact(CustomerMessage message) {
        return new WebhookPayload.Contact(
                new WebhookPayload.Profile(message.name(), message.username()), message.from(), message.userId());
    }

    /** The {@code messages[]} entry: WhatsApp's from, id and timestamp, then the content. */
    private ObjectNode messageObject(CustomerMessage message, String wamid) {
        ObjectNode json = mapper.createObjectNode();
        json.put("from", message.from());
        json.put("id", wamid);
        json.put("timestamp", Long.toString(clock.instant().getEpochSecond()));
        if (message.text() != null) {
            json.put("type", "text");
            json.putObject("text").put("body", message.text());
        } else {
            message.message().properties().forEach(field -> {
                if (!ADDED_BY_WHATSAPP.contains(field.getKey())) {
                    json.set(field.getKey(), field.getValue().deepCopy());
                }
            });
        }
        return json;
    }
}
