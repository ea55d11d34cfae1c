package io.switchboard.telegram.rest;

import io.switchboard.telegram.entity.ChannelMode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Connects a bot.
 *
 * @param botToken as BotFather issued it, {@code <bot id>:<secret>}
 * @param publicBaseUrl where Telegram reaches this service, such as {@code https://switchboard.example.com}; required
 *     in WEBHOOK mode
 */
public record RegisterChannelRequest(
        @NotBlank
        @Pattern(regexp = RegisterChannelRequest.TOKEN_PATTERN, message = RegisterChannelRequest.TOKEN_MESSAGE)
        String botToken,

        @NotNull ChannelMode mode,

        @Pattern(regexp = RegisterChannelRequest.URL_PATTERN, message = RegisterChannelRequest.URL_MESSAGE)
        String publicBaseUrl) {

    static final String TOKEN_PATTERN = "\\d{1,20}:[A-Za-z0-9_-]{20,100}";
    static final String TOKEN_MESSAGE = "must be a bot token as @BotFather issues it: <bot id>:<secret>";
    static final String URL_PATTERN = "https?://[^\\s?#]+";
    static final String URL_MESSAGE = "must be an http(s) URL without query or fragment";

    @Override
    public String toString() {
        return "RegisterChannelRequest[mode=" + mode + ", publicBaseUrl=" + publicBaseUrl + "]";
    }
}
