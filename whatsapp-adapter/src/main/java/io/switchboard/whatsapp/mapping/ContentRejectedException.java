package io.switchboard.whatsapp.mapping;

/**
 * An outbound command WhatsApp would refuse or cannot show: reported as a FAILED receipt with this code and message,
 * instead of sending it and getting a platform 400.
 */
public class ContentRejectedException extends RuntimeException {

    /** Over one of WhatsApp's limits, or missing something WhatsApp requires. */
    public static final String CONTENT_REJECTED = "content-rejected";

    /** A kind of content the WhatsApp Cloud API does not offer at all (editing, deleting, link options). */
    public static final String NOT_ON_WHATSAPP = "not-supported-on-whatsapp";

    /** A commerce message for a channel without a Meta catalog. */
    public static final String NO_CATALOG = "no-catalog";

    private final String code;

    private ContentRejectedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public static ContentRejectedException limit(String message) {
        return new ContentRejectedException(CONTENT_REJECTED, message);
    }

    public static ContentRejectedException notOnWhatsApp(String message) {
        return new ContentRejectedException(NOT_ON_WHATSAPP, message);
    }

    public static ContentRejectedException noCatalog() {
        return new ContentRejectedException(
                NO_CATALOG,
                "No Meta catalog is registered for this channel: name one in the command, or set the channel's"
                        + " catalogId with PATCH /api/v1/channels/whatsapp/{channelId}.");
    }

    public String code() {
        return code;
    }

    /** A short title for the receipt. */
    public String title() {
        return switch (code) {
            case NOT_ON_WHATSAPP -> "Not available on WhatsApp";
            case NO_CATALOG -> "No catalog";
            default -> "Content not sendable on WhatsApp";
        };
    }
}
