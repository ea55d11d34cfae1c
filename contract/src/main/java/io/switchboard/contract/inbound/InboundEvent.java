package io.switchboard.contract.inbound;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Something a platform told us, normalised. Published on {@code switchboard.inbound.v1} keyed by conversation.
 * Sealed: the gateway {@code switch}es over every kind.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(MessageReceived.class),
    @JsonSubTypes.Type(MessageEdited.class),
    @JsonSubTypes.Type(StatusChanged.class),
    @JsonSubTypes.Type(ReactionReceived.class),
    @JsonSubTypes.Type(ChoiceSelected.class),
    @JsonSubTypes.Type(MembershipChanged.class),
    @JsonSubTypes.Type(ConversationMigrated.class)
})
public sealed interface InboundEvent
        permits MessageReceived,
                MessageEdited,
                StatusChanged,
                ReactionReceived,
                ChoiceSelected,
                MembershipChanged,
                ConversationMigrated {

    InboundHeader header();

    /**
     * Identifies this event within its channel, so a platform's retry or a Kafka redelivery is processed once. Two
     * different events about one platform message (the message, then its edit) have different keys.
     */
    String deduplicationKey();
}
