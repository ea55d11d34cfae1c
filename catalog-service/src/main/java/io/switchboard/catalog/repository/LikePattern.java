package io.switchboard.catalog.repository;

/** A LIKE pattern that finds text containing the given words literally: wildcards typed by a user match themselves. */
final class LikePattern {

    /** The escape character the queries declare ({@code escape '!'}); a backslash would depend on string settings. */
    static final char ESCAPE = '!';

    private LikePattern() {}

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
