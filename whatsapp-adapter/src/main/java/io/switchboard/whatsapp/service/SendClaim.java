package io.switchboard.whatsapp.service;

import io.switchboard.contract.delivery.PlatformError;
import io.switchboard.whatsapp.entity.SendState;
import java.util.UUID;

/** What the send ledger says about an outbound command when it arrives. */
public sealed interface SendClaim {

    /** New: the command is ours to send, with what sending needs. */
    record Claimed(UUID channelId, String phoneNumberId, String accessToken, int messagesPerSecond)
            implements SendClaim {
        @Override
        public String toString() {
            return "Claimed[channelId=" + channelId + "]";
        }
    }

    /** Seen before (a redelivery): never sent again, only its outcome reported again. */
    record Seen(SendState state, String platformMessageId, PlatformError error) implements SendClaim {}

    /** The channel is unknown, removed, another tenant's, or its credentials cannot be read. */
    record Unavailable(String reason) implements SendClaim {}
}
