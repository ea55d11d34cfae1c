package io.switchboard.simulator.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** The messaging platforms the simulator plays. */
public enum Platform {
    WHATSAPP,
    TELEGRAM;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The platform named {@code name} (case-insensitive); empty for a blank name. */
    public static Optional<Platform> fromWireName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
    }
}
