package io.switchboard.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.testsupport.http.JsonHttp;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** A request the simulator made to a test webhook: method, query, headers (lower-case names) and raw body. */
public record CapturedRequest(String method, String query, Map<String, String> headers, byte[] body) {

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
        return JsonHttp.json(text());
    }
}
