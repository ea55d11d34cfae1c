package io.switchboard.catalog.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A question customers ask and the business's answer, as the API returns it. */
public record Faq(
        UUID id,
        String question,
        String answer,
        String language,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt) {}
