package io.switchboard.whatsapp.mapping;

import static io.switchboard.whatsapp.mapping.Json.elements;
import static io.switchboard.whatsapp.mapping.Json.firstText;
import static io.switchboard.whatsapp.mapping.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.ChatType;
import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.Platform;
import io.switchboard.contract.Sender;
import io.switchboard.contract.content.ContactCard;
import io.switchboard.contract.content.Content;
import io.switchboard.contract.content.MediaKind;
import io.switchboard.contract.content.OrderItem;
import io.switchboard.contract.inbound.AdReferral;
import io.switchboard.contract.inbound.ChoiceSelected;
import io.switchboard.contract.inbound.InboundEvent;
import io.switchboard.contract.inbound.InboundHeader;
import io.switchboard.contract.inbound.MessageDetails;
import io.switchboard.contract.inbound.MessageReceived;
import io.switchboard.contract.inbound.ProductReference;
import io.switchboard.contract.inbound.ReactionReceived;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of a webhook's {@code messages[]} as a contract event. Every message becomes an event: a type the
 * contract does not model arrives as {@link Content.Unsupported} with WhatsApp's name for it.
 */
final class MessageMapper {

    private static final Set<String> MEDIA_TYPES = Set.of("image", "audio", "video", "document", "sticker");

    /**
     * @param contacts the change's {@code contacts[]}: who wrote, with profile name and (2026) business-scoped id
     * @return empty only when the message has no id or no sender at all, which Meta never sends
     */
    Optional<InboundEvent> toEvent(WebhookContext.ChannelRef channel, JsonNode message, List<JsonNode> contacts) {
        String wamid = text(message, "id");
        Sender sender = sender(message, contacts);
        if (wamid == null || sender == null) {
            return Optional.empty();
        }
        String groupId = text(message, "group_id");
        ConversationRef conversation = groupId != null
                ? new ConversationRef(channel.channelId(), groupId, ChatType.GROUP)
                : ConversationRef.direct(channel.channelId(), sender.platformUserId());
        InboundHeader header = InboundHeader.received(
                channel.tenantId(), Platform.WHATSAPP, conversation, wamid, Json.epochSeconds(message, "timestamp"));
        String contextId = text(message.path("context"), "id");
        String type = firstText(text(message, "type"), "unknown");
        InboundEvent event = switch (type) {
            case "text" -> received(header, sender, contextId, textContent(message));
            case "location" -> received(header, sender, contextId, location(message.path("location")));
            case "contacts" -> received(header, sender, contextId, contacts(message));
            case "interactive" -> interactive(header, sender, contextId, message.path("interactive"));
            case "button" -> templateButton(header, sender, contextId, message.path("button"));
            case "reaction" -> reaction(header, sender, contextId, message.path("reaction"));
            case "order" -> received(header, sender, contextId, order(message.path("order")));
            case "system" -> received(header, sender, contextId, system(message.path("system")));
            case "request_welcome" ->
                received(
                        header,
                        sender,
                        contextId,
                        new Content.Unsupported(
                                "request_welcome",
                                "The customer opened the chat for the first time and awaits a welcome."));
            case "unsupported" -> received(header, sender, contextId, unsupported(message));
            default ->
                received(
                        header,
                        sender,
                        contextId,
                        MEDIA_TYPES.contains(type)
                                ? media(type, message.path(type))
                                : new Content.Unsupported(
                                        type, "WhatsApp message type '" + type + "' is not modelled yet."));
        };
        return Optional.of(withDetails(event, details(message)));
    }

    private static InboundEvent withDetails(InboundEvent event, MessageDetails details) {
        if (details != null && event instanceof MessageReceived plain) {
            return new MessageReceived(
                    plain.header(), plain.sender(), plain.replyToPlatformMessageId(), plain.content(), details);
        }
        return event;
    }

