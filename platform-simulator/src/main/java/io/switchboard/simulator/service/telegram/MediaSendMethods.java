package io.switchboard.simulator.service.telegram;

import static io.switchboard.simulator.service.telegram.BotMethodFamily.method;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.simulator.model.telegram.BotApiReply;
import io.switchboard.simulator.model.telegram.KnownChat;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The media and rich sends: {@code sendPhoto}, {@code sendDocument}, {@code sendVideo}, {@code sendAudio},
 * {@code sendVoice}, {@code sendAnimation}, {@code sendSticker} (a {@code file_id} or an HTTP URL, caption up to 1024
 * characters), {@code sendLocation}, {@code sendVenue} and {@code sendContact}. A URL gets a new {@code file_id}, as Telegram stores the
 * file; uploads (multipart) are not simulated.
 */
@ApplicationScoped
public class MediaSendMethods implements BotMethodFamily {

    static final int MAX_CAPTION_LENGTH = 1024;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final OutgoingMessages outgoing;

    MediaSendMethods(OutgoingMessages outgoing) {
        this.outgoing = outgoing;
    }

    @Override
    public List<BotMethod> methods() {
        return List.of(
                media("sendPhoto", "photo"),
                media("sendDocument", "document"),
                media("sendVideo", "video"),
                media("sendAudio", "audio"),
                media("sendVoice", "voice"),
                media("sendAnimation", "animation"),
                media("sendSticker", "sticker"),
                media("sendVideoNote", "video_note"),
                method("sendLocation", this::sendLocation),
                method("sendVenue", this::sendVenue),
                method("sendContact", this::sendContact));
    }

    private BotMethod media(String name, String kind) {
        return method(name, (bot, parameters) -> sendMedia(bot, parameters, kind));
    }

    private BotApiReply sendMedia(SimulatedBot bot, BotParameters parameters, String kind) {
        KnownChat chat = outgoing.chat(bot, parameters);
        String file = parameters
                .text(kind)
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> BotApiException.badRequest("there is no " + kind + " in the request"));
        // Stickers and video notes take no caption.
        Optional<String> caption =
                parameters.text("caption").filter(text -> !kind.equals("sticker") && !kind.equals("video_note"));
        if (caption.isPresent() && caption.get().length() > MAX_CAPTION_LENGTH) {
            throw BotApiException.badRequest("message caption is too long");
        }
        return BotApiReply.ok(outgoing.send(bot, chat, parameters, message -> {
            message.set(kind, fileObject(kind, file));
            caption.ifPresent(text -> message.put("caption", text));
        }));
    }

    private BotApiReply sendLocation(SimulatedBot bot, BotParameters parameters) {
        KnownChat chat = outgoing.chat(bot, parameters);
        double latitude = coordinate(parameters, "latitude", 90);
        double longitude = coordinate(parameters, "longitude", 180);
        return BotApiReply.ok(outgoing.send(
                bot,
                chat,
                parameters,
                message ->
                        message.putObject("location").put("latitude", latitude).put("longitude", longitude)));
    }

    /** A venue message carries both {@code venue} and its {@code location}, as Telegram's do. */
    private BotApiReply sendVenue(SimulatedBot bot, BotParameters parameters) {
        KnownChat chat = outgoing.chat(bot, parameters);
        double latitude = coordinate(parameters, "latitude", 90);
        double longitude = coordinate(parameters, "longitude", 180);
        String title = required(parameters, "title", "venue title is empty");
        String address = required(parameters, "address", "venue address is empty");
        return BotApiReply.ok(outgoing.send(bot, chat, parameters, message -> {
            message.putObject("location").put("latitude", latitude).put("longitude", longitude);
            ObjectNode venue = message.putObject("venue");
            venue.putObject("location").put("latitude", latitude).put("longitude", longitude);
            venue.put("title", title);
            venue.put("address", address);
        }));
    }

    private static String required(BotParameters parameters, String name, String whenMissing) {
        return parameters
                .text(name)
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> BotApiException.badRequest(whenMissing));
    }

    private BotApiReply sendContact(SimulatedBot bot, BotParameters parameters) {
        KnownChat chat = outgoing.chat(bot, parameters);
        String phone = parameters
                .text("phone_number")
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> BotApiException.badRequest("phone number is empty"));
        String firstName = parameters
                .text("first_name")
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> BotApiException.badRequest("first name is empty"));
        return BotApiReply.ok(outgoing.send(bot, chat, parameters, message -> {
            ObjectNode contact = message.putObject("contact");
            contact.put("phone_number", phone);
            contact.put("first_name", firstName);
            parameters.text("last_name").ifPresent(lastName -> contact.put("last_name", lastName));
        }));
    }

    private static double coordinate(BotParameters parameters, String name, double limit) {
        String value = parameters.text(name).orElseThrow(() -> BotApiException.badRequest(name + " is empty"));
        try {
            double coordinate = Double.parseDouble(value);
            if (Math.abs(coordinate) > limit) {
                throw BotApiException.badRequest("wrong " + name + " specified");
            }
            return coordinate;
        } catch (NumberFormatException e) {
            throw BotApiException.badRequest("wrong " + name + " specified");
        }
    }

    /** The file as the sent message shows it: photos as sizes, other kinds as one object. */
    static JsonNode fileObject(String kind, String file) {
        String fileId = file.matches("(?i)https?://.*") ? newFileId() : file;
        ObjectNode object = JSON.objectNode();
        object.put("file_id", fileId);
        object.put("file_unique_id", "AgAD" + fileId.substring(Math.max(0, fileId.length() - 11)));
        switch (kind) {
            case "photo" -> {
                ArrayNode sizes = JSON.arrayNode();
                sizes.add(object.deepCopy().put("width", 90).put("height", 90).put("file_size", 1_200));
                sizes.add(object.put("width", 800).put("height", 800).put("file_size", 48_000));
                return sizes;
            }
            case "video", "animation" ->
                object.put("width", 640).put("height", 360).put("duration", 5);
            case "audio" -> object.put("duration", 30);
            case "voice" -> object.put("duration", 4).put("mime_type", "audio/ogg");
            case "video_note" -> object.put("length", 240).put("duration", 8);
            case "sticker" ->
                object.put("type", "regular")
                        .put("width", 512)
                        .put("height", 512)
                        .put("is_animated", false)
                        .put("is_video", false);
            default -> object.put("file_name", fileName(file)).put("mime_type", "application/octet-stream");
        }
        return object;
    }

    private static String fileName(String file) {
        int slash = file.lastIndexOf('/');
        return slash >= 0 && slash < file.length() - 1 ? file.substring(slash + 1) : "file";
    }

    private static String newFileId() {
        byte[] bytes = new byte[36];
        RANDOM.nextBytes(bytes);
        return "BQACAgQAAxk" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
