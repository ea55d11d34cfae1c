package io.switchboard.whatsapp.mapping;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.ChatType;
import io.switchboard.contract.outbound.Choice;
import io.switchboard.contract.outbound.ChoiceStyle;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.TemplateParameter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An outbound command as the Graph API {@code POST /{phone-number-id}/messages} bodies that send it (several for a text
 * over the length limit), shaped as the spec's request examples. Limits are checked here, so WhatsApp never has to
 * refuse a message for its shape.
 */
@ApplicationScoped
public class OutboundRenderer {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * @throws ContentRejectedException when WhatsApp could not show the content as given
     */
    public List<ObjectNode> render(OutboundCommand command) {
        if (command.recipient().chatType() == ChatType.CHANNEL) {
            throw new ContentRejectedException("WhatsApp has no broadcast channels the Cloud API can post to.");
        }
        return switch (command.content()) {
            case OutboundContent.Text text -> text(command, text);
            case OutboundContent.Media media -> List.of(media(command, media));
            case OutboundContent.Choices choices -> List.of(choices(command, choices));
            case OutboundContent.Template template -> List.of(template(command, template));
            case OutboundContent.Reaction reaction -> List.of(reaction(command, reaction));
        };
    }

    private static ObjectNode envelope(OutboundCommand command, String type, boolean quoting) {
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

    private static List<ObjectNode> text(OutboundCommand command, OutboundContent.Text text) {
        if (text.body().isBlank()) {
            throw new ContentRejectedException("A text message needs a non-blank body.");
        }
        List<String> parts = TextSplitter.split(text.body(), WhatsAppLimits.TEXT_BODY);
        List<ObjectNode> messages = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            // Only the first part quotes: the rest continue it.
            ObjectNode message = envelope(command, "text", i == 0);
            message.putObject("text").put("body", parts.get(i)).put("preview_url", text.previewUrl());
            messages.add(message);
        }
        return messages;
    }

