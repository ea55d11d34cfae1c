package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Bot API {@code InputMediaPhoto}, {@code InputMediaVideo}, {@code InputMediaDocument} or {@code InputMediaAudio}: one
 * item of an album. They share these fields; {@code type} tells them apart.
 *
 * @param type {@code photo}, {@code video}, {@code document} or {@code audio}
 * @param media a {@code file_id} Telegram already holds, or an HTTP URL it downloads
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InputMedia(String type, String media, String caption, String parseMode) {}
