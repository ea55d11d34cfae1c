package io.switchboard.simulator.service.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.simulator.model.telegram.KnownChat;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What every {@code send*} method shares: finding the chat, Telegram's checks on parse mode, keyboard, reply and
 * blocked users, and the sent {@code Message} numbered after the chat's previous message.
 */
@ApplicationScoped
class OutgoingMessages {

    private static final Set<String> PARSE_MODES = Set.of("html", "markdown", "markdownv2");

    private final Clock clock;

    OutgoingMessages(Clock clock) {
        this.clock = clock;
    }

    /** The target chat: one the bot has seen, a new id (typed by Telegram's id ranges), or a known @username. */
    KnownChat chat(SimulatedBot bot, BotParameters parameters) {
        String chatId = parameters.text("chat_id").map(String::trim).orElse("");
        if (chatId.isEmpty()) {
            throw BotApiException.badRequest("chat_id is empty");
        }
        if (chatId.startsWith("@")) {
            return bot.chatByUsername(chatId.substring(1))
                    .orElseThrow(() -> BotApiException.badRequest("chat not found"));
        }
        long id;
        try {
            id = Long.parseLong(chatId);
        } catch (NumberFormatException e) {
            throw BotApiException.badRequest("chat not found");
        }
        return bot.chat(id).orElseGet(() -> bot.rememberChat(BotObjects.unseenChat(id)));
    }

    /** Checks the options every send shares and answers the sent message, with {@code content} filled in. */
    ObjectNode send(SimulatedBot bot, KnownChat chat, BotParameters parameters, Consumer<ObjectNode> content) {
        parameters.text("parse_mode").ifPresent(OutgoingMessages::checkParseMode);
        Optional<JsonNode> markup = parameters.json("reply_markup", "can't parse reply keyboard markup JSON object");
        markup.ifPresent(InlineKeyboards::check);
        checkReply(chat, parameters);
        if (bot.hasBlocked(chat.id())) {
            throw BotApiException.forbidden("bot was blocked by the user");
        }
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("message_id", chat.nextMessageId());
        message.set("from", BotObjects.botUser(bot.registration()));
        message.set("chat", chat.json());
        message.put("date", clock.instant().getEpochSecond());
        content.accept(message);
        markup.filter(keyboard -> keyboard.has("inline_keyboard"))
                .ifPresent(keyboard -> message.set("reply_markup", keyboard));
        return message;
    }

    private static void checkParseMode(String parseMode) {
        if (!PARSE_MODES.contains(parseMode.toLowerCase(Locale.ROOT))) {
            throw BotApiException.badRequest("unsupported parse_mode");
        }
    }

    private static void checkReply(KnownChat chat, BotParameters parameters) {
        Optional<JsonNode> reply = parameters.json("reply_parameters", "can't parse reply parameters JSON object");
        if (reply.isEmpty()) {
            return;
        }
        JsonNode messageId = reply.get().get("message_id");
        if (messageId == null || !messageId.canConvertToLong()) {
            throw BotApiException.badRequest("message to be replied not found");
        }
        boolean sameChat = !reply.get().has("chat_id")
                || reply.get().get("chat_id").asText().equals(Long.toString(chat.id()));
        boolean withoutReply = reply.get().path("allow_sending_without_reply").asBoolean(false);
        if (sameChat && !chat.hasMessage(messageId.asLong()) && !withoutReply) {
            throw BotApiException.badRequest("message to be replied not found");
        }
    }
}
