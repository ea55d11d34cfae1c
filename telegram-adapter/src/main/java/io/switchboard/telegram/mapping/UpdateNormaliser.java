package io.switchboard.telegram.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.contract.ChatType;
import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.Platform;
import io.switchboard.contract.inbound.BotCommand;
import io.switchboard.contract.inbound.ChoiceSelected;
import io.switchboard.contract.inbound.ConversationMigrated;
import io.switchboard.contract.inbound.InboundHeader;
import io.switchboard.contract.inbound.MessageDetails;
import io.switchboard.contract.inbound.MessageEdited;
import io.switchboard.contract.inbound.MessageReceived;
import io.switchboard.contract.inbound.ReactionReceived;
import io.switchboard.telegram.botapi.CallbackQuery;
import io.switchboard.telegram.botapi.ChatMemberUpdated;
import io.switchboard.telegram.botapi.InlineKeyboardButton;
import io.switchboard.telegram.botapi.InlineKeyboardMarkup;
import io.switchboard.telegram.botapi.Message;
import io.switchboard.telegram.botapi.MessageReactionUpdated;
import io.switchboard.telegram.botapi.ReactionType;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Turns one Bot API {@code Update} into at most one contract event: messages and channel posts (with their bot command
 * and forwarding), edits, button presses, reactions, membership changes and group-to-supergroup migrations. Ids become
 * decimal strings (they need up to 52 bits); a message's id is unique only within its chat, which the conversation
 * carries.
 */
@Singleton
public class UpdateNormaliser {

    /** Every update kind this normaliser reads; the list given to {@code setWebhook} and {@code getUpdates}. */
    public static final List<String> HANDLED_UPDATES = List.of(
            "message",
            "edited_message",
            "channel_post",
            "edited_channel_post",
            "callback_query",
            "message_reaction",
            "my_chat_member",
            "chat_member");

    private final ObjectMapper mapper;
    private final CallbackKeys callbackKeys;

    @Inject
    public UpdateNormaliser(ObjectMapper mapper, CallbackKeys callbackKeys) {
        this.mapper = mapper;
        this.callbackKeys = callbackKeys;
    }

    /**
     * @throws InvalidUpdateException when the JSON is not an update (no {@code update_id}, a message without a chat)
     */
    public NormalisedUpdate normalise(InboundChannel channel, JsonNode update) {
        if (update == null || !update.path("update_id").canConvertToLong()) {
            throw new InvalidUpdateException("an update needs a numeric update_id");
        }
        long updateId = update.get("update_id").asLong();
        String kind = kindOf(update);
        JsonNode body = update.get(kind);
        try {
            return switch (kind) {
                case "message", "channel_post" -> message(channel, updateId, kind, read(body, Message.class), body);
                case "edited_message", "edited_channel_post" ->
                    NormalisedUpdate.event(updateId, kind, edited(channel, read(body, Message.class), body));
                case "callback_query" -> choice(channel, updateId, read(body, CallbackQuery.class));
                case "message_reaction" ->
                    NormalisedUpdate.event(
                            updateId, kind, reaction(channel, updateId, read(body, MessageReactionUpdated.class)));
                case "my_chat_member", "chat_member" ->
                    Memberships.of(channel, updateId, read(body, ChatMemberUpdated.class))
                            .map(event -> NormalisedUpdate.event(updateId, kind, event))
                            .orElseGet(() -> NormalisedUpdate.skipped(updateId, kind, "unknown member status"));
                default -> NormalisedUpdate.skipped(updateId, kind, "update kind not handled");
            };
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidUpdateException(
                    "update " + updateId + " (" + kind + ") is not readable: " + e.getMessage());
        }
    }

