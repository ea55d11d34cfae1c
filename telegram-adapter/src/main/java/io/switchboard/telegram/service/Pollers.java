package io.switchboard.telegram.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.switchboard.telegram.client.BotApiClient;
import io.switchboard.telegram.config.TelegramConfig;
import io.switchboard.telegram.repository.PollingOffsetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Runs one poller per POLLING channel, each on its own virtual thread (a long poll mostly waits). Every replica runs
 * pollers for every POLLING channel; the advisory lock decides which one actually polls. A periodic reconciliation
 * starts pollers for channels registered on other replicas.
 */
@ApplicationScoped
public class Pollers {

    private static final Logger LOG = Logger.getLogger(Pollers.class);

    @Inject
    TelegramConfig config;

    @Inject
    BotApiClient botApi;

    @Inject
    PollingTargets targets;

    @Inject
    PollingLocks locks;

    @Inject
    PollingOffsetRepository offsets;

    @Inject
    UpdateIntake intake;

    @Inject
    ChannelHealthService health;

    private final Map<String, ChannelPoller> running = new ConcurrentHashMap<>();
    private volatile boolean shuttingDown;

    void onStart(@Observes StartupEvent event) {
        if (!config.polling().enabled()) {
            LOG.info("polling is disabled on this instance (switchboard.telegram.polling.enabled=false)");
            return;
        }
        reconcile();
    }

    void onStop(@Observes ShutdownEvent event) {
        shuttingDown = true;
        running.values().forEach(ChannelPoller::stop);
    }

    @Scheduled(every = "${switchboard.telegram.polling.reconcile-interval:30s}", delayed = "10s")
    void reconcile() {
        if (!config.polling().enabled() || shuttingDown) {
            return;
        }
        try {
            targets.pollingChannelIds().forEach(this::start);
        } catch (RuntimeException e) {
            LOG.warnf("polling reconciliation failed, next run will retry: %s", e.getMessage());
        }
    }

    /** Starts polling the channel unless this instance already does. */
    public void start(String channelId) {
        if (!config.polling().enabled() || shuttingDown) {
            return;
        }
        running.computeIfAbsent(channelId, id -> {
            ChannelPoller poller = new ChannelPoller(id, services());
            Thread.ofVirtual().name("poller-" + id).start(poller);
            return poller;
        });
    }

    /**
     * Stops the channel's poller. It finishes its current long poll (publishing what that poll returns) and then gives
     * up its lock; a poller started meanwhile waits for the lock.
     */
    public void stop(String channelId) {
        ChannelPoller poller = running.remove(channelId);
        if (poller != null) {
            poller.stop();
        }
    }

    /** Channels this instance runs a poller for. */
    public Set<String> runningChannelIds() {
        return Set.copyOf(running.keySet());
    }

    void exited(ChannelPoller poller) {
        running.remove(poller.channelId(), poller);
    }

    private PollingServices services() {
        return new PollingServices(config, botApi, targets, locks, offsets, intake, health, this);
    }
}
