package io.switchboard.contract.inbound;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.switchboard.contract.Sender;
import io.switchboard.contract.content.Content;
import java.util.Objects;

/**
 * A customer wrote to a business.
 *
 * @param replyToPlatformMessageId the message it quotes, if any
 */
@JsonTypeName("MessageReceived")
public record MessageReceived(InboundHeader header, Sender sender, String replyToPlatformMessageId, Content content)
        implements InboundEvent {

    public MessageReceived {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public String deduplicationKey() {
        return "message:" + header.platformMessageId();
    }
}
