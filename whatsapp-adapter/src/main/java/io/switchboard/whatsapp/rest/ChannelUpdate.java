package io.switchboard.whatsapp.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A change to a channel; absent fields stay as they are.
 *
 * @param accessToken a new token, checked with Meta before it is kept; clears an UNHEALTHY state it caused
 * @param appSecret a new app secret; the previous one keeps verifying webhooks for the grace period
 * @param verifyToken a new verify token for the webhook handshake
 * @param catalogId a new catalog id
 * @param messagesPerSecond the number's own pacing, for a number Meta allows more (or that should send less) than its
 *     throughput level says
 */
public record ChannelUpdate(
        @Size(min = 1, max = 4096) @Pattern(regexp = "\\S+", message = "must not contain whitespace")
        String accessToken,

        @Pattern(regexp = "[A-Za-z0-9]{16,128}", message = "must be the app secret (16-128 letters and digits)")
        String appSecret,

        @Size(min = 1, max = 256) @Pattern(regexp = "\\S+", message = "must not contain whitespace")
        String verifyToken,

        @Pattern(regexp = "\\d{1,32}", message = "must be the numeric catalog id from Commerce Manager")
        String catalogId,

        @Min(1) @Max(1000) Integer messagesPerSecond) {

    public boolean changesNothing() {
        return accessToken == null
                && appSecret == null
                && verifyToken == null
                && catalogId == null
                && messagesPerSecond == null;
    }

    @Override
    public String toString() {
        return "ChannelUpdate[accessToken=" + (accessToken != null ? "***" : null) + ", appSecret="
                + (appSecret != null ? "***" : null) + ", verifyToken=" + (verifyToken != null ? "***" : null)
                + ", catalogId=" + catalogId + ", messagesPerSecond=" + messagesPerSecond + "]";
    }
}
