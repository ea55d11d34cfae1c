package io.switchboard.simulator.model;

/** What a simulated platform answers to an API call: the HTTP status and the JSON body. */
public record PlatformAnswer(int status, Object body) {

    public static PlatformAnswer ok(Object body) {
        return new PlatformAnswer(200, body);
    }
}
