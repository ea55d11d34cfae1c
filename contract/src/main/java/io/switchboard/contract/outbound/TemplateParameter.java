package io.switchboard.contract.outbound;

import java.util.Objects;

/**
 * A value for one placeholder of a WhatsApp template.
 *
 * @param component {@code header}, {@code body} or {@code button}
 * @param index for buttons, the button's position; otherwise ignored
 * @param name the placeholder's name for named parameters, {@code null} for positional ones
 */
public record TemplateParameter(String component, Integer index, String name, String text) {

    public TemplateParameter {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(text, "text");
    }

    public static TemplateParameter body(String text) {
        return new TemplateParameter("body", null, null, text);
    }
}
