package io.switchboard.contract.inbound;

/**
 * The ad or post a customer clicked to start the conversation (WhatsApp click-to-WhatsApp {@code referral}).
 *
 * @param sourceType {@code ad} or {@code post}
 * @param clickId Meta's click id ({@code ctwa_clid}), for attributing conversions
 */
public record AdReferral(
        String sourceUrl,
        String sourceType,
        String sourceId,
        String headline,
        String body,
        String mediaType,
        String mediaUrl,
        String clickId) {}
