package io.switchboard.whatsapp.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.switchboard.common.crypto.SecretUnreadableException;
import io.switchboard.whatsapp.entity.WhatsAppChannel;
import io.switchboard.whatsapp.repository.ChannelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Finishes a key rotation without downtime: operators add the new key, make it active (new secrets use it, old ones
 * still open with theirs), and this job re-encrypts the old ones in the background; once it reports nothing left, the
 * retired key can be removed. Idempotent (a secret already under the active key is left alone) and safe with several
 * replicas (each batch locks its rows and skips rows another replica holds).
 */
@ApplicationScoped
public class SecretResealer {

    private static final Logger LOG = Logger.getLogger(SecretResealer.class);
    private static final int BATCH = 50;
    private static final UUID FIRST = new UUID(0, 0);

    private final ChannelRepository channels;
    private final ChannelSecrets secrets;

    @Inject
    public SecretResealer(ChannelRepository channels, ChannelSecrets secrets) {
        this.channels = channels;
        this.secrets = secrets;
    }

    @Scheduled(
            every = "${switchboard.whatsapp.secret-reseal-interval:10m}",
            delayed = "${switchboard.whatsapp.secret-reseal-interval:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            int resealed = resealAll();
            if (resealed > 0) {
                LOG.infof("channel secrets re-encrypted with the active key channels=%d", resealed);
            }
        } catch (RuntimeException e) {
            LOG.warnf("re-encrypting channel secrets postponed: %s", e.getMessage());
        }
    }

    /**
     * One pass over every channel, in batches of short transactions.
     *
     * @return how many channels got re-encrypted secrets
     */
    public int resealAll() {
        String activeKeyId = secrets.activeKeyId();
        UUID after = FIRST;
        int resealed = 0;
        while (true) {
            Batch batch = resealBatch(activeKeyId, after);
            resealed += batch.resealed();
            if (batch.last() == null) {
                return resealed;
            }
            after = batch.last();
        }
    }

    private record Batch(int resealed, UUID last) {}

    private Batch resealBatch(String activeKeyId, UUID after) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> ids = channels.lockNextSealedWithOtherKey(activeKeyId, after, BATCH);
            int resealed = 0;
            for (UUID id : ids) {
                WhatsAppChannel channel = channels.findById(id);
                try {
                    if (secrets.resealWithActiveKey(channel)) {
                        resealed++;
                    }
                } catch (SecretUnreadableException e) {
                    // Its key is gone: nothing can open it, so nothing can re-encrypt it. Left for an operator.
                    LOG.errorf("channel secrets cannot be re-encrypted channel=%s: %s", id, e.getMessage());
                }
            }
            return new Batch(resealed, ids.isEmpty() ? null : ids.get(ids.size() - 1));
        });
    }
}