    private static ObjectNode media(OutboundCommand command, OutboundContent.Media media) {
        String type = switch (media.kind()) {
            case IMAGE -> "image";
            case AUDIO, VOICE -> "audio";
            case VIDEO, VIDEO_NOTE, ANIMATION -> "video";
            case DOCUMENT -> "document";
            case STICKER -> "sticker";
        };
        ObjectNode message = envelope(command, type, true);
        ObjectNode object = message.putObject(type);
        if (media.link() != null) {
            if (!media.link().startsWith("https://") && !media.link().startsWith("http://")) {
                throw new ContentRejectedException("A media link must be an http(s) URL WhatsApp can download.");
            }
            object.put("link", media.link());
        } else {
            object.put("id", media.platformMediaId());
        }
        if (media.caption() != null && !media.caption().isEmpty()) {
            if (!type.equals("image") && !type.equals("video") && !type.equals("document")) {
                throw new ContentRejectedException("WhatsApp shows no caption on " + type + " messages.");
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

    private static ObjectNode choices(OutboundCommand command, OutboundContent.Choices choices) {
        ObjectNode message = envelope(command, "interactive", true);
        ObjectNode interactive = message.putObject("interactive");
        boolean buttons = choices.style() == ChoiceStyle.BUTTONS;
        interactive.put("type", buttons ? "button" : "list");
        if (choices.header() != null) {
            within(choices.header(), WhatsAppLimits.HEADER_TEXT, "The header");
            interactive.putObject("header").put("type", "text").put("text", choices.header());
        }
        within(
                choices.body(),
                buttons ? WhatsAppLimits.BUTTONS_BODY : WhatsAppLimits.LIST_BODY,
                "The body of " + (buttons ? "a button message" : "a list message"));
        interactive.putObject("body").put("text", choices.body());
        if (choices.footer() != null) {
            within(choices.footer(), WhatsAppLimits.FOOTER_TEXT, "The footer");
            interactive.putObject("footer").put("text", choices.footer());
        }
        distinctIds(choices.options());
        if (buttons) {
            replyButtons(choices, interactive.putObject("action"));
        } else {
            list(choices, interactive.putObject("action"));
        }
        return message;
    }

    private static void replyButtons(OutboundContent.Choices choices, ObjectNode action) {
        if (choices.options().size() > WhatsAppLimits.BUTTONS) {
            throw new ContentRejectedException("WhatsApp shows at most " + WhatsAppLimits.BUTTONS
                    + " reply buttons, not " + choices.options().size() + "; use a list.");
        }
        ArrayNode buttons = action.putArray("buttons");
        for (Choice option : choices.options()) {
            within(option.title(), WhatsAppLimits.BUTTON_TITLE, "Button title '" + option.title() + "'");
            within(option.id(), WhatsAppLimits.BUTTON_ID, "Button id '" + option.id() + "'");
            ObjectNode button = buttons.addObject().put("type", "reply");
            button.putObject("reply").put("id", option.id()).put("title", option.title());
        }
    }

    private static void list(OutboundContent.Choices choices, ObjectNode action) {
        if (choices.buttonLabel() == null || choices.buttonLabel().isBlank()) {
            throw new ContentRejectedException("A list needs a button label (the button that opens it).");
        }
        within(choices.buttonLabel(), WhatsAppLimits.LIST_BUTTON_LABEL, "The list button label");
        if (choices.options().size() > WhatsAppLimits.LIST_ROWS) {
            throw new ContentRejectedException("A WhatsApp list holds at most " + WhatsAppLimits.LIST_ROWS
                    + " rows in all, not " + choices.options().size() + ".");
        }
        Map<String, List<Choice>> sections = new LinkedHashMap<>();
        for (Choice option : choices.options()) {
            sections.computeIfAbsent(option.section() == null ? "" : option.section(), name -> new ArrayList<>())
                    .add(option);
        }
        if (sections.size() > WhatsAppLimits.LIST_SECTIONS) {
            throw new ContentRejectedException("A WhatsApp list holds at most " + WhatsAppLimits.LIST_SECTIONS
                    + " sections, not " + sections.size() + ".");
        }
        if (sections.size() > 1 && sections.containsKey("")) {
            throw new ContentRejectedException("When a list has several sections, every option needs a section.");
        }
        action.put("button", choices.buttonLabel());
        ArrayNode sectionsJson = action.putArray("sections");
        sections.forEach((title, options) -> {
            ObjectNode section = sectionsJson.addObject();
            if (!title.isEmpty()) {
                within(title, WhatsAppLimits.LIST_SECTION_TITLE, "Section title '" + title + "'");
                section.put("title", title);
            }
            ArrayNode rows = section.putArray("rows");
            for (Choice option : options) {
                within(option.title(), WhatsAppLimits.LIST_ROW_TITLE, "Row title '" + option.title() + "'");
                within(option.id(), WhatsAppLimits.LIST_ROW_ID, "Row id '" + option.id() + "'");
                ObjectNode row = rows.addObject().put("id", option.id()).put("title", option.title());
                if (option.description() != null) {
                    within(option.description(), WhatsAppLimits.LIST_ROW_DESCRIPTION, "A row description");
                    row.put("description", option.description());
                }
            }
        });
    }

    private static ObjectNode template(OutboundCommand command, OutboundContent.Template template) {
        ObjectNode message = envelope(command, "template", true);
        ObjectNode body = message.putObject("template");
        body.put("name", template.name());
        body.putObject("language").put("code", template.language());
        if (template.parameters().isEmpty()) {
            return message;
        }
        // One component per header, body and button position, in the order they first appear.
        Map<String, ObjectNode> components = new LinkedHashMap<>();
        for (TemplateParameter parameter : template.parameters()) {
            String component = parameter.component().toLowerCase(Locale.ROOT);
            ObjectNode parameterJson = switch (component) {
                case "header", "body" -> textParameter(parameter);
                case "button" -> JSON.objectNode().put("type", "payload").put("payload", parameter.text());
                default ->
                    throw new ContentRejectedException("Template parameters belong to the header, body or a"
                            + " button, not to '" + parameter.component() + "'.");
            };
            String key = component;
            if (component.equals("button")) {
                if (parameter.index() == null) {
                    throw new ContentRejectedException("A template button parameter needs the button's index.");
                }
                key = "button:" + parameter.index();
            }
            ObjectNode target = components.computeIfAbsent(key, name -> newComponent(component, parameter.index()));
            ((ArrayNode) target.get("parameters")).add(parameterJson);
        }
        ArrayNode componentsJson = body.putArray("components");
        components.values().forEach(componentsJson::add);
        return message;
    }

    private static ObjectNode newComponent(String type, Integer index) {
        ObjectNode component = JSON.objectNode().put("type", type);
        if (type.equals("button")) {
            component.put("sub_type", "quick_reply").put("index", index.toString());
        }
        component.putArray("parameters");
        return component;
    }

    private static ObjectNode textParameter(TemplateParameter parameter) {
        ObjectNode json = JSON.objectNode().put("type", "text");
        if (parameter.name() != null) {
            json.put("parameter_name", parameter.name());
        }
        return json.put("text", parameter.text());
    }

    /** A reaction quotes nothing; an empty emoji takes ours back. */
    private static ObjectNode reaction(OutboundCommand command, OutboundContent.Reaction reaction) {
        ObjectNode message = envelope(command, "reaction", false);
        message.putObject("reaction")
                .put("message_id", reaction.targetPlatformMessageId())
                .put("emoji", reaction.emoji() == null ? "" : reaction.emoji());
        return message;
    }

    private static void distinctIds(List<Choice> options) {
        Set<String> seen = new HashSet<>();
        for (Choice option : options) {
            if (!seen.add(option.id())) {
                throw new ContentRejectedException("Option id '" + option.id() + "' is used twice; ids must differ.");
            }
        }
    }

    private static void within(String text, int max, String what) {
        if (text.length() > max) {
            throw new ContentRejectedException(
                    what + " has " + text.length() + " characters; WhatsApp allows at most " + max + ".");
        }
    }
}
