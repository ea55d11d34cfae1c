package io.switchboard.whatsapp.mapping;

import static io.switchboard.whatsapp.mapping.Envelope.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.TemplateParameter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A pre-approved template with its parameters in header, body and quick-reply button components. */
final class TemplateRenderer {

    private TemplateRenderer() {}

    static ObjectNode template(OutboundCommand command, OutboundContent.Template template) {
        ObjectNode message = Envelope.of(command, "template", true);
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
                    throw ContentRejectedException.limit("Template parameters belong to the header, body or a"
                            + " button, not to '" + parameter.component() + "'.");
            };
            String key = component;
            if (component.equals("button")) {
                if (parameter.index() == null) {
                    throw ContentRejectedException.limit("A template button parameter needs the button's index.");
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
}
