package io.switchboard.whatsapp.mapping;

import static io.switchboard.whatsapp.mapping.Json.elements;
import static io.switchboard.whatsapp.mapping.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.PlatformError;
import io.switchboard.contract.inbound.InboundEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Turns a WhatsApp webhook body into contract events: every message of every change of every entry, every status, and
 * what Meta says about the number itself. Shapes follow Meta's webhook examples (the spec's {@code /whatsapp/webhooks})
 * and reference, not its schemas.
 */
@ApplicationScoped
public class WebhookNormalizer {

    private static final Logger LOG = Logger.getLogger(WebhookNormalizer.class);
    private static final String MESSAGES_FIELD = "messages";

    private final MessageMapper messages = new MessageMapper();
    private final StatusMapper statuses = new StatusMapper();
    private final ChannelNoticeMapper notices = new ChannelNoticeMapper();

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
        Collected collected = new Collected();
        for (JsonNode entry : elements(body, "entry")) {
            for (JsonNode change : elements(entry, "changes")) {
                String field = text(change, "field");
                JsonNode value = change.path("value");
                if (MESSAGES_FIELD.equals(field)) {
                    readMessagesChange(entry, value, context, collected);
                } else if (ChannelNoticeMapper.ACCOUNT_UPDATE.equals(field)) {
                    notice(entry, text(value, "phone_number"), notices.accountUpdate(value), context, collected);
                } else if (ChannelNoticeMapper.QUALITY_UPDATE.equals(field)) {
                    notice(
                            entry,
                            text(value, "display_phone_number"),
                            notices.qualityUpdate(value),
                            context,
                            collected);
                } else {
                    LOG.debugf("webhook change ignored field=%s", field);
                    collected.ignored++;
                }
            }
        }
        return new NormalizedWebhook(collected.events, collected.receipts, collected.notices, collected.ignored);
    }

    private void readMessagesChange(JsonNode entry, JsonNode value, WebhookContext context, Collected collected) {
        String phoneNumberId = text(value.path("metadata"), "phone_number_id");
        Optional<WebhookContext.ChannelRef> channel = context.channelFor(phoneNumberId);
        if (channel.isEmpty()) {
            LOG.warnf(
                    "webhook change for a number with no channel of this tenant ignored phoneNumberId=%s",
                    phoneNumberId);
            collected.ignored++;
            return;
        }
        readMessages(value, channel.get(), collected);
        readStatuses(value, channel.get(), context, collected);
        Instant at = ChannelNoticeMapper.time(entry);
        for (PlatformError error : notices.errors(value)) {
            LOG.warnf("webhook reports an error about the number code=%s title=%s", error.code(), error.title());
            collected.notices.add(new ChannelNotice(channel.get().channelId(), error, at));
        }
    }

    private static void notice(
            JsonNode entry,
            String displayPhoneNumber,
            Optional<PlatformError> error,
            WebhookContext context,
            Collected collected) {
        Optional<WebhookContext.ChannelRef> channel = context.channelForDisplayNumber(displayPhoneNumber);
        if (error.isEmpty() || channel.isEmpty()) {
            collected.ignored++;
            return;
        }
        LOG.warnf(
                "webhook reports a problem with the number code=%s", error.get().code());
        collected.notices.add(
                new ChannelNotice(channel.get().channelId(), error.get(), ChannelNoticeMapper.time(entry)));
    }

    private void readMessages(JsonNode value, WebhookContext.ChannelRef channel, Collected collected) {
        List<JsonNode> contacts = elements(value, "contacts");
        for (JsonNode message : elements(value, "messages")) {
            Optional<InboundEvent> event = messages.toEvent(channel, message, contacts);
            if (event.isPresent()) {
                collected.events.add(event.get());
            } else {
                LOG.warnf("webhook message without id or sender ignored type=%s", text(message, "type"));
                collected.ignored++;
            }
        }
    }

    private void readStatuses(
            JsonNode value, WebhookContext.ChannelRef channel, WebhookContext context, Collected collected) {
        for (JsonNode raw : elements(value, "statuses")) {
            Optional<StatusMapper.Status> status = statuses.read(raw);
            if (status.isEmpty()) {
                LOG.debugf("webhook status without a contract state ignored status=%s", text(raw, "status"));
                collected.ignored++;
                continue;
            }
            // Only this channel's own sends: a wamid of another channel is treated as unknown here.
            Optional<WebhookContext.SentMessageRef> sent = context.sentMessage(
                            status.get().wamid())
                    .filter(ours -> ours.channelId().equals(channel.channelId()));
            if (sent.isPresent()) {
                collected.receipts.add(statuses.receipt(status.get(), sent.get()));
            } else {
                Optional<? extends InboundEvent> changed = statuses.statusChanged(status.get(), channel);
                if (changed.isPresent()) {
                    collected.events.add(changed.get());
                } else {
                    collected.ignored++;
                }
            }
        }
    }

    /** What the body said so far. */
    private static final class Collected {
        final List<InboundEvent> events = new ArrayList<>();
        final List<DeliveryReceipt> receipts = new ArrayList<>();
        final List<ChannelNotice> notices = new ArrayList<>();
        int ignored;
    }
}
