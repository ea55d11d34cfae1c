package io.switchboard.simulator.service.whatsapp;

import static io.switchboard.simulator.service.whatsapp.JsonParameters.length;
import static io.switchboard.simulator.service.whatsapp.JsonParameters.optionalText;
import static io.switchboard.simulator.service.whatsapp.JsonParameters.requiredArray;
import static io.switchboard.simulator.service.whatsapp.JsonParameters.requiredObject;
import static io.switchboard.simulator.service.whatsapp.JsonParameters.requiredText;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;

/**
 * WhatsApp's limits on interactive messages: reply buttons (at most 3, titles up to 20 characters), lists (a button
 * label up to 20, at most 10 sections and 10 rows in all, row titles up to 24), call-to-action URLs (a display text of
 * up to 20 and a URL) and, through {@link CommerceRules}, the commerce messages. A broken limit is error 131009 with
 * the limit in {@code error_data.details}; a missing part is error 100.
 */
@ApplicationScoped
public class InteractiveRules {

    private static final Set<String> TYPES = Set.of(
            "button",
            "list",
            "cta_url",
            "product",
            "product_list",
            "catalog_message",
            "flow",
            "location_request_message",
            "address_message",
            "call_permission_request",
            "voice_call");
    private static final Set<String> TYPES_WITH_REQUIRED_BODY =
            Set.of("button", "list", "cta_url", "product_list", "catalog_message");

    static final int MAX_BUTTONS = 3;
    static final int MAX_BUTTON_TITLE = 20;
    static final int MAX_LIST_BUTTON_LABEL = 20;
    static final int MAX_SECTIONS = 10;
    static final int MAX_ROWS = 10;
    static final int MAX_ROW_TITLE = 24;

    private final CommerceRules commerceRules;

    InteractiveRules(CommerceRules commerceRules) {
        this.commerceRules = commerceRules;
    }

    public void check(JsonNode interactive) {
        String type = requiredText(interactive, "type", "interactive['type']");
        if (!TYPES.contains(type)) {
            throw GraphApiException.invalidParameter(
                    "Param interactive['type'] is not a valid interactive type: \"" + type + "\".");
        }
        checkFrame(type, interactive);
        JsonNode action = requiredObject(interactive, "action", "interactive['action']");
        switch (type) {
            case "button" -> checkButtons(action);
            case "list" -> checkList(action);
            case "cta_url" -> checkCallToAction(action);
            case "product" -> commerceRules.checkProduct(interactive, action);
            case "product_list" -> commerceRules.checkProductList(interactive, action);
            case "catalog_message" -> commerceRules.checkCatalogMessage(action);
            default -> {
                // Flows and the other kinds have no limits the simulator checks yet.
            }
        }
    }

    private static void checkFrame(String type, JsonNode interactive) {
        if (TYPES_WITH_REQUIRED_BODY.contains(type)) {
            String body = requiredText(
                    requiredObject(interactive, "body", "interactive['body']"), "text", "interactive['body']['text']");
            atMost(body, 1024, "Body text");
        }
        JsonNode header = interactive.get("header");
        if (header != null && "text".equals(optionalText(header, "type"))) {
            atMost(optionalText(header, "text"), 60, "Header text");
        }
        JsonNode footer = interactive.get("footer");
        if (footer != null) {
            atMost(optionalText(footer, "text"), 60, "Footer text");
        }
    }

