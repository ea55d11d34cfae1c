package io.switchboard.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The JSON examples under {@code src/test/resources/examples}, written by hand the way a producer would send them. */
final class Examples {

    private Examples() {}

    static JsonNode json(String path) {
        try (InputStream in = Examples.class.getResourceAsStream("/examples/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + path);
            }
            return ContractJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON a producer writes for {@code event}, read back as a tree to compare with an example. */
    static JsonNode reparsed(Object event) {
        return json(ContractJson.toBytes(event));
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return ContractJson.mapper().readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String path) {
        return json(path).toString();
    }
}
