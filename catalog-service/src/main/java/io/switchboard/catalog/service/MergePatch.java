package io.switchboard.catalog.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.common.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7396): fields in the patch replace the current ones, {@code null} clears one, absent fields
 * stay. The result is a whole draft again, so a patched entity passes the same validation as a created one.
 */
@ApplicationScoped
public class MergePatch {

    private final ObjectMapper json;

    MergePatch(ObjectMapper json) {
        this.json = json;
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw Problems.badRequest("A merge patch is a JSON object of the fields to change (RFC 7396).");
        }
        JsonNode merged = merge(json.valueToTree(current), patch);
        try {
            return json.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            throw Problems.badRequest("The patch does not fit: " + e.getOriginalMessage());
        }
    }

    private JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result =
                target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : json.createObjectNode();
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