    private static void checkButtons(JsonNode action) {
        JsonNode buttons = requiredArray(action, "buttons", "interactive['action']['buttons']");
        if (buttons.isEmpty() || buttons.size() > MAX_BUTTONS) {
            throw GraphApiException.invalidParameterValue(
                    "Invalid buttons count. Min allowed buttons: 1, Max allowed buttons: " + MAX_BUTTONS);
        }
        Set<String> ids = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < buttons.size(); i++) {
            String path = "interactive['action']['buttons'][" + i + "]";
            JsonNode button = buttons.get(i);
            if (!"reply".equals(requiredText(button, "type", path + "['type']"))) {
                throw GraphApiException.invalidParameter("Param " + path + "['type'] must be \"reply\".");
            }
            JsonNode reply = requiredObject(button, "reply", path + "['reply']");
            String id = requiredText(reply, "id", path + "['reply']['id']");
            atMost(id, 256, "Button id");
            String title = optionalText(reply, "title");
            between(title, 1, MAX_BUTTON_TITLE, "Button title");
            if (!ids.add(id)) {
                throw GraphApiException.invalidParameterValue("Button ids must be unique: \"" + id + "\" repeats.");
            }
            if (!titles.add(title)) {
                throw GraphApiException.invalidParameterValue(
                        "Button titles must be unique: \"" + title + "\" repeats.");
            }
        }
    }

    private static void checkList(JsonNode action) {
        between(optionalText(action, "button"), 1, MAX_LIST_BUTTON_LABEL, "Button label");
        JsonNode sections = requiredArray(action, "sections", "interactive['action']['sections']");
        if (sections.isEmpty() || sections.size() > MAX_SECTIONS) {
            throw GraphApiException.invalidParameterValue(
                    "Invalid sections count. Min allowed sections: 1, Max allowed sections: " + MAX_SECTIONS);
        }
        int rowCount = 0;
        Set<String> rowIds = new HashSet<>();
        for (int s = 0; s < sections.size(); s++) {
            JsonNode section = sections.get(s);
            String sectionTitle = optionalText(section, "title");
            if (sections.size() > 1 && (sectionTitle == null || sectionTitle.isBlank())) {
                throw GraphApiException.invalidParameterValue(
                        "Section title is required when a list has more than one section.");
            }
            atMost(sectionTitle, 24, "Section title");
            JsonNode rows = requiredArray(section, "rows", "interactive['action']['sections'][" + s + "]['rows']");
            if (rows.isEmpty()) {
                throw GraphApiException.invalidParameterValue("Invalid rows count in section. Min allowed rows: 1");
            }
            for (JsonNode row : rows) {
                String id = requiredText(row, "id", "interactive['action']['sections'][" + s + "]['rows']['id']");
                atMost(id, 200, "Row id");
                between(optionalText(row, "title"), 1, MAX_ROW_TITLE, "Row title");
                atMost(optionalText(row, "description"), 72, "Row description");
                if (!rowIds.add(id)) {
                    throw GraphApiException.invalidParameterValue("Row ids must be unique: \"" + id + "\" repeats.");
                }
            }
            rowCount += rows.size();
        }
        if (rowCount > MAX_ROWS) {
            throw GraphApiException.invalidParameterValue("Total row count exceed max allowed count: " + MAX_ROWS);
        }
    }

    private static void checkCallToAction(JsonNode action) {
        if (!"cta_url".equals(optionalText(action, "name"))) {
            throw GraphApiException.invalidParameter("Param interactive['action']['name'] must be \"cta_url\".");
        }
        JsonNode parameters = requiredObject(action, "parameters", "interactive['action']['parameters']");
        String displayText =
                requiredText(parameters, "display_text", "interactive['action']['parameters']['display_text']");
        atMost(displayText, 20, "Display text");
        String url = requiredText(parameters, "url", "interactive['action']['parameters']['url']");
        if (!url.matches("(?i)https?://\\S+")) {
            throw GraphApiException.invalidParameterValue(
                    "Param interactive['action']['parameters']['url'] must be" + " an http(s) URL.");
        }
    }

    private static void atMost(String text, int max, String what) {
        if (length(text) > max) {
            throw GraphApiException.invalidParameterValue(what + " length invalid. Max length: " + max);
        }
    }

    private static void between(String text, int min, int max, String what) {
        int length = length(text);
        if (length < min || length > max) {
            throw GraphApiException.invalidParameterValue(
                    what + " length invalid. Min length: " + min + ", Max length: " + max);
        }
    }
}
