package io.switchboard.telegram.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.contract.channel.ChannelHealth;
import io.switchboard.telegram.botapi.GetUpdatesRequest;
import io.switchboard.telegram.client.BotApiConflictException;
import io.switchboard.telegram.client.BotApiUnauthorizedException;
import io.switchboard.telegram.client.BotTokenRedaction;
import io.switchboard.telegram.config.TelegramConfig;
import io.switchboard.telegram.mapping.UpdateNormaliser;
import io.switchboard.telegram.service.PollingTargets.PollingTarget;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Long-polls one bot until stopped, or until its channel is removed or switched to webhook mode. Each update is
 * published and the offset moved past it in one step ({@link UpdateIntake#acceptPolled}); the next poll resumes from
 * the stored offset, which makes a restart neither lose nor repeat updates.
 */
final class ChannelPoller implements Runnable {

    private static final Logger LOG = Logger.getLogger(ChannelPoller.class);

    static final String CONFLICT_DETAIL = "Telegram refuses to hand out updates (409 Conflict): a webhook is set for"
            + " this bot, or another program polls it. Stop the other program, or switch this channel to WEBHOOK mode"
            + " (PATCH mode=WEBHOOK); polling resumes by itself once the conflict is gone.";
    static final String TOKEN_DETAIL = "Telegram refuses the bot token (401): it was revoked or changed in @BotFather."
            + " Send the new token with PATCH botToken.";

    private final String channelId;
    private final PollingServices services;
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private volatile boolean stopped;

    ChannelPoller(String channelId, PollingServices services) {
        this.channelId = channelId;
        this.services = services;
    }

    String channelId() {
        return channelId;
    }

    void stop() {
        stopped = true;
        stopSignal.countDown();
    }

    boolean isStopped() {
        return stopped;
    }

    @Override
    public void run() {
        TelegramConfig.Polling config = services.config().polling();
        Duration backoff = config.errorBackoff();
        Long lockedBot = null;
        LOG.infof("polling started channel=%s", channelId);
        try {
            while (!stopped) {
                Optional<PollingTarget> target = loadTarget();
                if (target.isEmpty()) {
                    if (!stopped) {
                        LOG.infof("polling ends channel=%s: removed or switched to webhook", channelId);
                    }
                    return;
                }
                BotChannel channel = target.get().channel();
                if (!services.locks().tryLock(channel.botId(), this)) {
                    pause(config.lockRetry());
                    continue;
                }
                lockedBot = channel.botId();
                try {
                    poll(channel);
                    backoff = config.errorBackoff();
                    if (target.get().health() == ChannelHealth.UNHEALTHY) {
                        services.health().markHealthy(channelId);
                    }
                } catch (BotApiConflictException e) {
                    if (stopped || loadTarget().isEmpty()) {
                        return;
                    }
                    services.health().markUnhealthy(channelId, CONFLICT_DETAIL);
                    pause(config.conflictBackoff());
                } catch (BotApiUnauthorizedException e) {
                    services.health().markUnhealthy(channelId, TOKEN_DETAIL);
                    pause(config.conflictBackoff());
                } catch (RuntimeException e) {
                    if (stopped) {
                        // Shutting down closes the connection of the poll in flight; nothing failed.
                        return;
                    }
                    LOG.warnf(
                            "poll failed channel=%s bot=%d, next try in %s: %s",
                            channelId, channel.botId(), backoff, BotTokenRedaction.redact(e.getMessage()));
                    pause(backoff);
                    backoff = min(backoff.multipliedBy(2), config.maxBackoff());
                }
            }
        } finally {
            if (lockedBot != null) {
                services.locks().unlock(lockedBot, this);
            }
            services.pollers().exited(this);
            LOG.infof("polling stopped channel=%s", channelId);
        }
    }

    private void poll(BotChannel channel) {
        TelegramConfig.Polling config = services.config().polling();
        long offset =
                QuarkusTransaction.requiringNew().call(() -> services.offsets().nextOffset(channel.botId()));
        List<JsonNode> updates = services.botApi()
                .getUpdates(
                        channel.token(),
                        new GetUpdatesRequest(
                                offset,
                                config.limit(),
                                (int) config.timeout().toSeconds(),
                                UpdateNormaliser.HANDLED_UPDATES));
        for (JsonNode update : updates) {
            services.intake().acceptPolled(channel, update);
        }
    }

    private Optional<PollingTarget> loadTarget() {
        return services.targets().load(channelId);
    }

    private void pause(Duration duration) {
        try {
            stopSignal.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
