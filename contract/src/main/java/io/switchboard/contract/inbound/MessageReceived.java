package io.switchboard.contract.inbound;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.switchboard.contract.Sender;
import io.switchboard.contract.content.Content;
import java.util.Objects;

/**
 * A customer wrote to a business.
 *
 * @param replyToPlatformMessageId the message it quotes, if any
 * @param details forwarding, ad referral, referred product, bot command; {@code null} when there is nothing to say
 */
@JsonTypeName("MessageReceived")
public record MessageReceived(
        InboundHeader header, Sender sender, String replyToPlatformMessageId, Content content, MessageDetails details)
        implements InboundEvent {

    public MessageReceived {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(content, "content");
    }

    /** A plain message: nothing beyond its content. */
    public MessageReceived(InboundHeader header, Sender sender, String replyToPlatformMessageId, Content content) {
        this(header, sender, replyToPlatformMessageId, content, null);
    }

    @Override
    public String deduplicationKey() {
        return "message:" + header.platformMessageId();
    }
}
