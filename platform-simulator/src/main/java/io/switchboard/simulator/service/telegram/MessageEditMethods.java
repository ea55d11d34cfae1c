package io.switchboard.simulator.service.telegram;

import static io.switchboard.simulator.service.telegram.BotMethodFamily.method;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.simulator.model.telegram.BotApiReply;
import io.switchboard.simulator.model.telegram.KnownChat;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Changing what was sent: {@code editMessageText}, {@code editMessageReplyMarkup} (the bot's own messages, still
 * present in the chat; an edit that changes nothing is refused as Telegram refuses it) and {@code deleteMessage}.
 * None of them counts against the flood limits. Inline-mode messages ({@code inline_message_id}) are not simulated.
 */
@ApplicationScoped
public class MessageEditMethods implements BotMethodFamily {

    private static final String NOT_MODIFIED = "message is not modified: specified new message content and reply"
            + " markup are exactly the same as a current content and reply markup of the message";

    private final OutgoingMessages outgoing;
    private final Clock clock;

    MessageEditMethods(OutgoingMessages outgoing, Clock clock) {
        this.outgoing = outgoing;
        this.clock = clock;
    }

    @Override
    public List<BotMethod> methods() {
        return List.of(
                method("editMessageText", this::editText),
                method("editMessageReplyMarkup", this::editReplyMarkup),
                method("deleteMessage", this::delete));
    }

    private BotApiReply editText(SimulatedBot bot, BotParameters parameters) {
        KnownChat chat = target(bot, parameters);
        long messageId = messageId(parameters);
        String text = parameters.text("text").orElse("");
        if (text.isBlank()) {
            throw BotApiException.badRequest("message text is empty");
        }
        if (text.length() > SendMessageMethod.MAX_TEXT_LENGTH) {
            throw BotApiException.badRequest("MESSAGE_TOO_LONG");
        }
        parameters.text("parse_mode").ifPresent(OutgoingMessages::checkParseMode);
        Optional<JsonNode> markup = inlineKeyboard(parameters);
        ObjectNode message = editable(chat, messageId);
        if (!message.has("text")) {
            throw BotApiException.badRequest("there is no text in the message to edit");
        }
        if (message.get("text").asText().equals(text)
                && Objects.equals(message.get("reply_markup"), markup.orElse(null))) {
            throw BotApiException.badRequest(NOT_MODIFIED);
        }
        message.put("text", text);
        parameters
                .json("link_preview_options", "can't parse link preview options JSON object")
                .ifPresent(options -> message.set("link_preview_options", options));
        return BotApiReply.ok(saveEdit(chat, message, markup));
    }

    private BotApiReply editReplyMarkup(SimulatedBot bot, BotParameters parameters) {
        KnownChat chat = target(bot, parameters);
        long messageId = messageId(parameters);
        Optional<JsonNode> markup = inlineKeyboard(parameters);
        ObjectNode message = editable(chat, messageId);
        if (Objects.equals(message.get("reply_markup"), markup.orElse(null))) {
            throw BotApiException.badRequest(NOT_MODIFIED);
        }
        return BotApiReply.ok(saveEdit(chat, message, markup));
    }

    private BotApiReply delete(SimulatedBot bot, BotParameters parameters) {
        KnownChat chat = target(bot, parameters);
        if (!chat.delete(messageId(parameters))) {
            throw BotApiException.badRequest("message to delete not found");
        }
        return BotApiReply.ok(true);
    }

    private KnownChat target(SimulatedBot bot, BotParameters parameters) {
        if (parameters.text("chat_id").isEmpty()
                && parameters.text("inline_message_id").isPresent()) {
            throw BotApiException.badRequest("inline messages are not simulated: give chat_id and message_id");
        }
        return outgoing.chat(bot, parameters);
    }

    private static long messageId(BotParameters parameters) {
        return parameters
                .integer("message_id")
                .orElseThrow(() -> BotApiException.badRequest("message identifier is not specified"));
    }

    /** The bot's own message to edit; a user's message cannot be edited, a missing or deleted one is not found. */
    private static ObjectNode editable(KnownChat chat, long messageId) {
        return chat.botMessage(messageId)
                .orElseThrow(() -> chat.hasMessage(messageId)
                        ? BotApiException.badRequest("message can't be edited")
                        : BotApiException.badRequest("message to edit not found"));
    }

    private static Optional<JsonNode> inlineKeyboard(BotParameters parameters) {
        Optional<JsonNode> markup = parameters.json("reply_markup", "can't parse reply keyboard markup JSON object");
        markup.ifPresent(InlineKeyboards::check);
        if (markup.isPresent() && !markup.get().has("inline_keyboard")) {
            throw BotApiException.badRequest("inline keyboard expected");
        }
        return markup;
    }

    /** An edit without {@code reply_markup} removes the inline keyboard, as on Telegram. */
    private ObjectNode saveEdit(KnownChat chat, ObjectNode message, Optional<JsonNode> markup) {
        message.put("edit_date", clock.instant().getEpochSecond());
        markup.ifPresentOrElse(keyboard -> message.set("reply_markup", keyboard), () -> message.remove("reply_markup"));
        chat.keepBotMessage(message);
        return message;
    }
}
