package io.switchboard.simulator.service.whatsapp;

import io.switchboard.simulator.model.PlatformAnswer;
import io.switchboard.simulator.model.whatsapp.MediaFile;
import io.switchboard.simulator.model.whatsapp.SimulatedNumber;
import io.switchboard.simulator.model.whatsapp.StoredMedia;
import io.switchboard.simulator.repository.MediaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Graph API's media family: {@code POST /{phone-number-id}/media} (upload), {@code GET /{media-id}} (a download
 * link valid for 5 minutes), {@code DELETE /{media-id}}, and the download itself from the link, with the same bearer
 * token. Only the app of the number a media object belongs to may see it.
 */
@ApplicationScoped
public class MediaOperations {

    private final MediaRepository media;
    private final MediaLinks links;
    private final GraphAccess access;

    MediaOperations(MediaRepository media, MediaLinks links, GraphAccess access) {
        this.media = media;
        this.links = links;
        this.access = access;
    }

    public boolean isMedia(String id) {
        return media.find(id).isPresent();
    }

    /**
     * Stores an upload.
     *
     * @param file {@code null} when the request carried no file part
     */
    public PlatformAnswer upload(SimulatedNumber number, String messagingProduct, MediaFile file) {
        if (messagingProduct == null || messagingProduct.isBlank()) {
            throw GraphApiException.invalidParameter("The parameter messaging_product is required.");
        }
        if (!"whatsapp".equals(messagingProduct)) {
            throw GraphApiException.invalidParameter(
                    "Param messaging_product must be one of {WHATSAPP} - got \"" + messagingProduct + "\".");
        }
        if (file == null) {
            throw GraphApiException.invalidParameter("The parameter file is required.");
        }
        if (file.mimeType() == null || file.mimeType().isBlank()) {
            throw GraphApiException.invalidParameter("The parameter type is required.");
        }
        MediaRules.check(file.mimeType(), file.bytes().length);
        StoredMedia stored = media.save(
                number.id(), new MediaFile(file.bytes(), MediaRules.essence(file.mimeType()), file.fileName()));
        return PlatformAnswer.ok(Map.of("id", stored.id()));
    }

    /** {@code GET /{media-id}}: the media's details and a fresh download link on the simulator at {@code baseUrl}. */
    public PlatformAnswer describe(
            String mediaId, String authorization, String tokenParameter, String phoneNumberId, String baseUrl) {
        StoredMedia stored = owned("GET", mediaId, authorization, tokenParameter, phoneNumberId);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("messaging_product", "whatsapp");
        answer.put("url", links.issue(stored, baseUrl));
        answer.put("mime_type", stored.mimeType());
        answer.put("sha256", stored.sha256());
        answer.put("file_size", Integer.toString(stored.fileSize()));
        answer.put("id", stored.id());
        return PlatformAnswer.ok(answer);
    }

    public PlatformAnswer delete(String mediaId, String authorization, String tokenParameter, String phoneNumberId) {
        StoredMedia stored = owned("DELETE", mediaId, authorization, tokenParameter, phoneNumberId);
        media.remove(stored.id());
        return PlatformAnswer.ok(Map.of("success", true));
    }

    /** The bytes behind a download link; 404 once the link expired or the media is gone, as Meta's lookaside. */
    public PlatformAnswer download(String authorization, String mid, String ext, String hash) {
        String token = access.accessToken(authorization, null);
        StoredMedia stored = links.resolve(mid, ext, hash)
                .flatMap(media::find)
                .filter(found -> access.owns(token, found.phoneNumberId()))
                .orElseThrow(GraphApiException::mediaUrlNotFound);
        return PlatformAnswer.binary(stored.bytes(), stored.mimeType());
    }

    private StoredMedia owned(
            String httpMethod, String mediaId, String authorization, String tokenParameter, String phoneNumberId) {
        String token = access.accessToken(authorization, tokenParameter);
        Optional<StoredMedia> stored = media.find(mediaId)
                .filter(found -> access.owns(token, found.phoneNumberId()))
                .filter(found -> phoneNumberId == null || phoneNumberId.equals(found.phoneNumberId()));
        return stored.orElseThrow(() -> GraphApiException.unsupportedRequest(httpMethod, mediaId));
    }
}