    /**
     * The sender from {@code contacts[]}: WhatsApp id (the phone number) when shared, else the business-scoped user
     * id; the phone number may be withheld, so it is never required.
     */
    private static Sender sender(JsonNode message, List<JsonNode> contacts) {
        String from = text(message, "from");
        String fromUserId = text(message, "from_user_id");
        JsonNode contact = contacts.stream()
                .filter(candidate -> (from != null && from.equals(text(candidate, "wa_id")))
                        || (fromUserId != null && fromUserId.equals(text(candidate, "user_id"))))
                .findFirst()
                .orElse(contacts.size() == 1 && text(message, "group_id") == null ? contacts.get(0) : null);
        JsonNode profile = contact == null ? null : contact.path("profile");
        String waId = firstText(contact == null ? null : text(contact, "wa_id"), from);
        String userId = firstText(contact == null ? null : text(contact, "user_id"), fromUserId);
        String platformUserId = firstText(waId, userId);
        if (platformUserId == null) {
            return null;
        }
        return new Sender(
                platformUserId,
                profile == null ? null : text(profile, "name"),
                waId,
                profile == null ? null : text(profile, "username"),
                null);
    }

    private static InboundEvent received(InboundHeader header, Sender sender, String replyTo, Content content) {
        return new MessageReceived(header, sender, replyTo, content);
    }

    /**
     * Forwarding marks and the referred product live in {@code context}; the ad that started the chat in
     * {@code referral}. {@code null} when the message has none of them.
     */
    private static MessageDetails details(JsonNode message) {
        JsonNode context = message.path("context");
        boolean forwarded = context.path("forwarded").asBoolean(false);
        boolean frequentlyForwarded = context.path("frequently_forwarded").asBoolean(false);
        ProductReference product = null;
        JsonNode referred = context.path("referred_product");
        if (text(referred, "product_retailer_id") != null) {
            product = new ProductReference(text(referred, "catalog_id"), text(referred, "product_retailer_id"));
        }
        AdReferral referral = null;
        JsonNode ad = message.path("referral");
        if (ad.isObject()) {
            referral = new AdReferral(
                    text(ad, "source_url"),
                    text(ad, "source_type"),
                    text(ad, "source_id"),
                    text(ad, "headline"),
                    text(ad, "body"),
                    text(ad, "media_type"),
                    firstText(text(ad, "image_url"), text(ad, "video_url"), text(ad, "thumbnail_url")),
                    text(ad, "ctwa_clid"));
        }
        if (!forwarded && !frequentlyForwarded && product == null && referral == null) {
            return null;
        }
        return new MessageDetails(forwarded || frequentlyForwarded, frequentlyForwarded, referral, product, null);
    }

    private static Content textContent(JsonNode message) {
        String body = text(message.path("text"), "body");
        return body == null
                ? new Content.Unsupported("text", "A text message without a body.")
                : new Content.Text(body);
    }

    private static Content media(String type, JsonNode media) {
        String id = text(media, "id");
        if (id == null) {
            return new Content.Unsupported(type, "A " + type + " message without a media id.");
        }
        MediaKind kind = switch (type) {
            case "image" -> MediaKind.IMAGE;
            case "video" -> MediaKind.VIDEO;
            case "document" -> MediaKind.DOCUMENT;
            case "sticker" -> MediaKind.STICKER;
            default -> media.path("voice").asBoolean(false) ? MediaKind.VOICE : MediaKind.AUDIO;
        };
        return new Content.Media(
                kind,
                id,
                text(media, "url"),
                text(media, "mime_type"),
                text(media, "sha256"),
                text(media, "caption"),
                text(media, "filename"),
                null);
    }

    private static Content location(JsonNode location) {
        JsonNode latitude = location.path("latitude");
        JsonNode longitude = location.path("longitude");
        if (!latitude.isNumber() && !latitude.isTextual() || !longitude.isNumber() && !longitude.isTextual()) {
            return new Content.Unsupported("location", "A location without coordinates.");
        }
        return new Content.Location(
                latitude.asDouble(), longitude.asDouble(), text(location, "name"), text(location, "address"));
    }

    private static Content contacts(JsonNode message) {
        return new Content.Contacts(elements(message, "contacts").stream()
                .map(MessageMapper::contactCard)
                .toList());
    }

