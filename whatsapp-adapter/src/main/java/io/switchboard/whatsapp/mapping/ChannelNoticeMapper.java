package io.switchboard.whatsapp.mapping;

import static io.switchboard.whatsapp.mapping.Json.elements;
import static io.switchboard.whatsapp.mapping.Json.firstText;
import static io.switchboard.whatsapp.mapping.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.delivery.PlatformError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What Meta says about a number rather than a message, from Meta's webhook references: a {@code messages} change's
 * top-level {@code errors} (an app- or account-level problem that stopped a request), {@code account_update}
 * (restrictions, violations, a disabled number) and {@code phone_number_quality_update} (the number was flagged or its
 * messaging limit lowered). Good news (a lifted flag, a higher limit) is no error and yields nothing.
 */
final class ChannelNoticeMapper {

    static final String ACCOUNT_UPDATE = "account_update";
    static final String QUALITY_UPDATE = "phone_number_quality_update";

    private static final Set<String> ACCOUNT_PROBLEMS = Set.of(
            "ACCOUNT_VIOLATION", "ACCOUNT_RESTRICTION", "DISABLED_UPDATE", "ACCOUNT_DELETED", "ACCOUNT_OFFBOARDED");
    private static final Set<String> QUALITY_PROBLEMS = Set.of("FLAGGED", "DOWNGRADE");

    /** The top-level {@code errors} of a {@code messages} change (statuses carry their own). */
    List<PlatformError> errors(JsonNode value) {
        List<PlatformError> errors = new ArrayList<>();
        for (JsonNode error : elements(value, "errors")) {
            errors.add(new PlatformError(
                    firstText(text(error, "code"), "unknown"),
                    firstText(text(error, "title"), text(error, "message"), "WhatsApp reported an error"),
                    firstText(text(error.path("error_data"), "details"), text(error, "message"))));
        }
        return errors;
    }

    /** An {@code account_update} that restricts or stops the number. */
    Optional<PlatformError> accountUpdate(JsonNode value) {
        String event = text(value, "event");
        if (event == null || !ACCOUNT_PROBLEMS.contains(event)) {
            return Optional.empty();
        }
        StringBuilder detail = new StringBuilder("Meta reported ").append(event).append(" for the WhatsApp account.");
        String violation = text(value.path("violation_info"), "violation_type");
        if (violation != null) {
            detail.append(" Violation: ").append(violation).append('.');
        }
        for (JsonNode restriction : elements(value, "restriction_info")) {
            detail.append(" Restriction: ")
                    .append(text(restriction, "restriction_type"))
                    .append(" until ")
                    .append(firstText(text(restriction, "expiration"), "further notice"))
                    .append('.');
        }
        String banState = text(value.path("ban_info"), "waba_ban_state");
        if (banState != null) {
            detail.append(" Ban state: ").append(banState).append('.');
        }
        detail.append(" See WhatsApp Manager > Account quality.");
        return Optional.of(new PlatformError(event, "WhatsApp account " + humane(event), detail.toString()));
    }

    /** A {@code phone_number_quality_update} that flags the number or lowers its messaging limit. */
    Optional<PlatformError> qualityUpdate(JsonNode value) {
        String event = text(value, "event");
        if (event == null || !QUALITY_PROBLEMS.contains(event)) {
            return Optional.empty();
        }
        String limit = firstText(text(value, "max_daily_conversations_per_business"), text(value, "current_limit"));
        String detail = event.equals("FLAGGED")
                ? "WhatsApp flagged the number for low quality; its messaging limit drops unless quality improves."
                : "WhatsApp lowered the number's messaging limit.";
        if (limit != null) {
            detail += " Current limit: " + limit + ".";
        }
        return Optional.of(new PlatformError(event, "Phone number quality " + humane(event), detail));
    }

    static Instant time(JsonNode entry) {
        Instant at = Json.epochSeconds(entry, "time");
        return at != null ? at : Instant.now();
    }

    private static String humane(String event) {
        return event.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
