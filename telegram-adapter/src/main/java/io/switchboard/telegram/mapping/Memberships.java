package io.switchboard.telegram.mapping;

import io.switchboard.contract.Platform;
import io.switchboard.contract.inbound.InboundHeader;
import io.switchboard.contract.inbound.MemberStatus;
import io.switchboard.contract.inbound.MembershipChanged;
import io.switchboard.telegram.botapi.ChatMember;
import io.switchboard.telegram.botapi.ChatMemberUpdated;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code my_chat_member} and {@code chat_member} updates as {@link MembershipChanged}. The bot's own changes (added to
 * a group, made a channel admin, blocked by a user in a private chat) are about the business.
 */
final class Memberships {

    private Memberships() {}

    /**
     * @return the event, or empty when Telegram reports a standing Switchboard does not know
     */
    static Optional<MembershipChanged> of(InboundChannel channel, long updateId, ChatMemberUpdated change) {
        if (change.newChatMember() == null || change.newChatMember().user() == null || change.from() == null) {
            throw new InvalidUpdateException("a membership change without the member or the actor");
        }
        Optional<MemberStatus> newStatus = status(change.newChatMember());
        if (newStatus.isEmpty()) {
            return Optional.empty();
        }
        // A change has no id of its own; the update id is unique per bot and the same on every redelivery.
        InboundHeader header = InboundHeader.received(
                channel.tenantId(),
                Platform.TELEGRAM,
                Conversations.of(channel.channelId(), change.chat()),
                "update:" + updateId,
                Instant.ofEpochSecond(change.date()));
        return Optional.of(new MembershipChanged(
                header,
                Senders.of(change.from()),
                Senders.of(change.newChatMember().user()),
                change.newChatMember().user().id() == channel.botId(),
                status(change.oldChatMember()).orElse(null),
                newStatus.get()));
    }

    static Optional<MemberStatus> status(ChatMember member) {
        if (member == null || member.status() == null) {
            return Optional.empty();
        }
        return switch (member.status()) {
            case "creator" -> Optional.of(MemberStatus.OWNER);
            case "administrator" -> Optional.of(MemberStatus.ADMINISTRATOR);
            case "member" -> Optional.of(MemberStatus.MEMBER);
            case "restricted" -> Optional.of(MemberStatus.RESTRICTED);
            case "left" -> Optional.of(MemberStatus.LEFT);
            case "kicked" -> Optional.of(MemberStatus.BANNED);
            default -> Optional.empty();
        };
    }
}
