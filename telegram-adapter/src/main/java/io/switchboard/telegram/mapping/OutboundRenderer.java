package io.switchboard.telegram.mapping;

import io.switchboard.contract.ChatType;
import io.switchboard.contract.content.ContactCard;
import io.switchboard.contract.content.MediaKind;
import io.switchboard.contract.outbound.Choice;
import io.switchboard.contract.outbound.ChoiceStyle;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.telegram.botapi.ChatRequest;
import io.switchboard.telegram.botapi.DeleteMessageRequest;
import io.switchboard.telegram.botapi.EditMessageTextRequest;
import io.switchboard.telegram.botapi.InlineKeyboardButton;
import io.switchboard.telegram.botapi.InlineKeyboardMarkup;
import io.switchboard.telegram.botapi.LinkPreviewOptions;
import io.switchboard.telegram.botapi.ReactionType;
import io.switchboard.telegram.botapi.ReplyParameters;
import io.switchboard.telegram.botapi.SendChatActionRequest;
import io.switchboard.telegram.botapi.SendContactRequest;
import io.switchboard.telegram.botapi.SendLocationRequest;
import io.switchboard.telegram.botapi.SendMediaRequest;
import io.switchboard.telegram.botapi.SendMessageRequest;
import io.switchboard.telegram.botapi.SendVenueRequest;
import io.switchboard.telegram.botapi.SetMessageReactionRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders a platform-neutral outbound command as Bot API requests. Text goes out in HTML parse mode, escaped, split at
 * Telegram's limits; choices and link buttons become an inline keyboard (one button per row) under the last part; a
 * reply quotes the original with {@code reply_parameters} on the first request only. What Telegram does not offer is
 * refused here, before Telegram is asked.
 */
@Singleton
public class OutboundRenderer {

    /** Telegram shows at most 100 buttons in one inline keyboard. */
    static final int MAX_BUTTONS = 100;

    static final String UNSUPPORTED = "UNSUPPORTED_CONTENT";

    private final CallbackKeyIssuer callbackKeys;

    @Inject
    public OutboundRenderer(CallbackKeyIssuer callbackKeys) {
        this.callbackKeys = callbackKeys;
    }

    /**
     * @param chatId where the command goes: its recipient's chat, or the chat that chat migrated to
     */
    public Rendering render(OutboundCommand command, Object chatId) {
        ReplyParameters replyTo = replyParameters(command.replyToPlatformMessageId());
        return switch (command.content()) {
            case OutboundContent.Text text -> text(chatId, text, replyTo);
            case OutboundContent.Media media -> media(chatId, media, replyTo);
            case OutboundContent.MediaGroup group -> MediaGroups.render(chatId, group, replyTo);
            case OutboundContent.Choices choices -> choices(command.channelId(), chatId, choices, replyTo);
            case OutboundContent.LinkButton link -> linkButton(chatId, link, replyTo);
            case OutboundContent.Location location -> location(chatId, location, replyTo);
            case OutboundContent.Contacts contacts -> contacts(chatId, contacts, replyTo);
            case OutboundContent.Reaction reaction -> reaction(chatId, reaction);
            case OutboundContent.Edit edit -> edit(chatId, edit);
            case OutboundContent.Delete delete -> delete(chatId, delete);
            case OutboundContent.TypingIndicator typing ->
                typing(chatId, command.recipient().chatType());
            case OutboundContent.Template template ->
                unsupported(
                        "templates are a WhatsApp feature",
                        "Telegram has no message templates (template " + template.name()
                                + "); send text or choices to Telegram chats instead.");
            case OutboundContent.MarkAsRead read ->
                unsupported(
                        "Telegram has no read receipts for bots",
                        "A bot cannot mark a user's message as read on Telegram; nothing was sent.");
            case OutboundContent.Product product -> noCatalog("product");
            case OutboundContent.ProductList list -> noCatalog("product list");
            case OutboundContent.CatalogMessage catalog -> noCatalog("catalog");
        };
    }

    private static Rendering text(Object chatId, OutboundContent.Text text, ReplyParameters replyTo) {
        if (text.body().isBlank()) {
            return emptyText();
        }
        LinkPreviewOptions preview = new LinkPreviewOptions(!text.previewUrl());
        List<BotApiCall> calls = new ArrayList<>();
        for (String part : TextSplitter.split(text.body(), TextSplitter.MESSAGE_LIMIT)) {
            calls.add(sendMessage(chatId, HtmlText.escape(part), preview, calls.isEmpty() ? replyTo : null, null));
        }
        return new Rendering.Calls(calls);
    }

