package io.switchboard.whatsapp.mapping;

/**
 * An outbound command WhatsApp would refuse (a limit, a kind it cannot show): reported as a FAILED receipt with this
 * message, instead of sending it and getting a platform 400.
 */
public class ContentRejectedException extends RuntimeException {

    public ContentRejectedException(String message) {
        super(message);
    }
}
