package io.switchboard.catalog.model;

import java.util.Optional;

/** The languages the catalog is written and searched in, by ISO 639-1 code. */
public enum Language {
    ITALIAN("it"),
    ENGLISH("en");

    /** The codes as a regular expression, for validating input that names one. */
    public static final String PATTERN = "it|en";

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
