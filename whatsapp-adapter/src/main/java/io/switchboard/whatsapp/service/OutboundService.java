package io.switchboard.whatsapp.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.switchboard.contract.Platform;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.delivery.PlatformError;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.whatsapp.client.GraphApiException;
import io.switchboard.whatsapp.client.GraphClient;
import io.switchboard.whatsapp.client.GraphOutcomeUnknownException;
import io.switchboard.whatsapp.client.GraphUnreachableException;
import io.switchboard.whatsapp.config.WhatsAppConfig;
import io.switchboard.whatsapp.mapping.ContentRejectedException;
import io.switchboard.whatsapp.mapping.OutboundRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Sends one outbound command at most once and reports its outcome as a delivery receipt: ACCEPTED with the wamid, or
 * FAILED with WhatsApp's error code or ours ({@code content-rejected}, {@code channel-unavailable},
 * {@code outcome-unknown}).
 */
@ApplicationScoped
public class OutboundService {

    static final String CONTENT_REJECTED = "content-rejected";
    static final String CHANNEL_UNAVAILABLE = "channel-unavailable";
    static final String OUTCOME_UNKNOWN = "outcome-unknown";

    private static final Logger LOG = Logger.getLogger(OutboundService.class);

    private final SendLedger ledger;
    private final OutboundRenderer renderer;
    private final GraphClient graph;
    private final ReceiptPublisher receipts;
    private final ChannelService channels;
    private final SendPacer pacer;
    private final RateLimitBackoff backoff;

    @Inject
    public OutboundService(
            SendLedger ledger,
            OutboundRenderer renderer,
            GraphClient graph,
            ReceiptPublisher receipts,
            ChannelService channels,
            SendPacer pacer,
            WhatsAppConfig config) {
        this.ledger = ledger;
        this.renderer = renderer;
        this.graph = graph;
        this.receipts = receipts;
        this.channels = channels;
        this.pacer = pacer;
        this.backoff = new RateLimitBackoff(config.pacing());
    }

    /**
     * Handles one command. Returns once its receipt is on Kafka. While Meta cannot be reached at all (nothing was
     * sent), the command waits and is tried again, keeping the channel's order.
     */
    @Retry(maxRetries = -1, delay = 1000, retryOn = GraphUnreachableException.class)
    @ExponentialBackoff(maxDelay = 60, maxDelayUnit = ChronoUnit.SECONDS)
    public void handle(OutboundCommand command) {
        switch (ledger.claim(command)) {
            case SendClaim.Unavailable unavailable ->
                report(
                        command,
                        null,
                        new PlatformError(CHANNEL_UNAVAILABLE, "Channel unavailable", unavailable.reason()));
            case SendClaim.Seen seen -> reportAgain(command, seen);
            case SendClaim.Claimed claimed -> send(command, claimed);
        }
    }

    private void send(OutboundCommand command, SendClaim.Claimed target) {
        List<ObjectNode> messages;
        try {
            messages = renderer.render(command);
        } catch (ContentRejectedException e) {
            fail(
                    command,
                    null,
                    new PlatformError(CONTENT_REJECTED, "Content not sendable on WhatsApp", e.getMessage()));
            return;
        }
        String firstWamid = null;
        for (int part = 0; part < messages.size(); part++) {
            String wamid;
            try {
                wamid = sendPaced(command, target, messages.get(part));
            } catch (GraphApiException e) {
                if (e.invalidToken()) {
                    flagUnhealthy(target, e);
                }
                fail(command, firstWamid, partly(graphError(e), part, messages.size()));
                return;
            } catch (GraphUnreachableException e) {
                if (part == 0) {
                    ledger.release(command.messageId());
                    LOG.warnf("outbound postponed message=%s: %s", command.messageId(), e.getMessage());
                    throw e;
                }
                fail(command, firstWamid, partly(unreachable(e), part, messages.size()));
                return;
            } catch (GraphOutcomeUnknownException | TimeoutException e) {
                fail(command, firstWamid, partly(unknownOutcome(), part, messages.size()));
                return;
            }
            ledger.recordPart(command.messageId(), wamid, part);
            if (part == 0) {
                firstWamid = wamid;
            }
        }
        ledger.markSent(command.messageId());
        LOG.infof(
                "outbound sent message=%s channel=%s parts=%d wamid=%s",
                command.messageId(), command.channelId(), messages.size(), firstWamid);
        receipts.publish(DeliveryReceipt.of(
                command.messageId(),
                command.tenantId(),
                command.channelId(),
                Platform.WHATSAPP,
                firstWamid,
                DeliveryState.ACCEPTED,
                Instant.now()));
    }

