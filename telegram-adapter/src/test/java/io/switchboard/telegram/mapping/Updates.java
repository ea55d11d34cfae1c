package io.switchboard.telegram.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.contract.inbound.InboundEvent;
import io.switchboard.testsupport.fixtures.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/** Normalises the update fixtures of {@code src/test/resources/updates/} as channel {@code tg-1} of tenant {@code t-1}. */
final class Updates {

    static final InboundChannel CHANNEL = new InboundChannel("t-1", "tg-1", 8123456789L, "studio_rossi_bot");
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** The long choice id stored under the key that {@code callback-query-keyed.json} carries. */
    static final Map<String, String> STORED_KEYS =
            Map.of("Zk3mQ9xL2pA7vB1c", "service-complete-with-a-choice-id-much-longer-than-sixty-four-bytes-allow");

    private static final UpdateNormaliser NORMALISER = new UpdateNormaliser(
            MAPPER,
            (channelId, key) ->
                    "tg-1".equals(channelId) ? Optional.ofNullable(STORED_KEYS.get(key)) : Optional.empty());

    private Updates() {}

    static JsonNode fixture(String name) {
        try {
            return MAPPER.readTree(Fixtures.text("updates/" + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NormalisedUpdate normalise(String name) {
        return NORMALISER.normalise(CHANNEL, fixture(name));
    }

    static NormalisedUpdate normalise(JsonNode update) {
        return NORMALISER.normalise(CHANNEL, update);
    }

    @SuppressWarnings("unchecked")
    static <T extends InboundEvent> T event(String name, Class<T> type) {
        InboundEvent event =
                normalise(name).publishable().orElseThrow(() -> new AssertionError(name + " gave no event"));
        if (!type.isInstance(event)) {
            throw new AssertionError(
                    name + " gave " + event.getClass().getSimpleName() + ", not " + type.getSimpleName());
        }
        return (T) event;
    }
}
