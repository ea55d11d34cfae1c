package io.switchboard.simulator.service.whatsapp;

import io.switchboard.simulator.model.whatsapp.MediaFile;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Files for media a simulated customer sends when the test gives none: small but real files (an 8x8 JPEG or PNG),
 * or, for other types, a few bytes that say what they stand for.
 */
final class PlaceholderMedia {

    private static final String JPEG_BASE64 =
            "/9j/4AAQSkZJRgABAgAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwg"
                    + "JC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIy"
                    + "MjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAAIAAgDASIAAhEBAxEB/8QA"
                    + "HwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIh"
                    + "MUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVW"
                    + "V1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXG"
                    + "x8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQF"
                    + "BgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAV"
                    + "YnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOE"
                    + "hYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq"
                    + "8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDToooryT86P//Z";
    private static final String PNG_BASE64 =
            "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAE0lEQVR4XmNQvZyGFTFgCg1mCQAghleBaE3a1gAAAABJRU5ErkJggg==";
    private static final byte[] JPEG = Base64.getDecoder().decode(JPEG_BASE64);
    private static final byte[] PNG = Base64.getDecoder().decode(PNG_BASE64);

    /** The mime type a customer's media of each message type has when the test does not say. */
    private static final Map<String, String> DEFAULT_TYPES = Map.of(
            "image", "image/jpeg",
            "audio", "audio/ogg",
            "video", "video/mp4",
            "document", "application/pdf",
            "sticker", "image/webp");

    private PlaceholderMedia() {}

    static boolean isMediaType(String messageType) {
        return DEFAULT_TYPES.containsKey(messageType);
    }

    static MediaFile of(String messageType, String mimeType, String fileName) {
        String type = mimeType != null ? mimeType : DEFAULT_TYPES.get(messageType);
        byte[] bytes = switch (MediaRules.essence(type)) {
            case "image/jpeg" -> JPEG.clone();
            case "image/png" -> PNG.clone();
            default -> ("simulated " + messageType + " (" + type + ")").getBytes(StandardCharsets.UTF_8);
        };
        return new MediaFile(bytes, type, fileName);
    }
}
