package io.switchboard.telegram.mapping;

import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.telegram.botapi.InputMedia;
import io.switchboard.telegram.botapi.ReplyParameters;
import io.switchboard.telegram.botapi.SendMediaGroupRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Albums ({@code sendMediaGroup}): 2-10 photos and videos, or 2-10 documents, or 2-10 audio files; Telegram does not
 * mix documents or audio with anything else. More than 10 items go as several albums, in order. Each item keeps its caption (up to 1024 characters; the overflow follows
 * the album as text).
 */
final class MediaGroups {

    static final int MAX_ITEMS = 10;

    private static final Set<String> SHOWN_TOGETHER = Set.of("photo", "video");

    private MediaGroups() {}

    static Rendering render(Object chatId, OutboundContent.MediaGroup group, ReplyParameters replyTo) {
        List<String> types = new ArrayList<>();
        for (OutboundContent.Media item : group.items()) {
            String type = typeOf(item);
            if (type == null) {
                return OutboundRenderer.unsupported(
                        "Telegram albums hold photos, videos, documents or audio",
                        "A " + item.kind() + " cannot be part of a Telegram album; send it on its own.");
            }
            types.add(type);
        }
        if (!canBeGrouped(types)) {
            return OutboundRenderer.unsupported(
                    "Telegram does not mix these items in one album",
                    "An album holds photos and videos together, or only documents, or only audio files (here: "
                            + String.join(", ", types) + ").");
        }
        List<InputMedia> media = new ArrayList<>();
        StringBuilder overflow = new StringBuilder();
        for (int i = 0; i < group.items().size(); i++) {
            OutboundContent.Media item = group.items().get(i);
            String caption = item.caption() == null ? "" : item.caption();
            TextSplitter.Head head = TextSplitter.head(caption, TextSplitter.CAPTION_LIMIT);
            boolean captioned = !head.first().isEmpty();
            media.add(new InputMedia(
                    types.get(i),
                    OutboundRenderer.fileOf(item),
                    captioned ? HtmlText.escape(head.first()) : null,
                    captioned ? HtmlText.PARSE_MODE : null));
            if (!head.rest().isBlank()) {
                overflow.append(overflow.isEmpty() ? "" : "\n\n").append(head.rest());
            }
        }
        List<BotApiCall> calls = new ArrayList<>();
        for (List<InputMedia> album : albums(media)) {
            // Only the first album answers the message replied to: the rest continue it.
            calls.add(new BotApiCall.SendAlbum(
                    new SendMediaGroupRequest(chatId, album, calls.isEmpty() ? replyTo : null)));
        }
        calls.addAll(OutboundRenderer.followingText(chatId, overflow.toString()));
        return new Rendering.Calls(calls);
    }

    /**
     * More items than an album holds become several albums of nearly equal size (23 items: 8, 8, 7), so none is left
     * with the single item Telegram refuses as an album.
     */
    static <T> List<List<T>> albums(List<T> items) {
        int count = (items.size() + MAX_ITEMS - 1) / MAX_ITEMS;
        List<List<T>> albums = new ArrayList<>(count);
        int start = 0;
        for (int i = 0; i < count; i++) {
            int size = items.size() / count + (i < items.size() % count ? 1 : 0);
            albums.add(items.subList(start, start + size));
            start += size;
        }
        return albums;
    }

    private static String typeOf(OutboundContent.Media item) {
        return switch (item.kind()) {
            case IMAGE -> "photo";
            case VIDEO -> "video";
            case DOCUMENT -> "document";
            case AUDIO -> "audio";
            case VOICE, VIDEO_NOTE, ANIMATION, STICKER -> null;
        };
    }

    private static boolean canBeGrouped(List<String> types) {
        if (types.stream().allMatch(SHOWN_TOGETHER::contains)) {
            return true;
        }
        return types.stream().distinct().count() == 1;
    }
}
