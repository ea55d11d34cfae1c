package io.switchboard.simulator.client;

/**
 * How a webhook answered: its HTTP status and body, or, when it could not be reached, why.
 *
 * @param status {@code null} when no HTTP answer came back
 */
public record WebhookResponse(Integer status, String body, String error) {

    public static WebhookResponse unreachable(String error) {
        return new WebhookResponse(null, null, error);
    }

    public boolean successful() {
        return status != null && status >= 200 && status < 300;
    }
}
