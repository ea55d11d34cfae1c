package io.switchboard.whatsapp.mapping;

import static io.switchboard.whatsapp.mapping.Checks.within;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.outbound.Choice;
import io.switchboard.contract.outbound.ChoiceStyle;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Choices as interactive reply buttons or a list, and a link as a call-to-action URL button. */
final class ChoicesRenderer {

    private ChoicesRenderer() {}

    static ObjectNode choices(OutboundCommand command, OutboundContent.Choices choices) {
        if (choices.options().stream().anyMatch(Choice::isLink)) {
            throw ContentRejectedException.notOnWhatsApp(
                    "WhatsApp reply buttons cannot open links; send a LinkButton (a call-to-action URL button).");
        }
        boolean buttons = choices.style() == ChoiceStyle.BUTTONS;
        ObjectNode message = Envelope.of(command, "interactive", true);
        ObjectNode interactive = Envelope.interactive(
                message,
                buttons ? "button" : "list",
                choices.header(),
                choices.body(),
                buttons ? WhatsAppLimits.INTERACTIVE_BODY : WhatsAppLimits.LIST_BODY,
                choices.footer());
        distinctIds(choices.options());
        if (buttons) {
            replyButtons(choices, interactive.putObject("action"));
        } else {
            list(choices, interactive.putObject("action"));
        }
        return message;
    }

    /** Interactive {@code cta_url}: one button that opens a web page (Meta's call-to-action URL button reference). */
    static ObjectNode linkButton(OutboundCommand command, OutboundContent.LinkButton link) {
        Checks.present(link.label(), "The button label");
        within(link.label(), WhatsAppLimits.LINK_BUTTON_LABEL, "The button label");
        if (!Checks.isWebUrl(link.url())) {
            throw ContentRejectedException.limit("The button's url must be an http(s) URL.");
        }
        ObjectNode message = Envelope.of(command, "interactive", true);
        ObjectNode interactive = Envelope.interactive(
                message, "cta_url", link.header(), link.body(), WhatsAppLimits.INTERACTIVE_BODY, link.footer());
        interactive
                .putObject("action")
                .put("name", "cta_url")
                .putObject("parameters")
                .put("display_text", link.label())
                .put("url", link.url());
        return message;
    }

    private static void replyButtons(OutboundContent.Choices choices, ObjectNode action) {
        if (choices.options().size() > WhatsAppLimits.BUTTONS) {
            throw ContentRejectedException.limit("WhatsApp shows at most " + WhatsAppLimits.BUTTONS
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
            throw ContentRejectedException.limit("A list needs a button label (the button that opens it).");
        }
        within(choices.buttonLabel(), WhatsAppLimits.LIST_BUTTON_LABEL, "The list button label");
        if (choices.options().size() > WhatsAppLimits.LIST_ROWS) {
            throw ContentRejectedException.limit("A WhatsApp list holds at most " + WhatsAppLimits.LIST_ROWS
                    + " rows in all, not " + choices.options().size() + ".");
        }
        Map<String, List<Choice>> sections = new LinkedHashMap<>();
        for (Choice option : choices.options()) {
            sections.computeIfAbsent(option.section() == null ? "" : option.section(), name -> new ArrayList<>())
                    .add(option);
        }
        if (sections.size() > WhatsAppLimits.LIST_SECTIONS) {
            throw ContentRejectedException.limit("A WhatsApp list holds at most " + WhatsAppLimits.LIST_SECTIONS
                    + " sections, not " + sections.size() + ".");
        }
        if (sections.size() > 1 && sections.containsKey("")) {
            throw ContentRejectedException.limit("When a list has several sections, every option needs a section.");
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

    private static void distinctIds(List<Choice> options) {
        Set<String> seen = new HashSet<>();
        for (Choice option : options) {
            if (!seen.add(option.id())) {
                throw ContentRejectedException.limit("Option id '" + option.id() + "' is used twice; ids must differ.");
            }
        }
    }
}
