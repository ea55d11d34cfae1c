package io.switchboard.simulator.model.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A chat the bot has seen, as its {@code Chat} object, with the chat's message numbering: in Telegram message ids
 * grow per chat, shared by what the users and the bot write there.
 */
public final class KnownChat {

    private final ObjectNode chat;
    private final AtomicLong lastMessageId = new AtomicLong();

    public KnownChat(ObjectNode chat) {
        this.chat = chat;
    }

    public long id() {
        return chat.path("id").asLong();
    }

    /** The {@code Chat} object (a copy: callers embed it in messages). */
    public ObjectNode json() {
        return chat.deepCopy();
    }

    public String username() {
        return chat.path("username").asText(null);
    }

    public long nextMessageId() {
        return lastMessageId.incrementAndGet();
    }

    /** Takes note of a message id seen in a raw update, so later messages get higher ids. */
    public void seen(long messageId) {
        lastMessageId.accumulateAndGet(messageId, Math::max);
    }

    public boolean hasMessage(long messageId) {
        return messageId > 0 && messageId <= lastMessageId.get();
    }
}
