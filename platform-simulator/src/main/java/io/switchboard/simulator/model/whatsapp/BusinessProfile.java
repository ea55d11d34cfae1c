package io.switchboard.simulator.model.whatsapp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A number's WhatsApp business profile, as {@code whatsapp_business_profile} reads and updates it. */
public record BusinessProfile(
        String about,
        String address,
        String description,
        String email,
        String profilePictureUrl,
        List<String> websites,
        String vertical) {

    public static final BusinessProfile EMPTY = new BusinessProfile(null, null, null, null, null, List.of(), null);

    /** The profile's fields by their Graph names, {@code messaging_product} first; unset fields are left out. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("messaging_product", "whatsapp");
        putIfSet(fields, "about", about);
        putIfSet(fields, "address", address);
        putIfSet(fields, "description", description);
        putIfSet(fields, "email", email);
        putIfSet(fields, "profile_picture_url", profilePictureUrl);
        if (!websites.isEmpty()) {
            fields.put("websites", websites);
        }
        putIfSet(fields, "vertical", vertical);
        return fields;
    }

    private static void putIfSet(Map<String, Object> fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