    /** The update's one optional field: its kind. */
    static String kindOf(JsonNode update) {
        for (Iterator<String> names = update.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("update_id")) {
                return name;
            }
        }
        return "none";
    }

    /** A message, or the service message that a group became a supergroup (sent in both chats). */
    private NormalisedUpdate message(
            InboundChannel channel, long updateId, String kind, Message message, JsonNode raw) {
        if (message.migrateToChatId() != null) {
            return NormalisedUpdate.event(
                    updateId,
                    kind,
                    new ConversationMigrated(header(channel, message), Long.toString(message.migrateToChatId())));
        }
        if (message.migrateFromChatId() != null) {
            ConversationRef oldGroup = new ConversationRef(
                    channel.channelId(), Long.toString(message.migrateFromChatId()), ChatType.GROUP);
            InboundHeader header = InboundHeader.received(
                    channel.tenantId(),
                    Platform.TELEGRAM,
                    oldGroup,
                    Long.toString(message.messageId()),
                    Instant.ofEpochSecond(message.date()));
            return NormalisedUpdate.event(
                    updateId,
                    kind,
                    new ConversationMigrated(
                            header, Long.toString(message.chat().id())));
        }
        return NormalisedUpdate.event(updateId, kind, received(channel, message, raw));
    }

    private MessageReceived received(InboundChannel channel, Message message, JsonNode raw) {
        String replyTo = message.replyToMessage() == null
                ? null
                : Long.toString(message.replyToMessage().messageId());
        return new MessageReceived(
                header(channel, message),
                Senders.of(message),
                replyTo,
                MessageContents.of(message, raw),
                details(channel, message));
    }

    /** Forwarding and the bot command, when there is either; {@code null} for a plain message. */
    private static MessageDetails details(InboundChannel channel, Message message) {
        boolean forwarded = message.forwardOrigin() != null;
        BotCommand command = BotCommands.of(message, channel.botUsername()).orElse(null);
        if (!forwarded && command == null) {
            return null;
        }
        return new MessageDetails(forwarded, false, null, null, command);
    }

    private MessageEdited edited(InboundChannel channel, Message message, JsonNode raw) {
        Instant editedAt = message.editDate() == null
                ? Instant.ofEpochSecond(message.date())
                : Instant.ofEpochSecond(message.editDate());
        return new MessageEdited(
                header(channel, message), Senders.of(message), MessageContents.of(message, raw), editedAt);
    }

    private NormalisedUpdate choice(InboundChannel channel, long updateId, CallbackQuery query) {
        String kind = "callback_query";
        if (query.message() == null) {
            return NormalisedUpdate.skipped(updateId, kind, "a button of an inline-mode message has no chat")
                    .answering(query.id());
        }
        if (query.data() == null) {
            return NormalisedUpdate.skipped(updateId, kind, "a button without callback data (a game)")
                    .answering(query.id());
        }
        Optional<String> choiceId = choiceId(channel.channelId(), query.data());
        if (choiceId.isEmpty()) {
            return NormalisedUpdate.skipped(updateId, kind, "the button's callback key is unknown (expired?)")
                    .answering(query.id());
        }
        ConversationRef conversation =
                Conversations.of(channel.channelId(), query.message().chat());
        InboundHeader header =
                InboundHeader.received(channel.tenantId(), Platform.TELEGRAM, conversation, query.id(), null);
        ChoiceSelected event = new ChoiceSelected(
                header,
                Senders.of(query.from()),
                choiceId.get(),
                buttonText(query.message().replyMarkup(), query.data()),
                Long.toString(query.message().messageId()));
        return NormalisedUpdate.event(updateId, kind, event).answering(query.id());
    }

    /**
     * A reaction change has no id of its own; the update id, unique per bot and the same on every redelivery, names
     * it, so the gateway deduplicates redeliveries without merging two changes on one message.
     */
    private ReactionReceived reaction(InboundChannel channel, long updateId, MessageReactionUpdated change) {
        ConversationRef conversation = Conversations.of(channel.channelId(), change.chat());
        InboundHeader header = InboundHeader.received(
                channel.tenantId(),
                Platform.TELEGRAM,
                conversation,
                "update:" + updateId,
                Instant.ofEpochSecond(change.date()));
        var sender = change.user() != null ? Senders.of(change.user()) : Senders.of(change.actorChat());
        return new ReactionReceived(header, sender, Long.toString(change.messageId()), reactionNow(change));
    }

    /** The reaction the user just added, or the one that remains; {@code null} when none is left (removed). */
    private static String reactionNow(MessageReactionUpdated change) {
        Optional<ReactionType> added = change.newReaction().stream()
                .filter(reaction -> !change.oldReaction().contains(reaction))
                .findFirst();
        return added.or(() -> change.newReaction().stream().findFirst())
                .map(UpdateNormaliser::emojiOf)
                .orElse(null);
    }

    private static String emojiOf(ReactionType reaction) {
        return switch (reaction.type() == null ? "" : reaction.type()) {
            case "emoji" -> reaction.emoji();
            case "custom_emoji" -> "custom_emoji:" + reaction.customEmojiId();
            case "paid" -> "⭐";
            default -> reaction.type();
        };
    }

    private Optional<String> choiceId(String channelId, String data) {
        return switch (CallbackData.parse(data)) {
            case CallbackData.Inline inline -> Optional.of(inline.choiceId());
            case CallbackData.Keyed keyed -> callbackKeys.choiceIdFor(channelId, keyed.callbackKey());
            case CallbackData.Foreign foreign -> Optional.of(foreign.data());
        };
    }

    private static String buttonText(InlineKeyboardMarkup keyboard, String data) {
        if (keyboard == null) {
            return null;
        }
        return keyboard.inlineKeyboard().stream()
                .flatMap(List::stream)
                .filter(button -> data.equals(button.callbackData()))
                .map(InlineKeyboardButton::text)
                .findFirst()
                .orElse(null);
    }

    private static InboundHeader header(InboundChannel channel, Message message) {
        return InboundHeader.received(
                channel.tenantId(),
                Platform.TELEGRAM,
                Conversations.of(channel.channelId(), message.chat()),
                Long.toString(message.messageId()),
                Instant.ofEpochSecond(message.date()));
    }

    private <T> T read(JsonNode body, Class<T> type) {
        if (body == null || !body.isObject()) {
            throw new InvalidUpdateException("the update's " + type.getSimpleName() + " is not an object");
        }
        return mapper.convertValue(body, type);
    }
}
