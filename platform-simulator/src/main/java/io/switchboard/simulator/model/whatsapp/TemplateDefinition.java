package io.switchboard.simulator.model.whatsapp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A message template as the business created it in WhatsApp Manager (control API), with Meta's component shapes:
 * {@code [{"type":"HEADER","format":"TEXT","text":"..."}, {"type":"BODY","text":"Hi {{1}}"}, {"type":"FOOTER",...},
 * {"type":"BUTTONS","buttons":[...]}]}.
 *
 * @param language a locale code as Meta uses them ({@code en_US}, {@code it})
 * @param category MARKETING, UTILITY (default) or AUTHENTICATION
 * @param status APPROVED (default); templates in any other status cannot be sent
 * @param parameterFormat POSITIONAL ({@code {{1}}}, default) or NAMED ({@code {{first_name}}})
 */
public record TemplateDefinition(
        @NotBlank @Pattern(regexp = "[a-z0-9_]{1,512}", message = "must be lower-case letters, digits and _")
        String name,

        @NotBlank @Pattern(regexp = "[a-z]{2,3}(_[A-Za-z]{2,4})?", message = "must be a locale code such as en_US")
        String language,

        @Pattern(regexp = "MARKETING|UTILITY|AUTHENTICATION")
        String category,

        @Pattern(regexp = "APPROVED|PENDING|REJECTED|PAUSED|DISABLED")
        String status,

        @Pattern(regexp = "POSITIONAL|NAMED") String parameterFormat,
        ArrayNode components) {}
