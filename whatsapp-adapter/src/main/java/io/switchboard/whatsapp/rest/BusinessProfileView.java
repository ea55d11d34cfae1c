package io.switchboard.whatsapp.rest;

import java.util.List;

/**
 * The number's business profile as customers see it in WhatsApp.
 *
 * @param vertical Meta's industry code, such as {@code RESTAURANT}
 */
public record BusinessProfileView(
        String about,
        String address,
        String description,
        String email,
        List<String> websites,
        String vertical,
        String profilePictureUrl) {}
