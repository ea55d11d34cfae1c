package io.switchboard.simulator.service.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Bot API call's parameters, from the query string and the body (JSON, or {@code x-www-form-urlencoded} where
 * objects arrive as JSON-serialized strings), read with the Bot API's leniency: numbers may come as strings.
 */
public final class BotParameters {

    private final Map<String, JsonNode> values;
    private final ObjectMapper mapper;

    private BotParameters(Map<String, JsonNode> values, ObjectMapper mapper) {
        this.values = values;
        this.mapper = mapper;
    }

    public static BotParameters parse(String query, String contentType, String body, ObjectMapper mapper) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        readForm(query, values);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (body != null && !body.isBlank()) {
            if (type.startsWith("multipart/")) {
                throw BotApiException.badRequest(
                        "file uploads are not simulated yet: send a file_id or an HTTP URL instead");
            }
            if (type.startsWith("application/x-www-form-urlencoded")) {
                readForm(body, values);
            } else if (type.startsWith("application/json")
                    || body.stripLeading().startsWith("{")) {
                readJson(body, values, mapper);
            }
        }
        return new BotParameters(values, mapper);
    }

    public Optional<String> text(String name) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value.isValueNode() ? value.asText() : value.toString());
    }

    public Optional<Long> integer(String name) {
        Optional<String> text = text(name);
        if (text.isEmpty() || text.get().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.get().trim()));
        } catch (NumberFormatException e) {
            throw BotApiException.badRequest("invalid " + name + " specified");
        }
    }

    public boolean flag(String name) {
        return text(name)
                .map(value -> value.equalsIgnoreCase("true") || value.equals("1"))
                .orElse(false);
    }

    /** An object or array parameter, given as JSON or, in forms and query strings, as a JSON-serialized string. */
    public Optional<JsonNode> json(String name, String unparsableDetail) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            return Optional.of(value);
        }
        try {
            return Optional.of(mapper.readTree(value.asText()));
        } catch (JsonProcessingException e) {
            throw BotApiException.badRequest(unparsableDetail);
        }
    }

    /** A list of strings such as {@code allowed_updates}. */
    public Optional<List<String>> strings(String name) {
        Optional<JsonNode> list = json(name, "can't parse " + name + " JSON array");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        if (!list.get().isArray()) {
            throw BotApiException.badRequest("can't parse " + name + " JSON array");
        }
        List<String> strings = new ArrayList<>();
        list.get().forEach(item -> strings.add(item.asText()));
        return Optional.of(strings);
    }

    private static void readForm(String form, Map<String, JsonNode> values) {
        if (form == null || form.isBlank()) {
            return;
        }
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            values.put(name, TextNode.valueOf(value));
        }
    }

    private static void readJson(String body, Map<String, JsonNode> values, ObjectMapper mapper) {
        JsonNode json;
        try {
            json = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw BotApiException.badRequest("can't parse JSON body");
        }
        if (!json.isObject()) {
            throw BotApiException.badRequest("JSON body must be an object");
        }
        json.properties().forEach(field -> values.put(field.getKey(), field.getValue()));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
