package io.switchboard.simulator.service.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading Graph request parameters the way Graph reports them: {@code text['body']}, {@code action['buttons']}. */
final class JsonParameters {

    private JsonParameters() {}

    /** The object or array {@code field} of {@code parent}, named {@code path} in the error if it is missing. */
    static JsonNode required(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            throw GraphApiException.invalidParameter("The parameter " + path + " is required.");
        }
        return value;
    }

    /** The text {@code field} of {@code parent}, which must be present and not blank. */
    static String requiredText(JsonNode parent, String field, String path) {
        JsonNode value = required(parent, field, path);
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw GraphApiException.invalidParameter("The parameter " + path + " is required.");
        }
        return value.asText();
    }

    static String optionalText(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    static JsonNode requiredObject(JsonNode parent, String field, String path) {
        JsonNode value = required(parent, field, path);
        if (!value.isObject()) {
            throw GraphApiException.invalidParameter("Param " + path + " must be a JSON object.");
        }
        return value;
    }

    static JsonNode requiredArray(JsonNode parent, String field, String path) {
        JsonNode value = required(parent, field, path);
        if (!value.isArray()) {
            throw GraphApiException.invalidParameter("Param " + path + " must be an array.");
        }
        return value;
    }

    /** Length in characters as WhatsApp counts them (code points: an emoji is one). */
    static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
