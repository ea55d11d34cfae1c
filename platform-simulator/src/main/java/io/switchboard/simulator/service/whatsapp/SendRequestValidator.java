package io.switchboard.simulator.service.whatsapp;

import static io.switchboard.simulator.service.whatsapp.JsonParameters.length;
import static io.switchboard.simulator.service.whatsapp.JsonParameters.optionalText;
import static io.switchboard.simulator.service.whatsapp.JsonParameters.required;
import static io.switchboard.simulator.service.whatsapp.JsonParameters.requiredArray;
import static io.switchboard.simulator.service.whatsapp.JsonParameters.requiredObject;
import static io.switchboard.simulator.service.whatsapp.JsonParameters.requiredText;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.simulator.model.whatsapp.SimulatedNumber;
import io.switchboard.simulator.model.whatsapp.WhatsAppNumber;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a send request ({@code POST /{version}/{phone-number-id}/messages}) as the Cloud API does: the envelope
 * ({@code messaging_product}, {@code to}, {@code type}), the object named by {@code type}, WhatsApp's limits and, for
 * templates, the account's template registry.
 * It follows the API's behaviour, not the spec's stricter outbound schemas (see the spec's SOURCE.md).
 */
@ApplicationScoped
public class SendRequestValidator {

    static final int MAX_TEXT_LENGTH = 4096;
    private static final List<String> TYPES = List.of(
            "audio",
            "contacts",
            "document",
            "image",
            "interactive",
            "location",
            "reaction",
            "sticker",
            "template",
            "text",
            "video");
    private static final Set<String> MEDIA_TYPES = Set.of("audio", "document", "image", "sticker", "video");
    private static final Set<String> RECIPIENT_TYPES = Set.of("individual", "group");

    /** A send request that passed validation. */
    public record ValidSend(String to, String type, boolean toGroup) {

        /** The recipient as the answer's {@code wa_id} and the statuses' {@code recipient_id} show it. */
        public String recipientId() {
            return toGroup ? to : WhatsAppNumber.digits(to);
        }
    }

    private final InteractiveRules interactiveRules;
    private final TemplateRules templateRules;

    SendRequestValidator(InteractiveRules interactiveRules, TemplateRules templateRules) {
        this.interactiveRules = interactiveRules;
        this.templateRules = templateRules;
    }

    /** The send if {@code number} may make it; templates are looked up in the number's account. */
    public ValidSend validate(SimulatedNumber number, JsonNode request) {
        if (!request.isObject()) {
            throw GraphApiException.invalidParameter("The request body must be a JSON object.");
        }
        checkMessagingProduct(request);
        String recipientType = optionalText(request, "recipient_type");
        if (recipientType != null && !RECIPIENT_TYPES.contains(recipientType)) {
            throw GraphApiException.invalidParameter(
                    "Param recipient_type must be one of {INDIVIDUAL, GROUP} - got \"" + recipientType + "\".");
        }
        boolean toGroup = "group".equals(recipientType);
        String to = requiredText(request, "to", "to");
        if (!toGroup && WhatsAppNumber.digits(to).isEmpty()) {
            throw GraphApiException.invalidParameter("Param to must be a phone number or a WhatsApp id.");
        }
        // Graph defaults the type to text: the spec's own "Send Text Message with Preview URL" omits it.
        String type = request.hasNonNull("type") ? request.get("type").asText() : "text";
        if (!TYPES.contains(type)) {
            throw GraphApiException.invalidParameter("Param type must be one of {"
                    + TYPES.stream().map(t -> t.toUpperCase(Locale.ROOT)).collect(Collectors.joining(", "))
                    + "} - got \"" + type + "\".");
        }
        checkContent(type, request);
        if (type.equals("template")) {
            templateRules.check(number.number().wabaId(), request.get("template"));
        }
        return new ValidSend(to, type, toGroup);
    }

    private static void checkMessagingProduct(JsonNode request) {
        String product = requiredText(request, "messaging_product", "messaging_product");
        if (!"whatsapp".equals(product)) {
            throw GraphApiException.invalidParameter(
                    "Param messaging_product must be one of {WHATSAPP} - got \"" + product + "\".");
        }
    }

    private void checkContent(String type, JsonNode request) {
        if ("contacts".equals(type)) {
            checkContacts(requiredArray(request, "contacts", "contacts"));
            return;
        }
        JsonNode content = requiredObject(request, type, type);
        if (MEDIA_TYPES.contains(type)) {
            checkMedia(type, content);
            return;
        }
        switch (type) {
            case "text" -> checkText(content);
            case "location" -> checkLocation(content);
            case "reaction" -> checkReaction(content);
            case "template" -> checkTemplate(content);
            case "interactive" -> interactiveRules.check(content);
            default -> throw new IllegalStateException("unchecked message type " + type);
        }
    }

    private static void checkText(JsonNode text) {
        String body = requiredText(text, "body", "text['body']");
        if (length(body) > MAX_TEXT_LENGTH) {
            throw GraphApiException.invalidParameter(
                    "Param text['body'] must be at most " + MAX_TEXT_LENGTH + " characters long.");
        }
    }

    private static void checkMedia(String type, JsonNode media) {
        boolean hasId = optionalText(media, "id") != null;
        boolean hasLink = optionalText(media, "link") != null;
        if (hasId == hasLink) {
            throw GraphApiException.invalidParameter("Param " + type + " must have either an id or a link.");
        }
    }

    private static void checkLocation(JsonNode location) {
        for (String coordinate : List.of("latitude", "longitude")) {
            if (!required(location, coordinate, "location['" + coordinate + "']")
                    .isNumber()) {
                throw GraphApiException.invalidParameter("Param location['" + coordinate + "'] must be a number.");
            }
        }
    }

    private static void checkContacts(JsonNode contacts) {
        if (contacts.isEmpty()) {
            throw GraphApiException.invalidParameter("The parameter contacts is required.");
        }
        for (int i = 0; i < contacts.size(); i++) {
            String path = "contacts[" + i + "]['name']";
            requiredText(requiredObject(contacts.get(i), "name", path), "formatted_name", path + "['formatted_name']");
        }
    }

    private static void checkReaction(JsonNode reaction) {
        requiredText(reaction, "message_id", "reaction['message_id']");
        // An empty emoji is valid: it removes the reaction.
        if (!required(reaction, "emoji", "reaction['emoji']").isTextual()) {
            throw GraphApiException.invalidParameter("Param reaction['emoji'] must be a string.");
        }
    }

    private static void checkTemplate(JsonNode template) {
        requiredText(template, "name", "template['name']");
        requiredText(
                requiredObject(template, "language", "template['language']"), "code", "template['language']['code']");
    }
}
