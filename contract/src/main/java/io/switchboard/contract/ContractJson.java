package io.switchboard.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The one JSON form of the contract: ISO-8601 instants, absent instead of null, unknown fields tolerated (additive
 * evolution within {@code v1}: an older consumer reads a newer producer's events).
 */
public final class ContractJson {

    private static final ObjectMapper MAPPER = configure(new ObjectMapper());

    private ContractJson() {}

    /** Applies the contract's settings to a mapper, for services that own theirs (Quarkus' shared mapper). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] toBytes(Object event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serialisable as contract JSON: " + event.getClass(), e);
        }
    }

    public static String toJson(Object event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serialisable as contract JSON: " + event.getClass(), e);
        }
    }

    /**
     * Reads one event.
     *
     * @throws InvalidEventException when the bytes are not a valid event of that type
     */
    public static <T> T fromBytes(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException | RuntimeException e) {
            throw new InvalidEventException(type, e);
        }
    }

    public static <T> T fromJson(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException | RuntimeException e) {
            throw new InvalidEventException(type, e);
        }
    }
}
