package io.switchboard.whatsapp.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reading Meta's JSON leniently: a field that is absent, null or of another type than expected reads as absent. */
final class Json {

    private Json() {}

    /** The field as text (numbers too: Meta sends some ids as numbers), or {@code null}. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    static String firstText(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }

    static List<JsonNode> elements(JsonNode node, String field) {
        JsonNode array = node.path(field);
        List<JsonNode> elements = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(elements::add);
        }
        return elements;
    }

    /** A Unix timestamp in seconds, as Meta writes it (a string of digits). */
    static Instant epochSeconds(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
