package io.switchboard.whatsapp.mapping;

/** A correctly signed body that is not a WhatsApp webhook: a client error, never a reason to retry. */
public class MalformedWebhookException extends RuntimeException {

    public MalformedWebhookException(String message) {
        super(message);
    }
}
