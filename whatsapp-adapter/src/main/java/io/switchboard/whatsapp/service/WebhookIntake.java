package io.switchboard.whatsapp.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.common.problem.Problems;
import io.switchboard.whatsapp.entity.WhatsAppChannel;
import io.switchboard.whatsapp.mapping.ChannelNotice;
import io.switchboard.whatsapp.mapping.MalformedWebhookException;
import io.switchboard.whatsapp.mapping.NormalizedWebhook;
import io.switchboard.whatsapp.mapping.WebhookNormalizer;
import io.switchboard.whatsapp.repository.ChannelRepository;
import io.switchboard.whatsapp.repository.SentMessagePartRepository;
import io.switchboard.whatsapp.repository.SentMessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Meta's side of a channel: the subscription handshake, and signed webhook bodies turned into events on Kafka. A body
 * is acknowledged only after Kafka acknowledged every event in it; otherwise Meta retries it later.
 */
@ApplicationScoped
public class WebhookIntake {

    private static final Logger LOG = Logger.getLogger(WebhookIntake.class);
    private static final String SUBSCRIBE = "subscribe";

    private final ChannelRepository channels;
    private final SentMessageRepository sentMessages;
    private final SentMessagePartRepository parts;
    private final ChannelSecrets secrets;
    private final WebhookNormalizer normalizer;
    private final EventPublisher publisher;
    private final ChannelService channelService;
    private final RecentSends recentSends;
    private final WebhookChannels webhookChannels;
    private final ObjectMapper json;

    @Inject
    public WebhookIntake(
            ChannelRepository channels,
            SentMessageRepository sentMessages,
            SentMessagePartRepository parts,
            ChannelSecrets secrets,
            WebhookNormalizer normalizer,
            EventPublisher publisher,
            ChannelService channelService,
            RecentSends recentSends,
            WebhookChannels webhookChannels,
            ObjectMapper json) {
        this.channels = channels;
        this.sentMessages = sentMessages;
        this.parts = parts;
        this.secrets = secrets;
        this.normalizer = normalizer;
        this.publisher = publisher;
        this.channelService = channelService;
        this.recentSends = recentSends;
        this.webhookChannels = webhookChannels;
        this.json = json;
    }

    /**
     * Meta's GET verification: echoes the challenge when the mode is {@code subscribe} and the verify token is the
     * channel's.
     */
    public String handshake(UUID channelId, String mode, String verifyToken, String challenge) {
        String expected = QuarkusTransaction.requiringNew().call(() -> secrets.verifyToken(activeChannel(channelId)));
        if (!SUBSCRIBE.equals(mode) || verifyToken == null || !sameText(verifyToken, expected)) {
            LOG.infof("webhook handshake refused channel=%s mode=%s", channelId, mode);
            throw Problems.forbidden("hub.mode must be 'subscribe' and hub.verify_token the channel's verify token.");
        }
        if (challenge == null || challenge.isEmpty()) {
            throw Problems.badRequest("hub.challenge is missing.");
        }
        LOG.infof("webhook handshake accepted channel=%s", channelId);
        return challenge;
    }

    /**
     * Verifies, normalises and publishes one webhook body.
     *
     * @return how many events were published
     */
    public int receive(UUID channelId, byte[] body, String signature) {
        WebhookChannels.WebhookChannel channel = webhookChannels.active(channelId);
        if (!WebhookSignature.matches(body, signature, channel.signingSecrets())) {
            LOG.warnf("webhook refused channel=%s reason=%s", channelId, signature == null ? "unsigned" : "signature");
            throw Problems.unauthorized(
                    signature == null
                            ? "The X-Hub-Signature-256 header is missing."
                            : "The X-Hub-Signature-256 signature does not match the body and the app secret.");
        }
        NormalizedWebhook normalized;
        try {
            normalized = normalizer.normalize(
                    parse(body), new ChannelWebhookContext(channel, channels, sentMessages, parts, recentSends));
        } catch (MalformedWebhookException e) {
            throw Problems.badRequest("Not a WhatsApp webhook body: " + e.getMessage());
        }
        try {
            for (ChannelNotice notice : normalized.notices()) {
                channelService.recordLastError(UUID.fromString(notice.channelId()), notice.error(), notice.at());
            }
            publisher.publish(normalized.events(), normalized.receipts());
        } catch (EventPublishException e) {
            LOG.warnf("webhook not accepted channel=%s events=%d: %s", channelId, normalized.size(), e.getMessage());
            throw Problems.unavailable("The events could not be stored (Kafka is unavailable); retry later.");
        }
        LOG.debugf(
                "webhook accepted channel=%s events=%d receipts=%d notices=%d ignored=%d",
                channelId,
                normalized.events().size(),
                normalized.receipts().size(),
                normalized.notices().size(),
                normalized.ignored());
        return normalized.size();
    }

    private JsonNode parse(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw Problems.badRequest("The body is not valid JSON.");
        }
    }

    private WhatsAppChannel activeChannel(UUID channelId) {
        return channels.findActive(channelId)
                .orElseThrow(() -> Problems.notFound("WhatsApp channel", channelId.toString()));
    }

    private static boolean sameText(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