    private static ContactCard contactCard(JsonNode contact) {
        JsonNode name = contact.path("name");
        String formatted = firstText(
                text(name, "formatted_name"),
                String.join(
                                " ",
                                List.of(
                                        firstText(text(name, "first_name"), ""),
                                        firstText(text(name, "last_name"), "")))
                        .trim());
        return new ContactCard(
                formatted,
                elements(contact, "phones").stream()
                        .map(phone -> firstText(text(phone, "phone"), text(phone, "wa_id")))
                        .filter(phone -> phone != null)
                        .toList(),
                elements(contact, "emails").stream()
                        .map(email -> text(email, "email"))
                        .filter(email -> email != null)
                        .toList(),
                text(contact.path("org"), "company"));
    }

    private static InboundEvent interactive(
            InboundHeader header, Sender sender, String contextId, JsonNode interactive) {
        String kind = firstText(text(interactive, "type"), "unknown");
        return switch (kind) {
            case "button_reply", "list_reply" -> {
                JsonNode reply = interactive.path(kind);
                String id = firstText(text(reply, "id"), text(reply, "title"));
                yield id == null
                        ? received(header, sender, contextId, new Content.Unsupported("interactive." + kind, "empty"))
                        : new ChoiceSelected(header, sender, id, text(reply, "title"), contextId);
            }
            case "nfm_reply" -> {
                // A WhatsApp Flow's answer: its response_json is what the business asked for, so it is the choice.
                JsonNode reply = interactive.path("nfm_reply");
                String answer = firstText(text(reply, "response_json"), text(reply, "name"), "flow");
                yield new ChoiceSelected(header, sender, answer, text(reply, "body"), contextId);
            }
            default ->
                received(
                        header,
                        sender,
                        contextId,
                        new Content.Unsupported(
                                "interactive." + kind, "WhatsApp interactive reply '" + kind + "' is not modelled."));
        };
    }

    /** A template's quick-reply button: the payload is the id the business gave it. */
    private static InboundEvent templateButton(InboundHeader header, Sender sender, String contextId, JsonNode button) {
        String id = firstText(text(button, "payload"), text(button, "text"));
        return id == null
                ? received(header, sender, contextId, new Content.Unsupported("button", "A button without payload."))
                : new ChoiceSelected(header, sender, id, text(button, "text"), contextId);
    }

    /** A removed reaction omits {@code emoji} (older payloads send {@code ""}); both become a removal. */
    private static InboundEvent reaction(InboundHeader header, Sender sender, String contextId, JsonNode reaction) {
        String target = text(reaction, "message_id");
        if (target == null) {
            return received(header, sender, contextId, new Content.Unsupported("reaction", "A reaction to nothing."));
        }
        return new ReactionReceived(header, sender, target, text(reaction, "emoji"));
    }

    /** A cart sent from the catalog; the note is optional and arrives as {@code ""} when the customer wrote none. */
    private static Content order(JsonNode order) {
        List<OrderItem> items = new ArrayList<>();
        for (JsonNode item : elements(order, "product_items")) {
            String retailerId = text(item, "product_retailer_id");
            if (retailerId != null) {
                items.add(new OrderItem(
                        retailerId,
                        item.path("quantity").asInt(1),
                        decimal(item.path("item_price")),
                        text(item, "currency")));
            }
        }
        return new Content.Order(text(order, "catalog_id"), firstText(text(order, "text")), items);
    }

    private static BigDecimal decimal(JsonNode number) {
        if (number.isNumber()) {
            return number.decimalValue();
        }
        try {
            return number.isTextual() ? new BigDecimal(number.asText().trim()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Content system(JsonNode system) {
        String kind = firstText(text(system, "type"), "system");
        String body = text(system, "body");
        return new Content.Unsupported("system", body == null ? kind : kind + ": " + body);
    }

    /** Newer payloads name the unsupported type; older ones only carry an error. */
    private static Content unsupported(JsonNode message) {
        String kind = text(message.path("unsupported"), "type");
        JsonNode error = message.path("errors").path(0);
        String reason =
                firstText(text(error.path("error_data"), "details"), text(error, "title"), text(error, "message"));
        String description = kind != null
                ? "WhatsApp could not deliver a message of type '" + kind + "' to the API."
                : firstText(reason, "WhatsApp delivered a message type it does not support in the API.");
        return new Content.Unsupported("unsupported", description);
    }
}
