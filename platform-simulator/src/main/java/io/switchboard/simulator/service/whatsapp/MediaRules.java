package io.switchboard.simulator.service.whatsapp;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The media types and sizes the Cloud API accepts for upload (Meta's "Supported media types"): audio and video up to
 * 16 MB, images up to 5 MB, stickers (webp) up to 500 KB, documents up to 100 MB.
 */
final class MediaRules {

    private static final long MB = 1024L * 1024L;
    private static final Map<String, Long> MAX_BYTES = Map.ofEntries(
            Map.entry("audio/aac", 16 * MB),
            Map.entry("audio/amr", 16 * MB),
            Map.entry("audio/mpeg", 16 * MB),
            Map.entry("audio/mp4", 16 * MB),
            Map.entry("audio/ogg", 16 * MB),
            Map.entry("text/plain", 100 * MB),
            Map.entry("application/pdf", 100 * MB),
            Map.entry("application/msword", 100 * MB),
            Map.entry("application/vnd.ms-excel", 100 * MB),
            Map.entry("application/vnd.ms-powerpoint", 100 * MB),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", 100 * MB),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 100 * MB),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", 100 * MB),
            Map.entry("image/jpeg", 5 * MB),
            Map.entry("image/png", 5 * MB),
            Map.entry("image/webp", 500 * 1024L),
            Map.entry("video/mp4", 16 * MB),
            Map.entry("video/3gpp", 16 * MB));

    private MediaRules() {}

    /** Checks an upload of {@code size} bytes of {@code mimeType} (parameters such as {@code codecs} ignored). */
    static void check(String mimeType, long size) {
        String essence = essence(mimeType);
        Long max = MAX_BYTES.get(essence);
        if (max == null) {
            throw GraphApiException.invalidParameter("Param file must be a file with one of the following types: "
                    + MAX_BYTES.keySet().stream().sorted().collect(Collectors.joining(", "))
                    + ". Received file of type '" + essence + "'.");
        }
        if (size == 0) {
            throw GraphApiException.invalidParameter("Param file must not be empty.");
        }
        if (size > max) {
            throw GraphApiException.invalidParameter(
                    "Param file is too large for " + essence + ": at most " + max + " bytes, got " + size + ".");
        }
    }

    static String essence(String mimeType) {
        int semicolon = mimeType.indexOf(';');
        return (semicolon < 0 ? mimeType : mimeType.substring(0, semicolon))
                .trim()
                .toLowerCase(Locale.ROOT);
    }
}
