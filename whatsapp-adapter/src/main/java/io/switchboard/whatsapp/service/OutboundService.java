package io.switchboard.whatsapp.service;

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
import io.switchboard.whatsapp.mapping.GraphMessage;
import io.switchboard.whatsapp.mapping.OutboundRenderer;
import io.switchboard.whatsapp.mapping.WebhookContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Sends one outbound command at most once and reports its outcome as a delivery receipt: ACCEPTED with the wamid, or
 * FAILED with WhatsApp's error code or ours ({@code content-rejected}, {@code not-supported-on-whatsapp},
 * {@code no-catalog}, {@code channel-unavailable}, {@code outcome-unknown}).
 *
 * <p>Order: render (nothing WhatsApp would refuse is paced or sent), wait for the customer's and the number's turn,
 * claim (the SENDING row), send, record; all of it in one of the channel's {@link SendSlots}, then the receipt is
 * published outside it. {@link SendScheduler} runs one command per conversation at a time.
 */
@ApplicationScoped
public class OutboundService {

    static final String CHANNEL_UNAVAILABLE = "channel-unavailable";
    static final String OUTCOME_UNKNOWN = "outcome-unknown";

    private static final Logger LOG = Logger.getLogger(OutboundService.class);

    private final SendLedger ledger;
    private final OutboundRenderer renderer;
    private final GraphClient graph;
    private final ReceiptPublisher receipts;
    private final ChannelService channels;
    private final SendPacer pacer;
    private final SendSlots slots;
    private final RecentSends recentSends;
    private final RateLimitBackoff backoff;

    @Inject
    public OutboundService(
            SendLedger ledger,
            OutboundRenderer renderer,
            GraphClient graph,
            ReceiptPublisher receipts,
            ChannelService channels,
            SendPacer pacer,
            SendSlots slots,
            RecentSends recentSends,
            WhatsAppConfig config) {
        this.ledger = ledger;
        this.renderer = renderer;
        this.graph = graph;
        this.receipts = receipts;
        this.channels = channels;
        this.pacer = pacer;
        this.slots = slots;
        this.recentSends = recentSends;
        this.backoff = new RateLimitBackoff(config.pacing());
    }

    /**
     * Handles one command. Returns once its receipt is on Kafka. While Meta cannot be reached at all (nothing was
     * sent), the command waits and is tried again, keeping its conversation's order.
     */
    @Retry(maxRetries = -1, delay = 1000, retryOn = GraphUnreachableException.class)
    @ExponentialBackoff(maxDelay = 60, maxDelayUnit = ChronoUnit.SECONDS)
    public void handle(OutboundCommand command) {
        DeliveryReceipt receipt = slots.call(command.channelId(), () -> outcome(command));
        if (receipt.state() == DeliveryState.FAILED) {
            LOG.infof(
                    "outbound failed message=%s channel=%s code=%s title=%s",
                    command.messageId(),
                    command.channelId(),
                    receipt.error().code(),
                    receipt.error().title());
        }
        receipts.publish(receipt);
    }

    private DeliveryReceipt outcome(OutboundCommand command) {
        return switch (ledger.preview(command)) {
            case SendClaim.Unavailable unavailable -> unavailable(command, unavailable);
            case SendClaim.Seen seen -> seenBefore(command, seen);
            case SendClaim.Ready ready -> renderAndSend(command, ready);
            case SendClaim.Claimed claimed -> throw new IllegalStateException("a preview never claims");
        };
    }

    private DeliveryReceipt renderAndSend(OutboundCommand command, SendClaim.Ready ready) {
        List<GraphMessage> messages;
        try {
            messages = renderer.render(command, ready.catalogId());
        } catch (ContentRejectedException e) {
            return failed(command, null, new PlatformError(e.code(), e.title(), e.getMessage()));
        }
        Attempt attempt = new Attempt(command);
        String firstWamid = null;
        for (int part = 0; part < messages.size(); part++) {
            String wamid;
            try {
                wamid = sendPaced(attempt, ready, messages.get(part));
            } catch (ClaimLostException e) {
                return lostClaim(command, e.claim);
            } catch (GraphApiException e) {
                if (e.invalidToken()) {
                    flagUnhealthy(attempt.target, e);
                }
                return fail(command, firstWamid, partly(graphError(e), part, messages.size()));
            } catch (GraphUnreachableException e) {
                if (part == 0) {
                    ledger.release(command.messageId());
                    LOG.warnf("outbound postponed message=%s: %s", command.messageId(), e.getMessage());
                    throw e;
                }
                return fail(command, firstWamid, partly(unreachable(e), part, messages.size()));
            } catch (GraphOutcomeUnknownException | TimeoutException e) {
                return fail(command, firstWamid, partly(unknownOutcome(), part, messages.size()));
            }
            ledger.recordPart(command.messageId(), wamid, part, part == messages.size() - 1);
            if (part == 0) {
                firstWamid = wamid;
            }
        }
        LOG.debugf(
                "outbound sent message=%s channel=%s parts=%d wamid=%s",
                command.messageId(), command.channelId(), messages.size(), firstWamid);
        return accepted(command, firstWamid);
    }

