package io.switchboard.contract;

import java.util.Objects;

/** Argument checks for the records' compact constructors: an event that is missing its identity never exists. */
final class Require {

    private Require() {}

    static String text(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static <T> T present(T value, String name) {
        return Objects.requireNonNull(value, name);
    }
}
