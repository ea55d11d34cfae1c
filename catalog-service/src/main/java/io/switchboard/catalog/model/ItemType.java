package io.switchboard.catalog.model;

/** What a catalog item is: something sold, or work done. */
public enum ItemType {
    PRODUCT,
    SERVICE;

    /** The values as a regular expression, for validating input that names one. */
    public static final String PATTERN = "PRODUCT|SERVICE";
}
