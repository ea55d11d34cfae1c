package io.switchboard.simulator.model.whatsapp;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of Meta's webhook verification handshake, with what the webhook answered.
 *
 * @param url the subscribed URL, when verified
 * @param status the webhook's HTTP status, {@code null} when it could not be reached (see {@code error})
 */
public record WebhookVerification(
        boolean verified,
        @JsonInclude(JsonInclude.Include.NON_NULL) String url,
        Integer status,
        String body,
        @JsonInclude(JsonInclude.Include.NON_NULL) String error) {

    public static WebhookVerification passed(String url, int status, String body) {
        return new WebhookVerification(true, url, status, body, null);
    }

    public static WebhookVerification failed(Integer status, String body, String error) {
        return new WebhookVerification(false, null, status, body, error);
    }
}