    private static Rendering media(Object chatId, OutboundContent.Media media, ReplyParameters replyTo) {
        MediaMethod method = MediaMethod.of(media.kind());
        String caption = media.caption() == null ? "" : media.caption();
        TextSplitter.Head head = method.takesCaption()
                ? TextSplitter.head(caption, TextSplitter.CAPTION_LIMIT)
                : new TextSplitter.Head("", caption);
        List<BotApiCall> calls = new ArrayList<>();
        calls.add(new BotApiCall.Send(
                method.method(),
                new SendMediaRequest(
                        chatId,
                        method.fileField(),
                        fileOf(media),
                        head.first().isEmpty() ? null : HtmlText.escape(head.first()),
                        head.first().isEmpty() ? null : HtmlText.PARSE_MODE,
                        replyTo,
                        null)));
        // A caption longer than Telegram allows, or one the media kind cannot carry, follows as text.
        calls.addAll(followingText(chatId, head.rest()));
        return new Rendering.Calls(calls);
    }

    private Rendering choices(
            String channelId, Object chatId, OutboundContent.Choices choices, ReplyParameters replyTo) {
        if (choices.options().size() > MAX_BUTTONS) {
            return new Rendering.Refused(
                    "TOO_MANY_CHOICES",
                    "too many choices for an inline keyboard",
                    choices.options().size() + " options; Telegram shows at most " + MAX_BUTTONS + " buttons.");
        }
        Optional<Choice> badLink = choices.options().stream()
                .filter(Choice::isLink)
                .filter(choice -> !isLinkable(choice.url()))
                .findFirst();
        if (badLink.isPresent()) {
            return invalidUrl(badLink.get().url());
        }
        InlineKeyboardMarkup keyboard = new InlineKeyboardMarkup(choices.options().stream()
                .map(choice -> List.of(button(channelId, choice)))
                .toList());
        return withKeyboard(
                chatId, framedText(choices.header(), listBody(choices), choices.footer()), replyTo, keyboard);
    }

    private static Rendering linkButton(Object chatId, OutboundContent.LinkButton link, ReplyParameters replyTo) {
        if (!isLinkable(link.url())) {
            return invalidUrl(link.url());
        }
        InlineKeyboardMarkup keyboard =
                new InlineKeyboardMarkup(List.of(List.of(InlineKeyboardButton.link(link.label(), link.url()))));
        return withKeyboard(chatId, framedText(link.header(), link.body(), link.footer()), replyTo, keyboard);
    }

