package io.switchboard.simulator.repository;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.switchboard.simulator.model.whatsapp.MessageTemplate;
import io.switchboard.simulator.model.whatsapp.TemplateDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** The message templates of each WhatsApp Business Account, in memory, by WABA id, name and language. */
@ApplicationScoped
public class TemplateRepository {

    private final Map<String, Map<String, MessageTemplate>> accounts = new ConcurrentHashMap<>();

    /** Adds a template, or replaces the one with the same name and language (keeping its id). */
    public MessageTemplate save(String wabaId, TemplateDefinition definition) {
        Map<String, MessageTemplate> templates = accounts.computeIfAbsent(wabaId, unused -> new LinkedHashMap<>());
        synchronized (templates) {
            String key = key(definition.name(), definition.language());
            MessageTemplate previous = templates.get(key);
            MessageTemplate template = new MessageTemplate(
                    definition.name(),
                    definition.parameterFormat() == null ? "POSITIONAL" : definition.parameterFormat(),
                    definition.components() == null
                            ? JsonNodeFactory.instance.arrayNode()
                            : definition.components().deepCopy(),
                    definition.language(),
                    definition.status() == null ? "APPROVED" : definition.status(),
                    definition.category() == null ? "UTILITY" : definition.category(),
                    previous != null ? previous.id() : newId());
            templates.put(key, template);
            return template;
        }
    }

    /** The account's templates, in the order they were first added. */
    public List<MessageTemplate> all(String wabaId) {
        Map<String, MessageTemplate> templates = accounts.get(wabaId);
        if (templates == null) {
            return List.of();
        }
        synchronized (templates) {
            return List.copyOf(templates.values());
        }
    }

    public Optional<MessageTemplate> find(String wabaId, String name, String language) {
        Map<String, MessageTemplate> templates = accounts.get(wabaId);
        if (templates == null) {
            return Optional.empty();
        }
        synchronized (templates) {
            return Optional.ofNullable(templates.get(key(name, language)));
        }
    }

    private static String key(String name, String language) {
        return name + "|" + language;
    }

    private static String newId() {
        return Long.toString(ThreadLocalRandom.current().nextLong(100_000_000_000_000L, 999_999_999_999_999L));
    }
}
