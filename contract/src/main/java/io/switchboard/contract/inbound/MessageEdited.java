package io.switchboard.contract.inbound;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.switchboard.contract.Sender;
import io.switchboard.contract.content.Content;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer changed a message they had sent; the header's platform message id is the edited message's.
 *
 * @param editedAt when the edit was made; several edits of one message are distinct events
 */
@JsonTypeName("MessageEdited")
public record MessageEdited(InboundHeader header, Sender sender, Content content, Instant editedAt)
        implements InboundEvent {

    public MessageEdited {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(editedAt, "editedAt");
    }

    @Override
    public String deduplicationKey() {
        return "edit:" + header.platformMessageId() + ":" + editedAt.toEpochMilli();
    }
}
