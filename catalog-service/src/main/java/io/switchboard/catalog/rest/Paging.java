package io.switchboard.catalog.rest;

/** Limits of every listing: pages big enough for a console table, small enough to answer fast. */
final class Paging {

    static final String DEFAULT_SIZE = "20";
    static final int MAX_SIZE = 100;
    /** Deeper than any catalog needs; beyond it offset scans only cost. */
    static final int MAX_PAGE = 10_000;

    private Paging() {}

    /** A parameter already checked by {@code @WholeNumber}. */
    static int number(String value) {
        return Integer.parseInt(value.strip());
    }
}
