package io.switchboard.simulator.service.whatsapp;

import io.switchboard.simulator.config.SimulatorConfig;
import io.switchboard.simulator.model.whatsapp.StoredMedia;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Download links for media, shaped like Meta's lookaside URLs
 * ({@code .../whatsapp_business/attachments/?mid=<media id>&ext=<issued at>&hash=<signature>}). A link is signed, so
 * it cannot be made up, and it expires a fixed time after it was issued (5 minutes, as Meta's do).
 */
@ApplicationScoped
public class MediaLinks {

    public static final String PATH = "/whatsapp_business/attachments/";

    private final byte[] key = new byte[32];
    private final Clock clock;
    private final Duration validity;

    @Inject
    MediaLinks(Clock clock, SimulatorConfig config) {
        this(clock, config.whatsapp().mediaUrlValidity());
    }

    MediaLinks(Clock clock, Duration validity) {
        this.clock = clock;
        this.validity = validity;
        new SecureRandom().nextBytes(key);
    }

    /** A new link to {@code media}, on the simulator at {@code baseUrl} ({@code http://host:port}). */
    public String issue(StoredMedia media, String baseUrl) {
        long issuedAt = clock.instant().getEpochSecond();
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + PATH + "?mid=" + media.id() + "&ext=" + issuedAt + "&hash=" + signature(media.id(), issuedAt);
    }

    /** The media id a link names, when the link is one this simulator issued and it has not expired. */
    public Optional<String> resolve(String mid, String ext, String hash) {
        if (mid == null || ext == null || hash == null) {
            return Optional.empty();
        }
        long issuedAt;
        try {
            issuedAt = Long.parseLong(ext);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        boolean genuine = MessageDigest.isEqual(
                signature(mid, issuedAt).getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII));
        boolean fresh = clock.instant().getEpochSecond() - issuedAt < validity.toSeconds();
        return genuine && fresh ? Optional.of(mid) : Optional.empty();
    }

    private String signature(String mid, long issuedAt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((mid + ":" + issuedAt).getBytes(StandardCharsets.UTF_8));
            return "AT" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
