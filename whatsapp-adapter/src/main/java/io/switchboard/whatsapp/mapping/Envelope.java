package io.switchboard.whatsapp.mapping;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.ChatType;
import io.switchboard.contract.outbound.OutboundCommand;

/** The part every Graph message shares: product, recipient (a group or a person), quote and type. */
final class Envelope {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Envelope() {}

    static ObjectNode of(OutboundCommand command, String type, boolean quoting) {
        ObjectNode message = JSON.objectNode();
        message.put("messaging_product", "whatsapp");
        message.put("recipient_type", command.recipient().chatType() == ChatType.GROUP ? "group" : "individual");
        message.put("to", command.recipient().externalChatId());
        if (quoting && command.replyToPlatformMessageId() != null) {
            message.putObject("context").put("message_id", command.replyToPlatformMessageId());
        }
        message.put("type", type);
        return message;
    }

    /** An interactive message's optional text header, body and optional footer, within their limits. */
    static ObjectNode interactive(
            ObjectNode message, String type, String header, String body, int bodyLimit, String footer) {
        ObjectNode interactive = message.putObject("interactive");
        interactive.put("type", type);
        if (header != null) {
            Checks.present(header, "The header");
            Checks.within(header, WhatsAppLimits.HEADER_TEXT, "The header");
            interactive.putObject("header").put("type", "text").put("text", header);
        }
        if (body != null) {
            Checks.present(body, "The body");
            Checks.within(body, bodyLimit, "The body");
            interactive.putObject("body").put("text", body);
        }
        if (footer != null) {
            Checks.within(footer, WhatsAppLimits.FOOTER_TEXT, "The footer");
            interactive.putObject("footer").put("text", footer);
        }
        return interactive;
    }
}