    /**
     * Sends one Graph message at the channel's pace. When Meta still says "too fast", waits and tries the same message
     * again; the worker holds its partition meanwhile, so the conversation's order is kept.
     */
    private String sendPaced(OutboundCommand command, SendClaim.Claimed target, ObjectNode message) {
        for (int retries = 0; ; retries++) {
            pacer.awaitTurn(target.channelId(), target.messagesPerSecond());
            try {
                return graph.send(target.phoneNumberId(), target.accessToken(), message);
            } catch (GraphApiException refusal) {
                Optional<Duration> wait = backoff.next(refusal, retries);
                if (wait.isEmpty()) {
                    throw refusal;
                }
                LOG.infof(
                        "outbound rate limited message=%s code=%s retry=%d in=%s",
                        command.messageId(), refusal.code(), retries + 1, wait.get());
                Pause.of(wait.get());
            }
        }
    }

    /** A redelivered command: its outcome is reported again; a send that was under way is not repeated. */
    private void reportAgain(OutboundCommand command, SendClaim.Seen seen) {
        LOG.infof("outbound redelivered message=%s state=%s", command.messageId(), seen.state());
        switch (seen.state()) {
            case SENT ->
                receipts.publish(DeliveryReceipt.of(
                        command.messageId(),
                        command.tenantId(),
                        command.channelId(),
                        Platform.WHATSAPP,
                        seen.platformMessageId(),
                        DeliveryState.ACCEPTED,
                        Instant.now()));
            case FAILED -> report(command, seen.platformMessageId(), seen.error());
            case SENDING -> fail(command, seen.platformMessageId(), unknownOutcome());
        }
    }

    private void fail(OutboundCommand command, String wamid, PlatformError error) {
        ledger.markFailed(command.messageId(), error);
        report(command, wamid, error);
    }

    private void report(OutboundCommand command, String wamid, PlatformError error) {
        LOG.infof(
                "outbound failed message=%s channel=%s code=%s title=%s",
                command.messageId(), command.channelId(), error.code(), error.title());
        receipts.publish(DeliveryReceipt.failed(
                command.messageId(),
                command.tenantId(),
                command.channelId(),
                Platform.WHATSAPP,
                wamid,
                error,
                Instant.now()));
    }

    /** Best effort: the FAILED receipt goes out either way, and the next refused send tries again. */
    private void flagUnhealthy(SendClaim.Claimed target, GraphApiException e) {
        String detail = "WhatsApp refused the access token (" + e.describe() + "). Create a new system-user access"
                + " token in Meta Business Settings and set it with PATCH /api/v1/channels/whatsapp/"
                + target.channelId() + " {\"accessToken\": \"...\"}.";
        try {
            channels.markUnhealthy(target.channelId(), detail);
        } catch (RuntimeException failure) {
            LOG.warnf("channel %s could not be marked unhealthy: %s", target.channelId(), failure.getMessage());
        }
    }

    private static PlatformError graphError(GraphApiException e) {
        return new PlatformError(e.code(), e.getMessage(), e.details());
    }

    private static PlatformError unreachable(GraphUnreachableException e) {
        return new PlatformError("graph-unreachable", "WhatsApp could not be reached", e.getMessage());
    }

    private static PlatformError unknownOutcome() {
        return new PlatformError(
                OUTCOME_UNKNOWN,
                "Outcome unknown",
                "The send was interrupted before WhatsApp answered; it may or may not have been delivered, and it is"
                        + " not repeated so the customer never gets it twice.");
    }

    /** Says which parts went out when a long text failed half-way. */
    private static PlatformError partly(PlatformError error, int failedPart, int parts) {
        if (parts == 1) {
            return error;
        }
        String note = "Part " + (failedPart + 1) + " of " + parts + " failed; " + failedPart + " part(s) were sent.";
        return new PlatformError(
                error.code(), error.title(), error.detail() == null ? note : error.detail() + " " + note);
    }
}
