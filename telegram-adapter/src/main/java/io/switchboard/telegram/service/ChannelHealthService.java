package io.switchboard.telegram.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.contract.channel.ChannelChange;
import io.switchboard.contract.channel.ChannelHealth;
import io.switchboard.telegram.entity.ChannelEntity;
import io.switchboard.telegram.repository.ChannelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Records that Telegram refuses a channel (a webhook conflict, a revoked token) or accepts it again, and announces the
 * change. When Kafka cannot take the announcement the change is not kept: the next failure or success tries again.
 */
@ApplicationScoped
public class ChannelHealthService {

    private static final Logger LOG = Logger.getLogger(ChannelHealthService.class);

    @Inject
    ChannelRepository channels;

    @Inject
    ChannelAnnouncer announcer;

    /** @param detail what an operator should do, in their words */
    public void markUnhealthy(String channelId, String detail) {
        change(channelId, ChannelHealth.UNHEALTHY, detail);
    }

    public void markHealthy(String channelId) {
        change(channelId, ChannelHealth.HEALTHY, null);
    }

    private void change(String channelId, ChannelHealth health, String detail) {
        try {
            boolean changed = QuarkusTransaction.requiringNew().call(() -> {
                ChannelEntity channel = channels.findActive(channelId).orElse(null);
                if (channel == null || (channel.health == health && Objects.equals(channel.healthDetail, detail))) {
                    return false;
                }
                channel.health = health;
                channel.healthDetail = detail;
                channel.updatedAt = Instant.now();
                announcer.announce(ChannelChange.UPDATED, channel);
                return true;
            });
            if (changed) {
                LOG.infof("channel health changed channel=%s health=%s detail=%s", channelId, health, detail);
            }
        } catch (RuntimeException e) {
            LOG.warnf("channel health not recorded channel=%s health=%s: %s", channelId, health, e.getMessage());
        }
    }
}
