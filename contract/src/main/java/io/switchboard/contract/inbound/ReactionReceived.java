package io.switchboard.contract.inbound;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.switchboard.contract.Sender;
import java.util.Objects;

/**
 * A customer reacted to a message, or took a reaction back.
 *
 * @param targetPlatformMessageId the message reacted to
 * @param emoji the reaction; {@code null} when it was removed
 */
@JsonTypeName("ReactionReceived")
public record ReactionReceived(InboundHeader header, Sender sender, String targetPlatformMessageId, String emoji)
        implements InboundEvent {

    public ReactionReceived {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(targetPlatformMessageId, "targetPlatformMessageId");
        if (emoji != null && emoji.isEmpty()) {
            emoji = null;
        }
    }

    public boolean removed() {
        return emoji == null;
    }

    @Override
    public String deduplicationKey() {
        return "reaction:" + header.platformMessageId();
    }
}
