package io.switchboard.telegram.rest;

import io.switchboard.telegram.entity.ChannelMode;
import jakarta.validation.constraints.Pattern;

/**
 * Changes a channel; absent fields stay as they are.
 *
 * @param botToken a new token of the same bot (after {@code /revoke} in BotFather)
 * @param mode switches between webhook and polling, reconfiguring Telegram accordingly
 * @param publicBaseUrl moves the webhook
 */
public record UpdateChannelRequest(
        @Pattern(regexp = RegisterChannelRequest.TOKEN_PATTERN, message = RegisterChannelRequest.TOKEN_MESSAGE)
        String botToken,

        ChannelMode mode,

        @Pattern(regexp = RegisterChannelRequest.URL_PATTERN, message = RegisterChannelRequest.URL_MESSAGE)
        String publicBaseUrl) {

    public boolean isEmpty() {
        return botToken == null && mode == null && publicBaseUrl == null;
    }

    @Override
    public String toString() {
        return "UpdateChannelRequest[tokenChanged=" + (botToken != null) + ", mode=" + mode + ", publicBaseUrl="
                + publicBaseUrl + "]";
    }
}
