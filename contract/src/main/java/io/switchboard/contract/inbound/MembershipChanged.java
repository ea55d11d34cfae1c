package io.switchboard.contract.inbound;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.switchboard.contract.Sender;
import java.util.Objects;

/**
 * Someone joined, left, was promoted or removed in a group or channel; when {@code aboutTheBusiness} is true it is the
 * business's own account (the bot added to a group, promoted to admin of a channel), which decides what the business
 * can read and post there. The header's platform message id identifies the change (Telegram: the update).
 *
 * @param actor who made the change
 * @param member whose standing changed
 */
@JsonTypeName("MembershipChanged")
public record MembershipChanged(
        InboundHeader header,
        Sender actor,
        Sender member,
        boolean aboutTheBusiness,
        MemberStatus oldStatus,
        MemberStatus newStatus)
        implements InboundEvent {

    public MembershipChanged {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(newStatus, "newStatus");
    }

    @Override
    public String deduplicationKey() {
        return "membership:" + header.platformMessageId();
    }
}
