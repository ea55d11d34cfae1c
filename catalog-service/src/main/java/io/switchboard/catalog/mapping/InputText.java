package io.switchboard.catalog.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How free text from a business is stored: without stray spaces, and tags without repeats. */
final class InputText {

    private InputText() {}

    /** Trimmed text; blank means absent. */
    static String trimToNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip();
    }

    /** Trimmed tags in the order given, repeats (ignoring case) dropped. */
    static List<String> tags(List<String> tags) {
        if (tags == null) {
            return new ArrayList<>();
        }
        Map<String, String> byFolded = new LinkedHashMap<>();
        for (String tag : tags) {
            String clean = trimToNull(tag);
            if (clean != null) {
                byFolded.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
            }
        }
        return new ArrayList<>(byFolded.values());
    }
}
