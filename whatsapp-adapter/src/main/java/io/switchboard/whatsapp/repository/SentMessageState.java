package io.switchboard.whatsapp.repository;

import io.switchboard.whatsapp.entity.SendState;

/** The outcome recorded for an outbound command, read with one plain query on the send path. */
public record SentMessageState(
        SendState state, String platformMessageId, String errorCode, String errorTitle, String errorDetail) {}
