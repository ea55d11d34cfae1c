package io.switchboard.telegram.mapping;

import io.switchboard.contract.inbound.InboundEvent;
import java.util.Optional;

/**
 * What one Bot API update became: an event to publish, or a reason it has none.
 *
 * @param kind the update's kind ({@code message}, {@code callback_query}, ...)
 * @param callbackQueryId set for button presses, which must be answered so the button stops spinning
 */
public record NormalisedUpdate(
        long updateId, String kind, InboundEvent event, String skipReason, String callbackQueryId) {

    public static NormalisedUpdate event(long updateId, String kind, InboundEvent event) {
        return new NormalisedUpdate(updateId, kind, event, null, null);
    }

    public static NormalisedUpdate skipped(long updateId, String kind, String reason) {
        return new NormalisedUpdate(updateId, kind, null, reason, null);
    }

    public NormalisedUpdate answering(String callbackQueryId) {
        return new NormalisedUpdate(updateId, kind, event, skipReason, callbackQueryId);
    }

    public Optional<InboundEvent> publishable() {
        return Optional.ofNullable(event);
    }
}