    /**
     * Sends one Graph message at the customer's and the number's pace. When Meta still says "too fast", waits and
     * tries the same message again; only this conversation waits meanwhile, so its order is kept.
     */
    private String sendPaced(Attempt attempt, SendClaim.Ready ready, GraphMessage message) {
        String recipient = attempt.command.recipient().externalChatId();
        for (int retries = 0; ; retries++) {
            if (message.createsMessage()) {
                pacer.awaitTurn(ready.channelId(), ready.messagesPerSecond(), recipient);
            }
            SendClaim.Claimed target = attempt.claimed();
            try {
                return sendRemembered(attempt.command, target, message);
            } catch (GraphApiException refusal) {
                Duration wait = backoff.next(refusal, retries).orElseThrow(() -> refusal);
                holdBack(ready, recipient, refusal, wait);
                LOG.infof(
                        "outbound rate limited message=%s code=%s retry=%d in=%s",
                        attempt.command.messageId(), refusal.code(), retries + 1, wait);
                Pause.of(wait);
            }
        }
    }

    /** The wamid is known here the moment Meta answers, for status webhooks that arrive before it is recorded. */
    private String sendRemembered(OutboundCommand command, SendClaim.Claimed target, GraphMessage message) {
        recentSends.started(command.channelId());
        try {
            String wamid = graph.send(target.phoneNumberId(), target.accessToken(), message.body());
            if (wamid != null) {
                recentSends.remember(
                        wamid,
                        new WebhookContext.SentMessageRef(
                                command.messageId(), command.tenantId(), command.channelId()));
            }
            return wamid;
        } finally {
            recentSends.finished(command.channelId());
        }
    }

    /** The number or the customer got too many messages: everything else for them waits as well. */
    private void holdBack(SendClaim.Ready ready, String recipient, GraphApiException refusal, Duration wait) {
        if (RateLimitBackoff.isPairLimit(refusal)) {
            pacer.holdPair(ready.channelId(), recipient, wait);
        } else {
            pacer.holdNumber(ready.channelId(), ready.messagesPerSecond(), wait);
        }
    }

    /** The command was claimed by another delivery, or its channel went away, while it waited for its turn. */
    private DeliveryReceipt lostClaim(OutboundCommand command, SendClaim claim) {
        return switch (claim) {
            case SendClaim.Unavailable unavailable -> unavailable(command, unavailable);
            case SendClaim.Seen seen -> seenBefore(command, seen);
            default -> throw new IllegalStateException("unexpected claim " + claim);
        };
    }

    private static DeliveryReceipt unavailable(OutboundCommand command, SendClaim.Unavailable unavailable) {
        return failed(
                command, null, new PlatformError(CHANNEL_UNAVAILABLE, "Channel unavailable", unavailable.reason()));
    }

    /** A redelivered command: its outcome is reported again; a send that was under way is not repeated. */
    private DeliveryReceipt seenBefore(OutboundCommand command, SendClaim.Seen seen) {
        LOG.infof("outbound redelivered message=%s state=%s", command.messageId(), seen.state());
        return switch (seen.state()) {
            case SENT -> accepted(command, seen.platformMessageId());
            case FAILED -> failed(command, seen.platformMessageId(), seen.error());
            case SENDING -> fail(command, seen.platformMessageId(), unknownOutcome());
        };
    }

    private DeliveryReceipt fail(OutboundCommand command, String wamid, PlatformError error) {
        ledger.markFailed(command.messageId(), error);
        return failed(command, wamid, error);
    }

    private static DeliveryReceipt failed(OutboundCommand command, String wamid, PlatformError error) {
        return DeliveryReceipt.failed(
                command.messageId(),
                command.tenantId(),
                command.channelId(),
                Platform.WHATSAPP,
                wamid,
                error,
                Instant.now());
    }

    private static DeliveryReceipt accepted(OutboundCommand command, String wamid) {
        return DeliveryReceipt.of(
                command.messageId(),
                command.tenantId(),
                command.channelId(),
                Platform.WHATSAPP,
                wamid,
                DeliveryState.ACCEPTED,
                Instant.now());
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

    /** Says which parts went out when a long text or a media group failed half-way. */
    private static PlatformError partly(PlatformError error, int failedPart, int parts) {
        if (parts == 1) {
            return error;
        }
        String note = "Part " + (failedPart + 1) + " of " + parts + " failed; " + failedPart + " part(s) were sent.";
        return new PlatformError(
                error.code(), error.title(), error.detail() == null ? note : error.detail() + " " + note);
    }

    /** One command on its way: claimed (its SENDING row written) just before its first Graph call. */
    private final class Attempt {

        private final OutboundCommand command;
        private SendClaim.Claimed target;

        private Attempt(OutboundCommand command) {
            this.command = command;
        }

        SendClaim.Claimed claimed() {
            if (target == null) {
                SendClaim claim = ledger.claim(command);
                if (!(claim instanceof SendClaim.Claimed newlyClaimed)) {
                    throw new ClaimLostException(claim);
                }
                target = newlyClaimed;
            }
            return target;
        }
    }

    /** Another delivery claimed the command, or its channel went away, while it waited for its turn. */
    private static final class ClaimLostException extends RuntimeException {

        private final transient SendClaim claim;

        private ClaimLostException(SendClaim claim) {
            super(null, null, false, false);
            this.claim = claim;
        }
    }
}
