package io.switchboard.telegram.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;

/**
 * A bot's profile as users see it, per language: {@code default} for everyone whose language has nothing of its own,
 * and two-letter ISO 639-1 codes ({@code it}, {@code en}, ...) for the rest.
 */
public record BotProfile(
        @NotNull
        Map<
                        @NotNull @Pattern(regexp = BotProfile.LANGUAGE, message = BotProfile.LANGUAGE_MESSAGE) String,
                        @NotNull @Valid BotProfileTranslation>
                languages) {

    public static final String DEFAULT_LANGUAGE = "default";
    static final String LANGUAGE = "default|[a-z]{2}";
    static final String LANGUAGE_MESSAGE = "must be \"default\" or a two-letter ISO 639-1 code such as \"it\"";
}
