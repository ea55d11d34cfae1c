package io.switchboard.gateway.rest;

import io.switchboard.contract.outbound.Purpose;
import io.switchboard.gateway.entity.Direction;
import io.switchboard.gateway.entity.MessageState;
import java.time.Instant;
import java.util.UUID;

/**
 * One message of a conversation. Outbound messages carry their delivery {@code state} and, when the platform
 * refused them, its error.
 */
public record MessageView(
        UUID id,
        Direction direction,
        String kind,
        String body,
        MessageState state,
        Purpose purpose,
        UUID ruleId,
        String platformMessageId,
        String replyToPlatformMessageId,
        String errorCode,
        String errorTitle,
        Instant occurredAt,
        Instant updatedAt) {}
