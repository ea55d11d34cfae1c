package io.switchboard.simulator.service.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.simulator.model.whatsapp.MessageTemplate;
import io.switchboard.simulator.repository.TemplateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a template send against the account's templates: the name and language must name an approved template
 * (132001), and the header and body parameters must fill its placeholders one for one (132000). An account with no
 * templates seeded accepts any template send, as the simulator did before it kept templates, so tests that do not
 * care about templates need not seed them.
 */
@ApplicationScoped
public class TemplateRules {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");
    private static final Set<String> MEDIA_HEADERS = Set.of("IMAGE", "VIDEO", "DOCUMENT", "LOCATION");

    private final TemplateRepository templates;

    TemplateRules(TemplateRepository templates) {
        this.templates = templates;
    }

    public void check(String wabaId, JsonNode send) {
        if (templates.all(wabaId).isEmpty()) {
            return;
        }
        String name = send.path("name").asText();
        String language = send.path("language").path("code").asText();
        MessageTemplate template = templates
                .find(wabaId, name, language)
                .filter(MessageTemplate::approved)
                .orElseThrow(() -> GraphApiException.templateNotFound(name, language));
        for (String component : new String[] {"header", "body"}) {
            int expected = expectedParameters(template, component);
            int given = givenParameters(send, component);
            if (expected != given) {
                throw GraphApiException.templateParameterMismatch(component + ": number of localizable_params (" + given
                        + ") does not match the expected number of params (" + expected + ")");
            }
        }
    }

    private static int expectedParameters(MessageTemplate template, String type) {
        for (JsonNode component : template.components()) {
            if (!type.equalsIgnoreCase(component.path("type").asText())) {
                continue;
            }
            String format = component.path("format").asText("TEXT").toUpperCase(Locale.ROOT);
            if (type.equals("header") && MEDIA_HEADERS.contains(format)) {
                return 1;
            }
            return placeholders(component.path("text").asText(""));
        }
        return 0;
    }

    private static int givenParameters(JsonNode send, String type) {
        for (JsonNode component : send.path("components")) {
            if (type.equalsIgnoreCase(component.path("type").asText())) {
                return component.path("parameters").size();
            }
        }
        return 0;
    }

    /** Distinct placeholders: {@code {{1}}} used twice is still one parameter. */
    private static int placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names.size();
    }
}
