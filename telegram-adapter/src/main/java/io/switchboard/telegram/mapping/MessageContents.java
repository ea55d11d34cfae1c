package io.switchboard.telegram.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.content.ContactCard;
import io.switchboard.contract.content.Content;
import io.switchboard.contract.content.MediaKind;
import io.switchboard.telegram.botapi.Contact;
import io.switchboard.telegram.botapi.Message;
import io.switchboard.telegram.botapi.PhotoSize;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * What a Telegram message says, as contract {@link Content}. Telegram sets some fields twice for old clients (an
 * animation is also a {@code document}, a venue also a {@code location}, a live photo also a {@code photo}): the
 * specific field is checked first, so each message becomes exactly one content.
 */
final class MessageContents {

    /** Message fields that describe the message rather than say what it is (Bot API 10.1). */
    private static final Set<String> ENVELOPE_FIELDS = Set.of(
            "message_id",
            "message_thread_id",
            "direct_messages_topic",
            "from",
            "sender_chat",
            "sender_boost_count",
            "sender_business_bot",
            "sender_tag",
            "date",
            "guest_query_id",
            "business_connection_id",
            "chat",
            "forward_origin",
            "is_topic_message",
            "is_automatic_forward",
            "reply_to_message",
            "external_reply",
            "quote",
            "reply_to_story",
            "reply_to_checklist_task_id",
            "reply_to_poll_option_id",
            "via_bot",
            "guest_bot_caller_user",
            "guest_bot_caller_chat",
            "edit_date",
            "has_protected_content",
            "is_from_offline",
            "is_paid_post",
            "media_group_id",
            "author_signature",
            "paid_star_count",
            "entities",
            "link_preview_options",
            "suggested_post_info",
            "effect_id",
            "caption",
            "caption_entities",
            "show_caption_above_media",
            "has_media_spoiler",
            "reply_markup");

    private MessageContents() {}

    static Content of(Message message, JsonNode raw) {
        if (message.text() != null) {
            return new Content.Text(message.text());
        }
        String caption = message.caption();
        if (message.animation() != null) {
            var a = message.animation();
            return media(MediaKind.ANIMATION, a.fileId(), a.mimeType(), caption, a.fileName(), a.fileSize());
        }
        if (!message.photo().isEmpty()) {
            PhotoSize largest = largest(message.photo());
            return media(MediaKind.IMAGE, largest.fileId(), null, caption, null, largest.fileSize());
        }
        if (message.sticker() != null) {
            var s = message.sticker();
            return media(MediaKind.STICKER, s.fileId(), s.mimeType(), null, null, s.fileSize());
        }
        if (message.video() != null) {
            var v = message.video();
            return media(MediaKind.VIDEO, v.fileId(), v.mimeType(), caption, v.fileName(), v.fileSize());
        }
        if (message.videoNote() != null) {
            var v = message.videoNote();
            return media(MediaKind.VIDEO_NOTE, v.fileId(), null, null, null, v.fileSize());
        }
        if (message.voice() != null) {
            var v = message.voice();
            return media(MediaKind.VOICE, v.fileId(), v.mimeType(), caption, null, v.fileSize());
        }
        if (message.audio() != null) {
            var a = message.audio();
            return media(MediaKind.AUDIO, a.fileId(), a.mimeType(), caption, a.fileName(), a.fileSize());
        }
        if (message.document() != null) {
            var d = message.document();
            return media(MediaKind.DOCUMENT, d.fileId(), d.mimeType(), caption, d.fileName(), d.fileSize());
        }
        if (message.venue() != null && message.venue().location() != null) {
            var v = message.venue();
            return new Content.Location(v.location().latitude(), v.location().longitude(), v.title(), v.address());
        }
        if (message.location() != null) {
            return new Content.Location(
                    message.location().latitude(), message.location().longitude(), null, null);
        }
        if (message.contact() != null) {
            return new Content.Contacts(List.of(card(message.contact())));
        }
        String type = unsupportedType(raw);
        return new Content.Unsupported(type, "A Telegram " + type + " message, which Switchboard does not show yet.");
    }

    /** The field that names what the message is, among those Switchboard does not model (poll, dice, ...). */
    static String unsupportedType(JsonNode raw) {
        if (raw != null) {
            for (Iterator<String> names = raw.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!ENVELOPE_FIELDS.contains(name)) {
                    return name;
                }
            }
        }
        return "unknown";
    }

    private static PhotoSize largest(List<PhotoSize> sizes) {
        return sizes.stream()
                .max(Comparator.comparingLong(PhotoSize::pixels)
                        .thenComparingLong(size -> size.fileSize() == null ? 0 : size.fileSize()))
                .orElseThrow();
    }

    private static Content.Media media(
            MediaKind kind, String fileId, String mimeType, String caption, String fileName, Long size) {
        if (fileId == null) {
            throw new InvalidUpdateException("a " + kind + " without a file_id");
        }
        return new Content.Media(kind, fileId, null, mimeType, null, caption, fileName, size);
    }

    private static ContactCard card(Contact contact) {
        String name = contact.lastName() == null || contact.lastName().isBlank()
                ? contact.firstName()
                : contact.firstName() + " " + contact.lastName();
        List<String> phones = contact.phoneNumber() == null ? List.of() : List.of(contact.phoneNumber());
        return new ContactCard(name, phones, List.of(), null);
    }
}
