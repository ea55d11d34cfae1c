package io.switchboard.simulator.model.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A chat the bot has seen, as its {@code Chat} object, with the chat's message numbering (in Telegram message ids grow
 * per chat, shared by what the users and the bot write there), the bot's recent messages (for edits), deleted ids,
 * the bot's and other members' status, and, after a group became a supergroup, the supergroup's id.
 */
public final class KnownChat {

    /** The bot's messages kept for editing; older ones can no longer be found, as in a long chat history. */
    private static final int KEPT_MESSAGES = 1000;

    private final ObjectNode chat;
    private final Map<Long, ObjectNode> botMessages = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ObjectNode> eldest) {
            return size() > KEPT_MESSAGES;
        }
    };
    private final Set<Long> deleted = new HashSet<>();
    private final Map<Long, String> memberStatuses = new ConcurrentHashMap<>();
    private long lastMessageId;
    private volatile Long migratedTo;
    private volatile String botStatus;

    public KnownChat(ObjectNode chat) {
        this.chat = chat;
    }

    public long id() {
        return chat.path("id").asLong();
    }

    /** {@code private}, {@code group}, {@code supergroup} or {@code channel}. */
    public String type() {
        return chat.path("type").asText();
    }

    public boolean isGroup() {
        return type().equals("group") || type().equals("supergroup");
    }

    /** The {@code Chat} object (a copy: callers embed it in messages). */
    public ObjectNode json() {
        return chat.deepCopy();
    }

    public String username() {
        return chat.path("username").asText(null);
    }

    public synchronized long nextMessageId() {
        return ++lastMessageId;
    }

    /** Takes note of a message id seen in a raw update, so later messages get higher ids. */
    public synchronized void seen(long messageId) {
        lastMessageId = Math.max(lastMessageId, messageId);
    }

    /** Whether a message with this id was written in the chat and not deleted. */
    public synchronized boolean hasMessage(long messageId) {
        return messageId > 0 && messageId <= lastMessageId && !deleted.contains(messageId);
    }

    /** Keeps a message the bot sent (a copy), so that it can be edited later. */
    public synchronized void keepBotMessage(ObjectNode message) {
        botMessages.put(message.path("message_id").asLong(), message.deepCopy());
    }

    /** The bot's message {@code messageId} as it now reads, if it exists and is still kept. */
    public synchronized Optional<ObjectNode> botMessage(long messageId) {
        ObjectNode message = deleted.contains(messageId) ? null : botMessages.get(messageId);
        return Optional.ofNullable(message).map(ObjectNode::deepCopy);
    }

    /** Deletes a message; false when there was none with this id (or it was deleted already). */
    public synchronized boolean delete(long messageId) {
        if (!hasMessage(messageId)) {
            return false;
        }
        deleted.add(messageId);
        botMessages.remove(messageId);
        return true;
    }

    public Optional<Long> migratedTo() {
        return Optional.ofNullable(migratedTo);
    }

    public void markMigratedTo(long supergroupId) {
        this.migratedTo = supergroupId;
    }

    /** The bot's own membership status here, when a membership change told it; empty when never told. */
    public Optional<String> botStatus() {
        return Optional.ofNullable(botStatus);
    }

    public void setBotStatus(String status) {
        this.botStatus = status;
    }

    public Optional<String> memberStatus(long userId) {
        return Optional.ofNullable(memberStatuses.get(userId));
    }

    public void setMemberStatus(long userId, String status) {
        memberStatuses.put(userId, status);
    }
}
