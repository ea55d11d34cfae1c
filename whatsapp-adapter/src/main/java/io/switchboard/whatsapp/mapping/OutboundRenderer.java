package io.switchboard.whatsapp.mapping;

import static io.switchboard.whatsapp.mapping.Checks.within;
import static io.switchboard.whatsapp.mapping.Envelope.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.ChatType;
import io.switchboard.contract.content.ContactCard;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * An outbound command as the Graph API {@code POST /{phone-number-id}/messages} bodies that send it (several for a text
 * over the length limit or a media group), shaped as the spec's request examples. Limits are checked here, so WhatsApp
 * never has to refuse a message for its shape, and kinds WhatsApp does not offer are refused with a reason.
 */
@ApplicationScoped
public class OutboundRenderer {

    /**
     * @param channelCatalogId the channel's Meta catalog, for product messages that name none
     * @throws ContentRejectedException when WhatsApp could not show the content as given
     */
    public List<GraphMessage> render(OutboundCommand command, String channelCatalogId) {
        if (command.recipient().chatType() == ChatType.CHANNEL) {
            throw ContentRejectedException.notOnWhatsApp(
                    "WhatsApp has no broadcast channels the Cloud API can post to.");
        }
        return switch (command.content()) {
            case OutboundContent.Text text -> text(command, text);
            case OutboundContent.Media media -> List.of(GraphMessage.message(media(command, media, true)));
            case OutboundContent.MediaGroup group -> mediaGroup(command, group);
            case OutboundContent.Choices choices -> single(ChoicesRenderer.choices(command, choices));
            case OutboundContent.LinkButton link -> single(ChoicesRenderer.linkButton(command, link));
            case OutboundContent.Template template -> single(TemplateRenderer.template(command, template));
            case OutboundContent.Reaction reaction -> single(reaction(command, reaction));
            case OutboundContent.Location location -> single(location(command, location));
            case OutboundContent.Contacts contacts -> single(contacts(command, contacts));
            case OutboundContent.Product product ->
                single(CommerceRenderer.product(command, product, channelCatalogId));
            case OutboundContent.ProductList list ->
                single(CommerceRenderer.productList(command, list, channelCatalogId));
            case OutboundContent.CatalogMessage catalog ->
                single(CommerceRenderer.catalogMessage(command, catalog, channelCatalogId));
            case OutboundContent.TypingIndicator typing -> typing(typing);
            case OutboundContent.MarkAsRead read ->
                List.of(GraphMessage.readReceipt(readReceipt(read.targetPlatformMessageId())));
            case OutboundContent.Edit edit ->
                throw ContentRejectedException.notOnWhatsApp("The WhatsApp Cloud API cannot edit a sent message.");
            case OutboundContent.Delete delete ->
                throw ContentRejectedException.notOnWhatsApp("The WhatsApp Cloud API cannot delete a sent message.");
        };
    }

    private static List<GraphMessage> single(ObjectNode body) {
        return List.of(GraphMessage.message(body));
    }

