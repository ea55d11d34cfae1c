package io.switchboard.whatsapp.mapping;

import java.util.Optional;
import java.util.UUID;

/** What normalising a webhook needs to know beyond its body: whose channel it is, and which messages we sent. */
public interface WebhookContext {

    /**
     * The channel a change belongs to. Usually the channel of the webhook URL; one Meta app may deliver changes for
     * another number of the same tenant to it.
     *
     * @param phoneNumberId the change's {@code metadata.phone_number_id}, {@code null} when absent
     * @return empty when the tenant has no active channel for that number
     */
    Optional<ChannelRef> channelFor(String phoneNumberId);

    /**
     * The channel of a number named by its display phone number, as account-level webhooks name it.
     *
     * @param displayPhoneNumber {@code null} when the change names no number: the webhook URL's channel
     * @return empty when the tenant has no active channel for that number
     */
    Optional<ChannelRef> channelForDisplayNumber(String displayPhoneNumber);

    /** Our outbound message that Meta gave this {@code wamid}, if we sent it. */
    Optional<SentMessageRef> sentMessage(String wamid);

    record ChannelRef(String tenantId, String channelId) {}

    record SentMessageRef(UUID messageId, String tenantId, String channelId) {}

    /** A phone number as digits only: display numbers come formatted in many ways (+39 02 123, 39-02-123, ...). */
    static String digits(String phoneNumber) {
        return phoneNumber == null ? "" : phoneNumber.replaceAll("\\D", "");
    }
}
