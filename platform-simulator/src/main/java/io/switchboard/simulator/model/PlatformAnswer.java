package io.switchboard.simulator.model;

/**
 * What a simulated platform answers to an API call: the HTTP status and the body, JSON unless a {@code contentType}
 * says otherwise (a media download).
 *
 * @param body serialized to JSON, or, with a {@code contentType}, the raw bytes
 * @param contentType {@code null} for JSON
 */
public record PlatformAnswer(int status, Object body, String contentType) {

    public PlatformAnswer(int status, Object body) {
        this(status, body, null);
    }

    public static PlatformAnswer ok(Object body) {
        return new PlatformAnswer(200, body);
    }

    public static PlatformAnswer binary(byte[] bytes, String contentType) {
        return new PlatformAnswer(200, bytes, contentType);
    }

    public boolean isBinary() {
        return contentType != null;
    }
}
