package io.switchboard.telegram.mapping;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What an inline keyboard button carries in {@code callback_data} (1-64 bytes): the choice id itself when it fits
 * ({@code c:<id>}), otherwise a short key stored with the choice id ({@code k:<key>}). The prefix keeps the two apart
 * whatever the ids look like; data without one came from a keyboard Switchboard did not send and is passed on as is.
 */
public sealed interface CallbackData {

    int MAX_BYTES = 64;
    String INLINE_PREFIX = "c:";
    String KEY_PREFIX = "k:";

    /** The button data for {@code choiceId}, when it fits without a stored key. */
    static Optional<String> inline(String choiceId) {
        String data = INLINE_PREFIX + choiceId;
        return data.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES ? Optional.of(data) : Optional.empty();
    }

    static String keyed(String callbackKey) {
        return KEY_PREFIX + callbackKey;
    }

    static CallbackData parse(String data) {
        if (data.startsWith(INLINE_PREFIX)) {
            return new Inline(data.substring(INLINE_PREFIX.length()));
        }
        if (data.startsWith(KEY_PREFIX)) {
            return new Keyed(data.substring(KEY_PREFIX.length()));
        }
        return new Foreign(data);
    }

    record Inline(String choiceId) implements CallbackData {}

    record Keyed(String callbackKey) implements CallbackData {}

    record Foreign(String data) implements CallbackData {}
}
