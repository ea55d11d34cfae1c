package io.switchboard.whatsapp.mapping;

import static io.switchboard.whatsapp.mapping.Json.firstText;
import static io.switchboard.whatsapp.mapping.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.ChatType;
import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.Platform;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.delivery.PlatformError;
import io.switchboard.contract.inbound.InboundHeader;
import io.switchboard.contract.inbound.StatusChanged;
import java.time.Instant;
import java.util.Optional;

/**
 * One entry of a webhook's {@code statuses[]}: a receipt for a message we sent, or a {@link StatusChanged} for one we
 * did not (sent from the WhatsApp Business app on a coexistence number).
 */
final class StatusMapper {

    /** What a status said, before we know whose message it is. */
    record Status(String wamid, DeliveryState state, PlatformError error, Instant at, JsonNode raw) {}

    /** Empty for statuses the contract has no state for ({@code deleted}, {@code warning}). */
    Optional<Status> read(JsonNode status) {
        String wamid = text(status, "id");
        DeliveryState state = state(text(status, "status"));
        if (wamid == null || state == null) {
            return Optional.empty();
        }
        PlatformError error = state == DeliveryState.FAILED ? error(status) : null;
        return Optional.of(new Status(wamid, state, error, Json.epochSeconds(status, "timestamp"), status));
    }

    DeliveryReceipt receipt(Status status, WebhookContext.SentMessageRef sent) {
        Instant at = status.at() != null ? status.at() : Instant.now();
        return status.state() == DeliveryState.FAILED
                ? DeliveryReceipt.failed(
                        sent.messageId(),
                        sent.tenantId(),
                        sent.channelId(),
                        Platform.WHATSAPP,
                        status.wamid(),
                        status.error(),
                        at)
                : DeliveryReceipt.of(
                        sent.messageId(),
                        sent.tenantId(),
                        sent.channelId(),
                        Platform.WHATSAPP,
                        status.wamid(),
                        status.state(),
                        at);
    }

    /** Empty when the status names no recipient to file it under. */
    Optional<StatusChanged> statusChanged(Status status, WebhookContext.ChannelRef channel) {
        JsonNode raw = status.raw();
        String recipient = firstText(text(raw, "recipient_id"), text(raw, "recipient_user_id"));
        if (recipient == null) {
            return Optional.empty();
        }
        ChatType chatType = "group".equals(text(raw, "recipient_type")) ? ChatType.GROUP : ChatType.DIRECT;
        InboundHeader header = InboundHeader.received(
                channel.tenantId(),
                Platform.WHATSAPP,
                new ConversationRef(channel.channelId(), recipient, chatType),
                status.wamid(),
                status.at());
        return Optional.of(new StatusChanged(header, status.state(), status.error()));
    }

    private static DeliveryState state(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "sent" -> DeliveryState.SENT;
            case "delivered" -> DeliveryState.DELIVERED;
            // A voice note that was played has been read.
            case "read", "played" -> DeliveryState.READ;
            case "failed" -> DeliveryState.FAILED;
            default -> null;
        };
    }

    private static PlatformError error(JsonNode status) {
        JsonNode error = status.path("errors").path(0);
        if (error.isMissingNode()) {
            return new PlatformError("unknown", "WhatsApp reported the message failed without a reason", null);
        }
        return new PlatformError(
                firstText(text(error, "code"), "unknown"),
                firstText(text(error, "title"), text(error, "message"), "Message failed"),
                firstText(text(error.path("error_data"), "details"), text(error, "message")));
    }
}
