package io.switchboard.whatsapp.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A media object as {@code GET /{version}/{media-id}} describes it. The {@code url} downloads the bytes with the same
 * bearer token and expires after 5 minutes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MediaInfo(
        String id,
        String url,
        @JsonProperty("mime_type") String mimeType,
        String sha256,
        @JsonProperty("file_size") Long fileSize) {}
