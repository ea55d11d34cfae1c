package io.switchboard.simulator.service.telegram;

import static io.switchboard.simulator.service.telegram.BotMethodFamily.method;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.simulator.model.telegram.BotApiReply;
import io.switchboard.simulator.model.telegram.KnownChat;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a bot does around messages: {@code answerCallbackQuery} (after an inline keyboard press),
 * {@code sendChatAction} (typing...) and {@code setMessageReaction}.
 */
@ApplicationScoped
public class InteractionMethods implements BotMethodFamily {

    private static final int MAX_CALLBACK_ANSWER_LENGTH = 200;
    private static final Set<String> CHAT_ACTIONS = Set.of(
            "typing",
            "upload_photo",
            "record_video",
            "upload_video",
            "record_voice",
            "upload_voice",
            "upload_document",
            "choose_sticker",
            "find_location",
            "record_video_note",
            "upload_video_note");

    private final OutgoingMessages outgoing;

    InteractionMethods(OutgoingMessages outgoing) {
        this.outgoing = outgoing;
    }

    @Override
    public List<BotMethod> methods() {
        return List.of(
                method("answerCallbackQuery", InteractionMethods::answerCallbackQuery),
                method("sendChatAction", this::sendChatAction),
                method("setMessageReaction", this::setMessageReaction));
    }

    private static BotApiReply answerCallbackQuery(SimulatedBot bot, BotParameters parameters) {
        if (parameters.text("callback_query_id").filter(id -> !id.isBlank()).isEmpty()) {
            throw BotApiException.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        if (parameters.text("text").orElse("").length() > MAX_CALLBACK_ANSWER_LENGTH) {
            throw BotApiException.badRequest("MESSAGE_TOO_LONG");
        }
        return BotApiReply.ok(true);
    }

    private BotApiReply sendChatAction(SimulatedBot bot, BotParameters parameters) {
        KnownChat chat = outgoing.chat(bot, parameters);
        String action = parameters.text("action").orElse("");
        if (!CHAT_ACTIONS.contains(action)) {
            throw BotApiException.badRequest("wrong parameter action in request");
        }
        if (bot.hasBlocked(chat.id())) {
            throw BotApiException.forbidden("bot was blocked by the user");
        }
        OutgoingMessages.checkPostingRights(chat);
        return BotApiReply.ok(true);
    }

    private BotApiReply setMessageReaction(SimulatedBot bot, BotParameters parameters) {
        KnownChat chat = outgoing.chat(bot, parameters);
        long messageId = parameters.integer("message_id").orElse(0L);
        if (!chat.hasMessage(messageId)) {
            throw BotApiException.badRequest("MESSAGE_ID_INVALID");
        }
        Optional<JsonNode> reaction = parameters.json("reaction", "can't parse reaction types JSON object");
        if (reaction.isPresent() && (!reaction.get().isArray() || reaction.get().size() > 1)) {
            throw BotApiException.badRequest("REACTIONS_TOO_MANY");
        }
        return BotApiReply.ok(true);
    }
}
