package io.switchboard.whatsapp.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.switchboard.whatsapp.repository.ChannelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Re-announces every channel once after start-up, so an announcement lost earlier (a crash between commit and
 * publish, a topic restored from backup) is repaired. Tries again every minute until one pass got through.
 */
@ApplicationScoped
public class ChannelReannouncer {

    private static final Logger LOG = Logger.getLogger(ChannelReannouncer.class);

    private final AtomicBoolean done = new AtomicBoolean();
    private final ChannelRepository channels;
    private final ChannelService service;

    @Inject
    public ChannelReannouncer(ChannelRepository channels, ChannelService service) {
        this.channels = channels;
        this.service = service;
    }

    @Scheduled(
            delayed = "${switchboard.whatsapp.reannounce-delay:2s}",
            every = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void afterStart() {
        if (done.get()) {
            return;
        }
        try {
            int count = reannounceAll();
            done.set(true);
            LOG.infof("channels re-announced count=%d", count);
        } catch (RuntimeException e) {
            LOG.warnf("channel re-announcement postponed, will retry in a minute: %s", e.getMessage());
        }
    }

    /** Announces every channel's current state; stops at the first failure. */
    public int reannounceAll() {
        List<UUID> ids = QuarkusTransaction.requiringNew().call(channels::allIds);
        ids.forEach(service::reannounce);
        return ids.size();
    }
}
