package io.switchboard.whatsapp.mapping;

import static io.switchboard.whatsapp.mapping.Json.elements;
import static io.switchboard.whatsapp.mapping.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.inbound.InboundEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Turns a WhatsApp webhook body into contract events: every message of every change of every entry, and every status.
 * Shapes follow Meta's webhook examples (the spec's {@code /whatsapp/webhooks}) and reference, not its schemas.
 */
@ApplicationScoped
public class WebhookNormalizer {

    private static final Logger LOG = Logger.getLogger(WebhookNormalizer.class);
    private static final String MESSAGES_FIELD = "messages";

    private final MessageMapper messages = new MessageMapper();
    private final StatusMapper statuses = new StatusMapper();

    /**
     * @throws MalformedWebhookException when the body is not a webhook at all (not an object, {@code entry} not a
     *     list)
     */
    public NormalizedWebhook normalize(JsonNode body, WebhookContext context) {
        if (body == null || !body.isObject()) {
            throw new MalformedWebhookException("The body is not a JSON object.");
        }
        if (body.has("entry") && !body.path("entry").isArray()) {
            throw new MalformedWebhookException("'entry' is not a list.");
        }
        List<InboundEvent> events = new ArrayList<>();
        List<DeliveryReceipt> receipts = new ArrayList<>();
        int ignored = 0;
        for (JsonNode entry : elements(body, "entry")) {
            for (JsonNode change : elements(entry, "changes")) {
                if (!MESSAGES_FIELD.equals(text(change, "field"))) {
                    LOG.debugf("webhook change ignored field=%s", text(change, "field"));
                    ignored++;
                    continue;
                }
                JsonNode value = change.path("value");
                Optional<WebhookContext.ChannelRef> channel =
                        context.channelFor(text(value.path("metadata"), "phone_number_id"));
                if (channel.isEmpty()) {
                    LOG.warnf(
                            "webhook change for a number with no channel of this tenant ignored phoneNumberId=%s",
                            text(value.path("metadata"), "phone_number_id"));
                    ignored++;
                    continue;
                }
                ignored += readMessages(value, channel.get(), events);
                ignored += readStatuses(value, channel.get(), context, events, receipts);
                elements(value, "errors")
                        .forEach(error -> LOG.warnf(
                                "webhook reports an error code=%s title=%s",
                                text(error, "code"), text(error, "title")));
            }
        }
        return new NormalizedWebhook(events, receipts, ignored);
    }

    private int readMessages(JsonNode value, WebhookContext.ChannelRef channel, List<InboundEvent> events) {
        List<JsonNode> contacts = elements(value, "contacts");
        int ignored = 0;
        for (JsonNode message : elements(value, "messages")) {
            Optional<InboundEvent> event = messages.toEvent(channel, message, contacts);
            if (event.isPresent()) {
                events.add(event.get());
            } else {
                LOG.warnf("webhook message without id or sender ignored type=%s", text(message, "type"));
                ignored++;
            }
        }
        return ignored;
    }

    private int readStatuses(
            JsonNode value,
            WebhookContext.ChannelRef channel,
            WebhookContext context,
            List<InboundEvent> events,
            List<DeliveryReceipt> receipts) {
        int ignored = 0;
        for (JsonNode raw : elements(value, "statuses")) {
            Optional<StatusMapper.Status> status = statuses.read(raw);
            if (status.isEmpty()) {
                LOG.debugf("webhook status without a contract state ignored status=%s", text(raw, "status"));
                ignored++;
                continue;
            }
            // Only this channel's own sends: a wamid of another channel is treated as unknown here.
            Optional<WebhookContext.SentMessageRef> sent = context.sentMessage(
                            status.get().wamid())
                    .filter(ours -> ours.channelId().equals(channel.channelId()));
            if (sent.isPresent()) {
                receipts.add(statuses.receipt(status.get(), sent.get()));
            } else {
                Optional<? extends InboundEvent> changed = statuses.statusChanged(status.get(), channel);
                if (changed.isPresent()) {
                    events.add(changed.get());
                } else {
                    ignored++;
                }
            }
        }
        return ignored;
    }
}
