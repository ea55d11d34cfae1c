package io.switchboard.simulator.service.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.simulator.model.telegram.BotApiReply;
import io.switchboard.simulator.model.telegram.KnownChat;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * {@code sendMediaGroup}: an album of 2-10 photos and videos, or of documents only, or of audio only (each a
 * {@code file_id} or an HTTP URL, with an optional caption). Answers the array of sent messages, which share a
 * {@code media_group_id}; each item counts as one message against the flood limits.
 */
@ApplicationScoped
public class SendMediaGroupMethod implements BotMethod {

    static final int MIN_ITEMS = 2;
    static final int MAX_ITEMS = 10;
    private static final Set<String> TYPES = Set.of("photo", "video", "document", "audio");
    private static final Set<String> ALONE_TYPES = Set.of("document", "audio");

    private final OutgoingMessages outgoing;

    SendMediaGroupMethod(OutgoingMessages outgoing) {
        this.outgoing = outgoing;
    }

    @Override
    public String name() {
        return "sendMediaGroup";
    }

    @Override
    public CompletionStage<BotApiReply> call(SimulatedBot bot, BotParameters parameters) {
        KnownChat chat = outgoing.chat(bot, parameters);
        JsonNode media = parameters
                .json("media", "can't parse media JSON array")
                .orElseThrow(() -> BotApiException.badRequest("parameter \"media\" is required"));
        if (!media.isArray()) {
            throw BotApiException.badRequest("can't parse media JSON array");
        }
        if (media.isEmpty()) {
            throw BotApiException.badRequest("there are no messages to send");
        }
        if (media.size() < MIN_ITEMS) {
            throw BotApiException.badRequest("an album must include at least " + MIN_ITEMS + " media");
        }
        if (media.size() > MAX_ITEMS) {
            throw BotApiException.badRequest("too many messages to send as an album");
        }
        List<Consumer<ObjectNode>> contents = new ArrayList<>();
        Set<String> types = new HashSet<>();
        for (JsonNode item : media) {
            contents.add(content(item));
            types.add(item.path("type").asText());
        }
        for (String alone : ALONE_TYPES) {
            if (types.contains(alone) && types.size() > 1) {
                throw BotApiException.badRequest(alone + " can't be mixed with other media types");
            }
        }
        List<ObjectNode> messages = outgoing.sendAll(bot, chat, parameters, contents);
        return CompletableFuture.completedFuture(BotApiReply.ok(messages));
    }

    /** What one album item adds to its message: the file and the caption. */
    private static Consumer<ObjectNode> content(JsonNode item) {
        String type = item.path("type").asText();
        if (!TYPES.contains(type)) {
            throw BotApiException.badRequest(
                    "can't parse InputMedia: media type \"" + type + "\" can't be sent in a media group");
        }
        String file = item.path("media").asText("");
        if (file.isBlank()) {
            throw BotApiException.badRequest("can't parse InputMedia: media not found");
        }
        if (file.startsWith("attach://")) {
            throw BotApiException.badRequest(
                    "file uploads are not simulated yet: send a file_id or an HTTP URL instead");
        }
        String caption = item.hasNonNull("caption") ? item.get("caption").asText() : null;
        if (caption != null && caption.length() > MediaSendMethods.MAX_CAPTION_LENGTH) {
            throw BotApiException.badRequest("message caption is too long");
        }
        JsonNode fileObject = MediaSendMethods.fileObject(type, file);
        return message -> {
            message.set(type, fileObject);
            if (caption != null) {
                message.put("caption", caption);
            }
        };
    }
}
