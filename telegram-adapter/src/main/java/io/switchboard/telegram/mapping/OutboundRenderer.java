package io.switchboard.telegram.mapping;

import io.switchboard.contract.content.MediaKind;
import io.switchboard.contract.outbound.Choice;
import io.switchboard.contract.outbound.ChoiceStyle;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.telegram.botapi.InlineKeyboardButton;
import io.switchboard.telegram.botapi.InlineKeyboardMarkup;
import io.switchboard.telegram.botapi.LinkPreviewOptions;
import io.switchboard.telegram.botapi.ReactionType;
import io.switchboard.telegram.botapi.ReplyParameters;
import io.switchboard.telegram.botapi.SendMediaRequest;
import io.switchboard.telegram.botapi.SendMessageRequest;
import io.switchboard.telegram.botapi.SetMessageReactionRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a platform-neutral outbound command as Bot API requests. Text goes out in HTML parse mode, escaped, split at
 * Telegram's limits; choices become an inline keyboard (one button per row) under the last part; a reply quotes the
 * original with {@code reply_parameters} on the first request only.
 */
@Singleton
public class OutboundRenderer {

    /** Telegram shows at most 100 buttons in one inline keyboard. */
    static final int MAX_BUTTONS = 100;

    private final CallbackKeyIssuer callbackKeys;

    @Inject
    public OutboundRenderer(CallbackKeyIssuer callbackKeys) {
        this.callbackKeys = callbackKeys;
    }

    public Rendering render(OutboundCommand command) {
        Object chatId = chatId(command.recipient().externalChatId());
        ReplyParameters replyTo = replyParameters(command.replyToPlatformMessageId());
        return switch (command.content()) {
            case OutboundContent.Text text -> text(chatId, text, replyTo);
            case OutboundContent.Media media -> media(chatId, media, replyTo);
            case OutboundContent.Choices choices -> choices(command.channelId(), chatId, choices, replyTo);
            case OutboundContent.Reaction reaction -> reaction(chatId, reaction);
            case OutboundContent.Template template ->
                new Rendering.Refused(
                        "UNSUPPORTED_CONTENT",
                        "templates are a WhatsApp feature",
                        "Telegram has no message templates (template " + template.name()
                                + "); send text or choices to Telegram chats instead.");
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
        String file = media.link() != null ? media.link() : media.platformMediaId();
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
                        file,
                        head.first().isEmpty() ? null : HtmlText.escape(head.first()),
                        head.first().isEmpty() ? null : HtmlText.PARSE_MODE,
                        replyTo,
                        null)));
        // A caption longer than Telegram allows, or one the media kind cannot carry, follows as text.
        if (!head.rest().isBlank()) {
            for (String part : TextSplitter.split(head.rest(), TextSplitter.MESSAGE_LIMIT)) {
                calls.add(sendMessage(chatId, HtmlText.escape(part), new LinkPreviewOptions(true), null, null));
            }
        }
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
        InlineKeyboardMarkup keyboard = new InlineKeyboardMarkup(choices.options().stream()
                .map(choice -> List.of(button(channelId, choice)))
                .toList());
        List<String> parts = choiceTexts(choices);
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

    /**
     * Header in bold, body, footer in italics. Telegram has no list message: a list's option descriptions are written
     * out under the body, and its options are buttons like any other.
     */
    private static List<String> choiceTexts(OutboundContent.Choices choices) {
        StringBuilder body = new StringBuilder(choices.body());
        if (choices.style() == ChoiceStyle.LIST) {
            for (Choice option : choices.options()) {
                if (option.description() != null && !option.description().isBlank()) {
                    body.append("\n• ").append(option.title()).append(": ").append(option.description());
                }
            }
        }
        String header = blankToNull(choices.header());
        String footer = blankToNull(choices.footer());
        String plain = (header == null ? "" : header + "\n\n") + body + (footer == null ? "" : "\n\n" + footer);
        if (plain.isBlank()) {
            // Telegram refuses an empty text, and the keyboard needs a message to hang under.
            return List.of(HtmlText.escape("…"));
        }
        if (plain.length() <= TextSplitter.MESSAGE_LIMIT) {
            return List.of((header == null ? "" : HtmlText.bold(header) + "\n\n")
                    + HtmlText.escape(body.toString())
                    + (footer == null ? "" : "\n\n" + HtmlText.italic(footer)));
        }
        return TextSplitter.split(plain, TextSplitter.MESSAGE_LIMIT).stream()
                .map(HtmlText::escape)
                .toList();
    }

    private InlineKeyboardButton button(String channelId, Choice choice) {
        String data = CallbackData.inline(choice.id())
                .orElseGet(() -> CallbackData.keyed(callbackKeys.keyFor(channelId, choice.id())));
        return new InlineKeyboardButton(choice.title(), data);
    }

    private static Rendering reaction(Object chatId, OutboundContent.Reaction reaction) {
        long target;
        try {
            target = Long.parseLong(reaction.targetPlatformMessageId());
        } catch (NumberFormatException e) {
            return new Rendering.Refused(
                    "INVALID_TARGET",
                    "not a Telegram message id",
                    "'" + reaction.targetPlatformMessageId() + "' is not a Telegram message_id.");
        }
        List<ReactionType> reactions =
                reaction.emoji() == null ? List.of() : List.of(new ReactionType("emoji", reaction.emoji(), null));
        return new Rendering.Calls(
                List.of(new BotApiCall.React(new SetMessageReactionRequest(chatId, target, reactions))));
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

    private static Rendering emptyText() {
        return new Rendering.Refused("EMPTY_TEXT", "empty text", "Telegram does not send an empty message.");
    }

    /** Numeric chat ids go out as numbers (Bot API {@code Integer}); {@code @channelusername} stays a string. */
    static Object chatId(String externalChatId) {
        try {
            return Long.parseLong(externalChatId);
        } catch (NumberFormatException e) {
            return externalChatId;
        }
    }

    /** Sending without the quote beats failing when the quoted message was deleted meanwhile. */
    private static ReplyParameters replyParameters(String replyTo) {
        if (replyTo == null) {
            return null;
        }
        try {
            return new ReplyParameters(Long.parseLong(replyTo), true);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
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
