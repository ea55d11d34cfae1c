package io.switchboard.catalog.repository;

/**
 * Filters of the FAQ listing; {@code null} means any.
 *
 * @param text words the question, answer or tags contain, ignoring case and accents
 */
public record FaqCriteria(String language, String text) {}
