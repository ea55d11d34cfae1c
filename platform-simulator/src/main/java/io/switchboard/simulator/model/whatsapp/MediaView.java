package io.switchboard.simulator.model.whatsapp;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A media object as the control API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaView(
        String id, String phoneNumberId, String mimeType, String sha256, int fileSize, String fileName) {

    public static MediaView of(StoredMedia media) {
        return new MediaView(
                media.id(),
                media.phoneNumberId(),
                media.mimeType(),
                media.sha256(),
                media.fileSize(),
                media.fileName());
    }
}
