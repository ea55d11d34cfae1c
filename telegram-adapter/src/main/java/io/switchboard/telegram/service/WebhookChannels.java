package io.switchboard.telegram.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.common.problem.ProblemException;
import io.switchboard.common.problem.Problems;
import io.switchboard.telegram.entity.ChannelEntity;
import io.switchboard.telegram.entity.ChannelMode;
import io.switchboard.telegram.repository.ChannelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jboss.logging.Logger;

/** Decides whether a webhook request comes from Telegram for one of our channels. */
@ApplicationScoped
public class WebhookChannels {

    private static final Logger LOG = Logger.getLogger(WebhookChannels.class);

    @Inject
    ChannelRepository channels;

    @Inject
    ChannelSecrets secrets;

    /**
     * The channel, when {@code presentedSecret} is its webhook secret (compared in constant time).
     *
     * @throws ProblemException 404 for an unknown, removed or polling channel; 401 for a missing or wrong secret
     */
    public BotChannel verified(String channelId, String presentedSecret) {
        ChannelEntity channel = QuarkusTransaction.requiringNew()
                .call(() -> channels.findActive(channelId))
                .filter(found -> found.mode == ChannelMode.WEBHOOK)
                .orElseThrow(() -> Problems.notFound("Telegram webhook channel", channelId));
        String expected = secrets.webhookSecret(channel);
        if (presentedSecret == null || expected == null || !constantTimeEquals(expected, presentedSecret)) {
            LOG.warnf(
                    "webhook refused channel=%s: %s secret token", channelId, presentedSecret == null ? "no" : "wrong");
            throw Problems.unauthorized("The X-Telegram-Bot-Api-Secret-Token header is missing or wrong.");
        }
        return new BotChannel(channel.id, channel.tenantId, channel.botId, channel.username, secrets.botToken(channel));
    }

    private static boolean constantTimeEquals(String expected, String presented) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
