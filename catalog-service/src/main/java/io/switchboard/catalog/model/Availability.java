package io.switchboard.catalog.model;

/** Whether a customer can have an item now. */
public enum Availability {
    AVAILABLE,
    UNAVAILABLE,
    /** Offered, but only after the business confirms (a quote, a booking, a special order). */
    ON_REQUEST;

    /** The values as a regular expression, for validating input that names one. */
    public static final String PATTERN = "AVAILABLE|UNAVAILABLE|ON_REQUEST";
}
