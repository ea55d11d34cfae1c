package io.switchboard.simulator.service.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.simulator.model.telegram.KnownChat;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What every {@code send*} method shares: finding the chat (refused once a group became a supergroup, or when the bot
 * was removed from it), Telegram's checks on parse mode, keyboard, reply, blocked users and posting rights, the flood
 * limits, and the sent {@code Message} numbered after the chat's previous message and kept for later edits.
 */
@ApplicationScoped
class OutgoingMessages {

    private static final Set<String> PARSE_MODES = Set.of("html", "markdown", "markdownv2");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final BotRateLimits limits;

    OutgoingMessages(Clock clock, BotRateLimits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * The target chat: one the bot has seen, a new id (typed by Telegram's id ranges), or a known @username; refused
     * when the group was upgraded to a supergroup or the bot is no longer a member.
     */
    KnownChat chat(SimulatedBot bot, BotParameters parameters) {
        KnownChat chat = resolve(bot, parameters);
        Optional<Long> supergroup = chat.migratedTo();
        if (supergroup.isPresent()) {
            throw BotApiException.migrated(supergroup.get());
        }
        String status = chat.botStatus().orElse("member");
        if (status.equals("kicked") && chat.type().equals("private")) {
            throw BotApiException.forbidden("bot was blocked by the user");
        }
        if (status.equals("left")) {
            throw BotApiException.forbidden("bot is not a member of the " + chat.type() + " chat");
        }
        if (status.equals("kicked")) {
            throw BotApiException.forbidden("bot was kicked from the " + chat.type() + " chat");
        }
        return chat;
    }

    private KnownChat resolve(SimulatedBot bot, BotParameters parameters) {
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
        Optional<JsonNode> markup = checkSend(bot, chat, parameters, 1);
        ObjectNode message = newMessage(bot, chat, content);
        markup.filter(keyboard -> keyboard.has("inline_keyboard"))
                .ifPresent(keyboard -> message.set("reply_markup", keyboard));
        chat.keepBotMessage(message);
        return message;
    }

    /** An album: one message per item, all with the same {@code media_group_id}, counted as that many sends. */
    List<ObjectNode> sendAll(
            SimulatedBot bot, KnownChat chat, BotParameters parameters, List<Consumer<ObjectNode>> contents) {
        checkSend(bot, chat, parameters, contents.size());
        String mediaGroupId = Long.toString(Math.abs(RANDOM.nextLong() % 1_000_000_000_000_000_000L));
        List<ObjectNode> messages = new ArrayList<>();
        for (Consumer<ObjectNode> content : contents) {
            ObjectNode message = newMessage(bot, chat, content);
            message.put("media_group_id", mediaGroupId);
            chat.keepBotMessage(message);
            messages.add(message);
        }
        return messages;
    }

    /** The checks a new message (or {@code messages} new messages) must pass, in the order Telegram applies them. */
    private Optional<JsonNode> checkSend(SimulatedBot bot, KnownChat chat, BotParameters parameters, int messages) {
        parameters.text("parse_mode").ifPresent(OutgoingMessages::checkParseMode);
        Optional<JsonNode> markup = parameters.json("reply_markup", "can't parse reply keyboard markup JSON object");
        markup.ifPresent(InlineKeyboards::check);
        checkReply(chat, parameters);
        if (bot.hasBlocked(chat.id())) {
            throw BotApiException.forbidden("bot was blocked by the user");
        }
        checkPostingRights(chat);
        limits.admit(bot, chat, messages);
        return markup;
    }

    private ObjectNode newMessage(SimulatedBot bot, KnownChat chat, Consumer<ObjectNode> content) {
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("message_id", chat.nextMessageId());
        message.set("from", BotObjects.botUser(bot.registration()));
        message.set("chat", chat.json());
        message.put("date", clock.instant().getEpochSecond());
        content.accept(message);
        return message;
    }

    /** Only administrators post in channels; a restricted member cannot write in a group. */
    static void checkPostingRights(KnownChat chat) {
        String status = chat.botStatus().orElse("");
        if (chat.type().equals("channel") && (status.equals("member") || status.equals("restricted"))) {
            throw BotApiException.badRequest("need administrator rights in the channel chat");
        }
        if (status.equals("restricted")) {
            throw BotApiException.badRequest("not enough rights to send text messages to the chat");
        }
    }

    static void checkParseMode(String parseMode) {
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
