package io.switchboard.simulator.repository;

import io.switchboard.simulator.config.SimulatorConfig;
import io.switchboard.simulator.model.whatsapp.MediaFile;
import io.switchboard.simulator.model.whatsapp.StoredMedia;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** The Graph API's media objects, in memory, by media id; the oldest are forgotten first (bounded memory). */
@ApplicationScoped
public class MediaRepository {

    private final Map<String, StoredMedia> media;
    private final Clock clock;

    MediaRepository(SimulatorConfig config, Clock clock) {
        int capacity = Math.max(1, config.whatsapp().mediaCapacity());
        this.clock = clock;
        this.media = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, StoredMedia> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Stores {@code file} as a new media object of {@code phoneNumberId}, under a new id. */
    public StoredMedia save(String phoneNumberId, MediaFile file) {
        StoredMedia stored = new StoredMedia(
                newId(),
                phoneNumberId,
                file.mimeType(),
                sha256(file.bytes()),
                file.bytes(),
                file.fileName(),
                clock.instant());
        synchronized (media) {
            media.put(stored.id(), stored);
        }
        return stored;
    }

    public Optional<StoredMedia> find(String id) {
        synchronized (media) {
            return Optional.ofNullable(media.get(id));
        }
    }

    public boolean remove(String id) {
        synchronized (media) {
            return media.remove(id) != null;
        }
    }

    /** Media ids look like Meta's: 16 digits, distinct from the numbers' ids in practice. */
    private static String newId() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L, 9_999_999_999_999_999L));
    }

    private static String sha256(byte[] bytes) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
