package io.switchboard.telegram.mapping;

import io.switchboard.telegram.botapi.SetMessageReactionRequest;

/** One Bot API request an outbound command turns into. */
public sealed interface BotApiCall {

    /** A method that sends a message and answers with it ({@code sendMessage}, {@code sendPhoto}, ...). */
    record Send(String method, Object request) implements BotApiCall {}

    /** {@code setMessageReaction}, which answers {@code true}: the reacted-to message keeps its id. */
    record React(SetMessageReactionRequest request) implements BotApiCall {}
}
