package io.switchboard.gateway.mapping;

import io.switchboard.contract.delivery.PlatformError;
import io.switchboard.gateway.entity.Contact;
import io.switchboard.gateway.entity.Conversation;
import io.switchboard.gateway.entity.DirectoryChannel;
import io.switchboard.gateway.entity.LoggedMessage;
import io.switchboard.gateway.rest.ChannelView;
import io.switchboard.gateway.rest.ContactView;
import io.switchboard.gateway.rest.ConversationView;
import io.switchboard.gateway.rest.MessageView;

/** Entities of the inbox to their API views. */
public final class InboxMapper {

    private InboxMapper() {}

    public static ConversationView toView(Conversation conversation, Contact contact) {
        return new ConversationView(
                conversation.id,
                conversation.channelId,
                conversation.platform,
                conversation.externalChatId,
                conversation.chatType,
                contact == null ? null : toView(contact),
                conversation.lastInboundAt,
                conversation.lastMessageAt);
    }

    public static ContactView toView(Contact contact) {
        return new ContactView(
                contact.id,
                contact.platformUserId,
                contact.displayName,
                contact.phone,
                contact.username,
                contact.language,
                contact.firstSeenAt,
                contact.lastSeenAt);
    }

    public static MessageView toView(LoggedMessage message) {
        return new MessageView(
                message.id,
                message.direction,
                message.kind,
                message.body,
                message.state,
                message.purpose,
                message.ruleId,
                message.platformMessageId,
                message.replyToPlatformMessageId,
                message.errorCode,
                message.errorTitle,
                message.occurredAt,
                message.updatedAt);
    }

    public static ChannelView toView(DirectoryChannel channel) {
        return new ChannelView(
                channel.id,
                channel.platform,
                channel.displayName,
                channel.address,
                channel.health,
                channel.healthDetail,
                channel.properties,
                channel.lastErrorCode == null
                        ? null
                        : new PlatformError(channel.lastErrorCode, channel.lastErrorTitle, channel.lastErrorDetail),
                channel.lastErrorAt,
                channel.updatedAt);
    }
}
