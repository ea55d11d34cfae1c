package io.switchboard.simulator.service.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.simulator.model.whatsapp.SimulatedNumber;
import io.switchboard.simulator.model.whatsapp.StoredMedia;
import io.switchboard.simulator.repository.MediaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The media of a customer's message, made downloadable as Meta makes it: a media object of the business number with
 * {@code id}, {@code mime_type}, {@code sha256} and a download {@code url} in the webhook. A message whose media has no
 * {@code id} gets a new media object (a placeholder file); one naming media registered through the control API gets
 * that media's details; one naming an id the simulator does not know is left exactly as given.
 */
@ApplicationScoped
public class InboundMedia {

    private final MediaRepository media;
    private final MediaLinks links;

    InboundMedia(MediaRepository media, MediaLinks links) {
        this.media = media;
        this.links = links;
    }

    /** Completes the media object of {@code message} (a webhook {@code messages[]} entry) in place. */
    public void complete(SimulatedNumber number, ObjectNode message, String baseUrl) {
        String type = message.path("type").asText();
        if (!PlaceholderMedia.isMediaType(type)) {
            return;
        }
        JsonNode existing = message.get(type);
        ObjectNode object = existing instanceof ObjectNode node ? node : message.putObject(type);
        Optional<StoredMedia> stored = object.hasNonNull("id")
                ? media.find(object.get("id").asText())
                : Optional.of(media.save(
                        number.id(), PlaceholderMedia.of(type, text(object, "mime_type"), text(object, "filename"))));
        stored.ifPresent(found -> {
            object.put("mime_type", found.mimeType());
            object.put("sha256", found.sha256());
            object.put("id", found.id());
            object.put("url", links.issue(found, baseUrl));
            if (type.equals("document") && !object.hasNonNull("filename") && found.fileName() != null) {
                object.put("filename", found.fileName());
            }
        });
    }

    private static String text(ObjectNode object, String field) {
        return object.hasNonNull(field) ? object.get(field).asText() : null;
    }
}
