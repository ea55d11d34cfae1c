package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Bot API {@code Sticker}.
 *
 * @param isAnimated a TGS (Lottie) sticker
 * @param isVideo a WEBM video sticker
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Sticker(
        String fileId,
        String fileUniqueId,
        String type,
        int width,
        int height,
        boolean isAnimated,
        boolean isVideo,
        String emoji,
        Long fileSize) {

    /** The file format Telegram documents for each kind of sticker. */
    public String mimeType() {
        if (isAnimated) {
            return "application/x-tgsticker";
        }
        return isVideo ? "video/webm" : "image/webp";
    }
}
