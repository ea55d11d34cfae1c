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

    /** Our outbound message that Meta gave this {@code wamid}, if we sent it. */
    Optional<SentMessageRef> sentMessage(String wamid);

    record ChannelRef(String tenantId, String channelId) {}

    record SentMessageRef(UUID messageId, String tenantId, String channelId) {}
}
