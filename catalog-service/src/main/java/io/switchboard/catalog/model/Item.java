package io.switchboard.catalog.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A product or service of the catalog, as the API returns it. */
public record Item(
        UUID id,
        ItemType type,
        String name,
        String description,
        BigDecimal price,
        String currency,
        String category,
        Availability availability,
        String duration,
        String imageUrl,
        List<String> tags,
        String language,
        String externalRef,
        Instant createdAt,
        Instant updatedAt) {}
