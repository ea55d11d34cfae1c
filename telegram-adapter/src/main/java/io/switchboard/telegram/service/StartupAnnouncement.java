package io.switchboard.telegram.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.switchboard.contract.channel.ChannelChange;
import io.switchboard.telegram.entity.ChannelEntity;
import io.switchboard.telegram.repository.ChannelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Re-announces every active channel at start-up. The directory topic is compacted, so this heals an announcement lost
 * in a crash between a commit and its acknowledgement, at the cost of one record per channel. Runs in the background
 * and retries: a broker that is slow to come up must not hold the service's start.
 */
@ApplicationScoped
public class StartupAnnouncement {

    private static final Logger LOG = Logger.getLogger(StartupAnnouncement.class);
    private static final int ATTEMPTS = 10;

    @Inject
    ChannelRepository channels;

    @Inject
    ChannelAnnouncer announcer;

    void onStart(@Observes StartupEvent event) {
        Thread.ofVirtual().name("announce-channels").start(this::announceAll);
    }

    private void announceAll() {
        Duration wait = Duration.ofSeconds(1);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                List<ChannelEntity> active = QuarkusTransaction.requiringNew().call(channels::listActive);
                active.forEach(channel -> announcer.announce(ChannelChange.UPDATED, channel));
                LOG.infof("re-announced %d active channels", active.size());
                return;
            } catch (RuntimeException e) {
                LOG.warnf("re-announcing channels failed (attempt %d of %d): %s", attempt, ATTEMPTS, e.getMessage());
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                wait = wait.multipliedBy(2);
            }
        }
    }
}
