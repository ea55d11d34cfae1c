package io.switchboard.whatsapp.service;

import io.switchboard.contract.delivery.PlatformError;
import io.switchboard.whatsapp.entity.SendState;
import java.util.UUID;

/** What the send ledger says about an outbound command. */
public sealed interface SendClaim {

    /**
     * New, and its channel can send: what pacing and rendering need. Nothing is written yet, so a command that waits
     * for its turn and is then lost (a restart) is simply sent when it comes again.
     */
    record Ready(UUID channelId, int messagesPerSecond, String catalogId) implements SendClaim {}

    /** New, and now recorded as being sent (SENDING): the command is ours to send, with what sending needs. */
    record Claimed(UUID channelId, String phoneNumberId, String accessToken) implements SendClaim {
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
