package io.switchboard.gateway.rest;

import io.switchboard.contract.ChatType;
import io.switchboard.contract.Platform;
import java.time.Instant;
import java.util.UUID;

/** A conversation in the inbox; {@code contact} is set for private chats. */
public record ConversationView(
        UUID id,
        String channelId,
        Platform platform,
        String externalChatId,
        ChatType chatType,
        ContactView contact,
        Instant lastInboundAt,
        Instant lastMessageAt) {}
