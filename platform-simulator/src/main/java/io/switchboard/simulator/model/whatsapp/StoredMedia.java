package io.switchboard.simulator.model.whatsapp;

import java.time.Instant;

/**
 * A media object the Graph API keeps: uploaded by a business number, or received from a customer.
 *
 * @param phoneNumberId the number it belongs to: only that number's app may read, download or delete it
 * @param sha256 base64 of the SHA-256 of the bytes, as Meta shows it
 * @param fileName the uploaded file's name, when known
 */
public record StoredMedia(
        String id,
        String phoneNumberId,
        String mimeType,
        String sha256,
        byte[] bytes,
        String fileName,
        Instant createdAt) {

    public int fileSize() {
        return bytes.length;
    }
}
