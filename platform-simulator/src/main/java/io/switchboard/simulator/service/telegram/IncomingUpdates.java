package io.switchboard.simulator.service.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.simulator.config.SimulatorConfig;
import io.switchboard.simulator.model.telegram.ChatMessage;
import io.switchboard.simulator.model.telegram.KnownChat;
import io.switchboard.simulator.model.telegram.PendingUpdate;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import io.switchboard.simulator.model.telegram.UpdateOutcome;
import io.switchboard.simulator.service.ControlException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Things users do that a bot hears about (control API): writing in a chat, or any raw {@code Update}. Each becomes
 * the bot's next update, pushed to its webhook or queued for {@code getUpdates}.
 */
@ApplicationScoped
public class IncomingUpdates {

    /** Updates whose one field is a {@code Message}: their chat and message id feed the chat's numbering. */
    private static final List<String> MESSAGE_UPDATES =
            List.of("message", "edited_message", "channel_post", "edited_channel_post", "business_message");

    private final UpdateDispatcher dispatcher;
    private final Clock clock;
    private final Duration firstAttemptWait;

    IncomingUpdates(UpdateDispatcher dispatcher, Clock clock, SimulatorConfig config) {
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.firstAttemptWait = config.webhookTimeout().plusSeconds(1);
    }

    public CompletableFuture<UpdateOutcome> receive(SimulatedBot bot, ChatMessage incoming) {
        return incoming.update() != null ? rawUpdate(bot, incoming.update()) : chatText(bot, incoming);
    }

    private CompletableFuture<UpdateOutcome> chatText(SimulatedBot bot, ChatMessage incoming) {
        boolean channel = incoming.chatType().equals("channel");
        KnownChat chat = bot.rememberChat(BotObjects.chat(
                incoming.chatId(),
                incoming.chatType(),
                incoming.chatTitle(),
                incoming.firstName(),
                incoming.lastName(),
                incoming.username()));
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("message_id", chat.nextMessageId());
        if (channel) {
            message.set("sender_chat", chat.json());
        } else {
            message.set(
                    "from",
                    BotObjects.user(
                            incoming.fromId(),
                            incoming.firstName(),
                            incoming.lastName(),
                            incoming.username(),
                            incoming.languageCode()));
        }
        message.set("chat", chat.json());
        message.put("date", clock.instant().getEpochSecond());
        message.put("text", incoming.text());
        commandEntity(incoming.text())
                .ifPresent(entity -> message.putArray("entities").add(entity));
        ObjectNode update = JsonNodeFactory.instance.objectNode();
        update.set(channel ? "channel_post" : "message", message);
        return deliver(bot, channel ? "channel_post" : "message", update);
    }

    private CompletableFuture<UpdateOutcome> rawUpdate(SimulatedBot bot, ObjectNode raw) {
        ObjectNode update = raw.deepCopy();
        update.remove("update_id");
        Iterator<String> fields = update.fieldNames();
        if (!fields.hasNext()) {
            throw ControlException.badRequest("the update has no content besides update_id");
        }
        String type = fields.next();
        if (MESSAGE_UPDATES.contains(type)) {
            noteMessage(bot, update.get(type));
        } else if (type.equals("callback_query") && update.get(type).has("message")) {
            noteMessage(bot, update.get(type).get("message"));
        }
        return deliver(bot, type, update);
    }

    /** A raw message's chat becomes known, and its id counts, so replies to it and later ids behave. */
    private static void noteMessage(SimulatedBot bot, JsonNode message) {
        JsonNode chat = message.get("chat");
        if (chat != null && chat.isObject() && chat.has("id")) {
            bot.rememberChat((ObjectNode) chat).seen(message.path("message_id").asLong());
        }
    }

    /**
     * Numbers {@code update} (an {@code Update} without its id, whose one field is {@code type}) as the bot's next
     * update and pushes or queues it.
     */
    public CompletableFuture<UpdateOutcome> deliver(SimulatedBot bot, String type, ObjectNode update) {
        Optional<PendingUpdate> queued = dispatcher.dispatch(bot, type, update);
        if (queued.isEmpty()) {
            return CompletableFuture.completedFuture(new UpdateOutcome(null, "dropped", null));
        }
        PendingUpdate pending = queued.get();
        if (bot.webhook().isEmpty()) {
            return CompletableFuture.completedFuture(new UpdateOutcome(pending.updateId(), "queued", null));
        }
        // Only an update first in line is pushed now; behind others, it waits for them (and their retries).
        boolean firstInLine = pending.firstAttempt().isDone()
                || bot.updates().head().filter(head -> head == pending).isPresent();
        if (!firstInLine) {
            return CompletableFuture.completedFuture(new UpdateOutcome(pending.updateId(), "webhook", null));
        }
        return pending.firstAttempt()
                .copy()
                .completeOnTimeout(null, firstAttemptWait.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(status -> new UpdateOutcome(pending.updateId(), "webhook", status));
    }

    /** A text starting with a command (/start) carries a {@code bot_command} entity, as Telegram adds one. */
    private static Optional<ObjectNode> commandEntity(String text) {
        if (!text.startsWith("/") || text.length() < 2) {
            return Optional.empty();
        }
        int end = 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        ObjectNode entity = JsonNodeFactory.instance.objectNode();
        entity.put("offset", 0);
        entity.put("length", end);
        entity.put("type", "bot_command");
        return Optional.of(entity);
    }
}
