package io.switchboard.catalog.repository;

import io.switchboard.catalog.model.ItemType;

/**
 * Filters of the item listing; {@code null} means any.
 *
 * @param available {@code true}: items a customer can have now or on request; {@code false}: unavailable ones
 * @param text words the name, category, description or tags contain, ignoring case and accents
 */
public record ItemCriteria(ItemType type, String category, Boolean available, String text) {}