    /** The parts of a text with the keyboard under the last one (Telegram attaches a keyboard to one message). */
    private static Rendering withKeyboard(
            Object chatId, List<String> parts, ReplyParameters replyTo, InlineKeyboardMarkup keyboard) {
        List<BotApiCall> calls = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            calls.add(sendMessage(
                    chatId,
                    parts.get(i),
                    new LinkPreviewOptions(true),
                    i == 0 ? replyTo : null,
                    last ? keyboard : null));
        }
        return new Rendering.Calls(calls);
    }

    /** Telegram has no list message: a list's option descriptions are written out under the body. */
    private static String listBody(OutboundContent.Choices choices) {
        StringBuilder body = new StringBuilder(choices.body());
        if (choices.style() == ChoiceStyle.LIST) {
            for (Choice option : choices.options()) {
                if (option.description() != null && !option.description().isBlank()) {
                    body.append("\n• ").append(option.title()).append(": ").append(option.description());
                }
            }
        }
        return body.toString();
    }

    /** Header in bold, body, footer in italics, as HTML parts within Telegram's limit. */
    private static List<String> framedText(String header, String body, String footer) {
        String head = blankToNull(header);
        String foot = blankToNull(footer);
        String plain = (head == null ? "" : head + "\n\n") + body + (foot == null ? "" : "\n\n" + foot);
        if (plain.isBlank()) {
            // Telegram refuses an empty text, and the keyboard needs a message to hang under.
            return List.of(HtmlText.escape("…"));
        }
        if (plain.length() <= TextSplitter.MESSAGE_LIMIT) {
            return List.of((head == null ? "" : HtmlText.bold(head) + "\n\n")
                    + HtmlText.escape(body)
                    + (foot == null ? "" : "\n\n" + HtmlText.italic(foot)));
        }
        return TextSplitter.split(plain, TextSplitter.MESSAGE_LIMIT).stream()
                .map(HtmlText::escape)
                .toList();
    }

    private InlineKeyboardButton button(String channelId, Choice choice) {
        if (choice.isLink()) {
            return InlineKeyboardButton.link(choice.title(), choice.url());
        }
        String data = CallbackData.inline(choice.id())
                .orElseGet(() -> CallbackData.keyed(callbackKeys.keyFor(channelId, choice.id())));
        return InlineKeyboardButton.callback(choice.title(), data);
    }

    /** A plain point, or a venue when the place has a name or an address (Telegram's venue needs both). */
    private static Rendering location(Object chatId, OutboundContent.Location location, ReplyParameters replyTo) {
        String name = blankToNull(location.name());
        String address = blankToNull(location.address());
        if (name == null && address == null) {
            return single(
                    "sendLocation",
                    new SendLocationRequest(chatId, location.latitude(), location.longitude(), replyTo));
        }
        return single(
                "sendVenue",
                new SendVenueRequest(
                        chatId,
                        location.latitude(),
                        location.longitude(),
                        name != null ? name : address,
                        address != null ? address : name,
                        replyTo));
    }

    /** One {@code sendContact} per card; Telegram's contact is a phone number with a name. */
    private static Rendering contacts(Object chatId, OutboundContent.Contacts contacts, ReplyParameters replyTo) {
        List<BotApiCall> calls = new ArrayList<>();
        for (ContactCard card : contacts.contacts()) {
            if (card.phones().isEmpty()) {
                return new Rendering.Refused(
                        "CONTACT_WITHOUT_PHONE",
                        "Telegram contacts need a phone number",
                        "The card of " + card.formattedName() + " has no phone number; Telegram cannot send it.");
            }
            String phone = card.phones().get(0);
            String name = blankToNull(card.formattedName()) == null ? phone : card.formattedName();
            calls.add(new BotApiCall.Send(
                    "sendContact",
                    new SendContactRequest(
                            chatId,
                            phone,
                            name,
                            null,
                            VCards.of(card).orElse(null),
                            calls.isEmpty() ? replyTo : null)));
        }
        return new Rendering.Calls(calls);
    }

    private static Rendering reaction(Object chatId, OutboundContent.Reaction reaction) {
        Optional<Long> target = messageId(reaction.targetPlatformMessageId());
        if (target.isEmpty()) {
            return invalidTarget(reaction.targetPlatformMessageId());
        }
        List<ReactionType> reactions =
                reaction.emoji() == null ? List.of() : List.of(new ReactionType("emoji", reaction.emoji(), null));
        return new Rendering.Calls(List.of(new BotApiCall.Act(
                "setMessageReaction",
                new SetMessageReactionRequest(chatId, target.get(), reactions),
                reaction.targetPlatformMessageId())));
    }

    private static Rendering edit(Object chatId, OutboundContent.Edit edit) {
        Optional<Long> target = messageId(edit.targetPlatformMessageId());
        if (target.isEmpty()) {
            return invalidTarget(edit.targetPlatformMessageId());
        }
        if (edit.body().isBlank()) {
            return emptyText();
        }
        if (edit.body().length() > TextSplitter.MESSAGE_LIMIT) {
            return new Rendering.Refused(
                    "TEXT_TOO_LONG",
                    "the new text is too long",
                    "An edited message holds at most " + TextSplitter.MESSAGE_LIMIT + " characters; this one has "
                            + edit.body().length() + ".");
        }
        return new Rendering.Calls(List.of(new BotApiCall.Act(
                "editMessageText",
                new EditMessageTextRequest(
                        chatId,
                        target.get(),
                        HtmlText.escape(edit.body()),
                        HtmlText.PARSE_MODE,
                        new LinkPreviewOptions(true)),
                edit.targetPlatformMessageId())));
    }

    private static Rendering delete(Object chatId, OutboundContent.Delete delete) {
        Optional<Long> target = messageId(delete.targetPlatformMessageId());
        if (target.isEmpty()) {
            return invalidTarget(delete.targetPlatformMessageId());
        }
        return new Rendering.Calls(List.of(new BotApiCall.Act(
                "deleteMessage", new DeleteMessageRequest(chatId, target.get()), delete.targetPlatformMessageId())));
    }

    private static Rendering typing(Object chatId, ChatType chatType) {
        if (chatType == ChatType.CHANNEL) {
            return unsupported(
                    "Telegram shows no typing indicator in channels",
                    "sendChatAction works in private chats and groups only; nothing was sent.");
        }
        return new Rendering.Calls(List.of(new BotApiCall.Act(
                "sendChatAction", new SendChatActionRequest(chatId, SendChatActionRequest.TYPING), null)));
    }

    /** A caption's overflow as plain messages after the media. */
    static List<BotApiCall> followingText(Object chatId, String rest) {
        if (rest.isBlank()) {
            return List.of();
        }
        return TextSplitter.split(rest, TextSplitter.MESSAGE_LIMIT).stream()
                .map(part -> sendMessage(chatId, HtmlText.escape(part), new LinkPreviewOptions(true), null, null))
                .toList();
    }

    static String fileOf(OutboundContent.Media media) {
        return media.link() != null ? media.link() : media.platformMediaId();
    }

    private static BotApiCall sendMessage(
            Object chatId,
            String html,
            LinkPreviewOptions preview,
            ReplyParameters replyTo,
            InlineKeyboardMarkup keyboard) {
        return new BotApiCall.Send(
                "sendMessage", new SendMessageRequest(chatId, html, HtmlText.PARSE_MODE, preview, replyTo, keyboard));
    }

    private static Rendering single(String method, ChatRequest request) {
        return new Rendering.Calls(List.of(new BotApiCall.Send(method, request)));
    }

    static Rendering unsupported(String title, String detail) {
        return new Rendering.Refused(UNSUPPORTED, title, detail);
    }

    private static Rendering noCatalog(String kind) {
        return unsupported(
                "Telegram has no catalog messages",
                "A " + kind + " message is a WhatsApp commerce feature; send a text, a photo or a link button to"
                        + " Telegram chats instead.");
    }

    private static Rendering emptyText() {
        return new Rendering.Refused("EMPTY_TEXT", "empty text", "Telegram does not send an empty message.");
    }

    private static Rendering invalidTarget(String target) {
        return new Rendering.Refused(
                "INVALID_TARGET", "not a Telegram message id", "'" + target + "' is not a Telegram message_id.");
    }

    private static Rendering invalidUrl(String url) {
        return new Rendering.Refused(
                "INVALID_URL",
                "Telegram buttons open http(s) and tg:// links only",
                "'" + url + "' cannot be opened by a Telegram URL button.");
    }

    private static boolean isLinkable(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("tg://");
    }

    /** Numeric chat ids go out as numbers (Bot API {@code Integer}); {@code @channelusername} stays a string. */
    public static Object chatId(String externalChatId) {
        try {
            return Long.parseLong(externalChatId);
        } catch (NumberFormatException e) {
            return externalChatId;
        }
    }

    private static Optional<Long> messageId(String platformMessageId) {
        try {
            return Optional.of(Long.parseLong(platformMessageId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Sending without the quote beats failing when the quoted message was deleted meanwhile. */
    private static ReplyParameters replyParameters(String replyTo) {
        if (replyTo == null) {
            return null;
        }
        return messageId(replyTo).map(id -> new ReplyParameters(id, true)).orElse(null);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The Bot API method for each media kind and the name of its file parameter. */
    private record MediaMethod(String method, String fileField, boolean takesCaption) {

        static MediaMethod of(MediaKind kind) {
            return switch (kind) {
                case IMAGE -> new MediaMethod("sendPhoto", "photo", true);
                case AUDIO -> new MediaMethod("sendAudio", "audio", true);
                case VOICE -> new MediaMethod("sendVoice", "voice", true);
                case VIDEO -> new MediaMethod("sendVideo", "video", true);
                case VIDEO_NOTE -> new MediaMethod("sendVideoNote", "video_note", false);
                case ANIMATION -> new MediaMethod("sendAnimation", "animation", true);
                case DOCUMENT -> new MediaMethod("sendDocument", "document", true);
                case STICKER -> new MediaMethod("sendSticker", "sticker", false);
            };
        }
    }
}
