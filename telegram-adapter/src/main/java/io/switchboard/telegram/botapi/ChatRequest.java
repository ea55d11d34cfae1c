package io.switchboard.telegram.botapi;

/**
 * Parameters of a method that acts on one chat. A group that became a supergroup has a new id: the same request is
 * then made again for the new chat, so every request can be re-addressed.
 */
public interface ChatRequest {

    /** A {@code Long} for numeric chat ids, a {@code String} for {@code @channelusername}. */
    Object chatId();

    ChatRequest withChatId(Object chatId);
}