    private static List<GraphMessage> text(OutboundCommand command, OutboundContent.Text text) {
        if (text.body().isBlank()) {
            throw ContentRejectedException.limit("A text message needs a non-blank body.");
        }
        List<String> parts = TextSplitter.split(text.body(), WhatsAppLimits.TEXT_BODY);
        List<GraphMessage> messages = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            // Only the first part quotes: the rest continue it.
            ObjectNode message = Envelope.of(command, "text", i == 0);
            message.putObject("text").put("body", parts.get(i)).put("preview_url", text.previewUrl());
            messages.add(GraphMessage.message(message));
        }
        return messages;
    }

    /** WhatsApp has no albums: one media message per item, in order; only the first quotes. */
    private static List<GraphMessage> mediaGroup(OutboundCommand command, OutboundContent.MediaGroup group) {
        List<GraphMessage> messages = new ArrayList<>(group.items().size());
        for (int i = 0; i < group.items().size(); i++) {
            messages.add(GraphMessage.message(media(command, group.items().get(i), i == 0)));
        }
        return messages;
    }

    private static ObjectNode media(OutboundCommand command, OutboundContent.Media media, boolean quoting) {
        String type = switch (media.kind()) {
            case IMAGE -> "image";
            case AUDIO, VOICE -> "audio";
            case VIDEO, VIDEO_NOTE, ANIMATION -> "video";
            case DOCUMENT -> "document";
            case STICKER -> "sticker";
        };
        ObjectNode message = Envelope.of(command, type, quoting);
        ObjectNode object = message.putObject(type);
        if (media.link() != null) {
            if (!Checks.isWebUrl(media.link())) {
                throw ContentRejectedException.limit("A media link must be an http(s) URL WhatsApp can download.");
            }
            object.put("link", media.link());
        } else {
            object.put("id", media.platformMediaId());
        }
        if (media.caption() != null && !media.caption().isEmpty()) {
            if (!type.equals("image") && !type.equals("video") && !type.equals("document")) {
                throw ContentRejectedException.limit("WhatsApp shows no caption on " + type + " messages.");
            }
            within(media.caption(), WhatsAppLimits.MEDIA_CAPTION, "A media caption");
            object.put("caption", media.caption());
        }
        // A file name only means something on documents; elsewhere WhatsApp ignores it, so it is not sent.
        if (media.fileName() != null && type.equals("document")) {
            object.put("filename", media.fileName());
        }
        return message;
    }

    /** A reaction quotes nothing; an empty emoji takes ours back. */
    private static ObjectNode reaction(OutboundCommand command, OutboundContent.Reaction reaction) {
        ObjectNode message = Envelope.of(command, "reaction", false);
        message.putObject("reaction")
                .put("message_id", reaction.targetPlatformMessageId())
                .put("emoji", reaction.emoji() == null ? "" : reaction.emoji());
        return message;
    }

    private static ObjectNode location(OutboundCommand command, OutboundContent.Location location) {
        if (Math.abs(location.latitude()) > 90 || Math.abs(location.longitude()) > 180) {
            throw ContentRejectedException.limit("A location needs a latitude within ±90 and a longitude within ±180.");
        }
        ObjectNode message = Envelope.of(command, "location", true);
        ObjectNode json = message.putObject("location")
                .put("latitude", location.latitude())
                .put("longitude", location.longitude());
        if (location.name() != null) {
            json.put("name", location.name());
        }
        if (location.address() != null) {
            json.put("address", location.address());
        }
        return message;
    }

    /** Meta needs a formatted name and at least one name part with it; the first word serves as first name. */
    private static ObjectNode contacts(OutboundCommand command, OutboundContent.Contacts contacts) {
        ObjectNode message = Envelope.of(command, "contacts", true);
        ArrayNode cards = message.putArray("contacts");
        for (ContactCard card : contacts.contacts()) {
            Checks.present(card.formattedName(), "A contact's name");
            ObjectNode json = cards.addObject();
            String formatted = card.formattedName().trim();
            int space = formatted.indexOf(' ');
            ObjectNode name = json.putObject("name").put("formatted_name", formatted);
            name.put("first_name", space < 0 ? formatted : formatted.substring(0, space));
            if (space > 0) {
                name.put("last_name", formatted.substring(space + 1).trim());
            }
            if (!card.phones().isEmpty()) {
                ArrayNode phones = json.putArray("phones");
                card.phones().forEach(phone -> phones.addObject().put("phone", phone));
            }
            if (!card.emails().isEmpty()) {
                ArrayNode emails = json.putArray("emails");
                card.emails().forEach(email -> emails.addObject().put("email", email));
            }
            if (card.organization() != null) {
                json.putObject("org").put("company", card.organization());
            }
        }
        return message;
    }

    /** WhatsApp shows typing only together with marking the customer's message read (up to 25 s or the reply). */
    private static List<GraphMessage> typing(OutboundContent.TypingIndicator typing) {
        if (typing.replyingToPlatformMessageId() == null
                || typing.replyingToPlatformMessageId().isBlank()) {
            throw ContentRejectedException.limit("WhatsApp shows the typing indicator only while marking the"
                    + " customer's message read: name the message being answered.");
        }
        ObjectNode body = readReceipt(typing.replyingToPlatformMessageId());
        body.putObject("typing_indicator").put("type", "text");
        return List.of(GraphMessage.readReceipt(body));
    }

    /** The spec's "Send typing indicator and read receipt" example, without the indicator. */
    private static ObjectNode readReceipt(String messageId) {
        return JSON.objectNode()
                .put("messaging_product", "whatsapp")
                .put("status", "read")
                .put("message_id", messageId);
    }
}
