package io.switchboard.contract;

import static io.switchboard.contract.Require.text;

/**
 * The person who wrote. Only the platform user id is required: WhatsApp may withhold the phone number (business-scoped
 * user ids, 2026) and Telegram users need not have a username.
 *
 * @param platformUserId WhatsApp {@code wa_id} or business-scoped {@code user_id}; Telegram user id
 * @param phone E.164 without the plus sign, when the platform shares it
 * @param language IETF language tag the platform reports (Telegram {@code language_code}), if any
 */
public record Sender(String platformUserId, String displayName, String phone, String username, String language) {

    public Sender {
        text(platformUserId, "platformUserId");
    }

    public static Sender of(String platformUserId) {
        return new Sender(platformUserId, null, null, null, null);
    }
}
