package io.switchboard.telegram.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.switchboard.contract.InvalidEventException;
import io.switchboard.contract.Platform;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.delivery.PlatformError;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.telegram.client.BotApiClient;
import io.switchboard.telegram.client.BotApiException;
import io.switchboard.telegram.client.BotApiRateLimitedException;
import io.switchboard.telegram.client.BotApiUnauthorizedException;
import io.switchboard.telegram.client.BotApiUnavailableException;
import io.switchboard.telegram.client.BotApiUnreachableException;
import io.switchboard.telegram.config.TelegramConfig;
import io.switchboard.telegram.entity.ChannelEntity;
import io.switchboard.telegram.entity.SentMessageEntity;
import io.switchboard.telegram.entity.SentMessageState;
import io.switchboard.telegram.mapping.BotApiCall;
import io.switchboard.telegram.mapping.OutboundRenderer;
import io.switchboard.telegram.mapping.Rendering;
import io.switchboard.telegram.repository.ChannelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.hibernate.exception.DataException;
import org.jboss.logging.Logger;

/**
 * Sends one outbound command at most once and reports what became of it.
 *
 * <p>A {@code sent_message} row is committed before the first request to Telegram and after each part sent. A
 * redelivered command whose row is final only has its receipt published again; one whose row shows a part in flight
 * (a crash mid-send) is reported FAILED with an unknown outcome rather than risk a duplicate. Failures of our own
 * infrastructure (database, Kafka, an unreachable Bot API) are retried here with backoff, never dead-lettered; a
 * command the database cannot hold at all ({@link DataException}) goes to the dead-letter topic at once.
 */
@ApplicationScoped
public class OutboundService {

    private static final Logger LOG = Logger.getLogger(OutboundService.class);

    @Inject
    ChannelRepository channels;

    @Inject
    ChannelSecrets secrets;

    @Inject
    OutboundRenderer renderer;

    @Inject
    SentMessages sentMessages;

    @Inject
    BotApiClient botApi;

    @Inject
    ReceiptPublisher receipts;

    @Inject
    ChannelHealthService health;

    @Inject
    TelegramConfig config;

    @Retry(
            maxRetries = -1,
            delay = 1,
            delayUnit = ChronoUnit.SECONDS,
            maxDuration = 1,
            durationUnit = ChronoUnit.HOURS,
            abortOn = {InvalidEventException.class, DataException.class})
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void handle(OutboundCommand command) {
        Optional<SentMessageEntity> known = sentMessages.find(command.messageId());
        if (known.isPresent() && known.get().state != SentMessageState.SENDING) {
            LOG.infof("outbound command redelivered message=%s state=%s", command.messageId(), known.get().state);
            publishReceipt(command, known.get());
            return;
        }
        Optional<ChannelEntity> channel = activeChannel(command);
        if (channel.isEmpty()) {
            refuse(
                    command,
                    new PlatformError(
                            "CHANNEL_UNKNOWN",
                            "channel not registered",
                            "Channel " + command.channelId() + " is not an active Telegram channel of this tenant."));
            return;
        }
        if (known.isPresent() && known.get().sendingPart != null) {
            // A send started and its outcome was never recorded: Telegram may or may not have it.
            SentMessageEntity row = sentMessages.markFailed(command.messageId(), unknownOutcome(known.get()));
            publishReceipt(command, row);
            return;
        }
        Rendering rendering = renderer.render(command);
        switch (rendering) {
            case Rendering.Refused refused ->
                refuse(command, new PlatformError(refused.code(), refused.title(), refused.detail()));
            case Rendering.Calls calls -> send(command, channel.get(), calls.calls());
        }
    }

    private void send(OutboundCommand command, ChannelEntity channel, List<BotApiCall> calls) {
        SentMessageEntity row = sentMessages.claim(command, calls.size());
        String token = secrets.botToken(channel);
        for (int part = row.partsSent; part < calls.size(); part++) {
            sentMessages.markSending(command.messageId(), part);
            try {
                String platformMessageId = perform(token, calls.get(part));
                row = sentMessages.markPartSent(command.messageId(), part, platformMessageId);
            } catch (BotApiUnreachableException e) {
                sentMessages.clearSending(command.messageId());
                throw e;
            } catch (BotApiException e) {
                row = sentMessages.markFailed(command.messageId(), refusal(e, part, calls.size()));
                if (e instanceof BotApiUnauthorizedException) {
                    health.markUnhealthy(channel.id, ChannelPoller.TOKEN_DETAIL);
                }
                break;
            } catch (BotApiUnavailableException | TimeoutException e) {
                row = sentMessages.markFailed(command.messageId(), unknownOutcome(row));
                break;
            }
        }
        publishReceipt(command, row);
    }

    /** Makes one request, waiting out flood control exactly as long as Telegram asks. */
    private String perform(String token, BotApiCall call) {
        for (int attempt = 0; ; attempt++) {
            try {
                return switch (call) {
                    case BotApiCall.Send send ->
                        Long.toString(botApi.send(token, send.method(), send.request())
                                .messageId());
                    case BotApiCall.React react -> {
                        botApi.setMessageReaction(token, react.request());
                        yield Long.toString(react.request().messageId());
                    }
                };
            } catch (BotApiRateLimitedException e) {
                if (attempt >= config.outbound().maxRateLimitRetries()
                        || e.retryAfter().compareTo(config.outbound().maxRetryAfter()) > 0) {
                    throw e;
                }
                LOG.infof("flood control: waiting %s before retrying", e.retryAfter());
                sleep(e.retryAfter());
            }
        }
    }

    private void refuse(OutboundCommand command, PlatformError error) {
        publishReceipt(command, sentMessages.refuse(command, error));
    }

    private void publishReceipt(OutboundCommand command, SentMessageEntity row) {
        DeliveryReceipt receipt = row.state == SentMessageState.SENT
                ? DeliveryReceipt.of(
                        command.messageId(),
                        command.tenantId(),
                        command.channelId(),
                        Platform.TELEGRAM,
                        row.platformMessageId,
                        DeliveryState.SENT,
                        row.updatedAt)
                : DeliveryReceipt.failed(
                        command.messageId(),
                        command.tenantId(),
                        command.channelId(),
                        Platform.TELEGRAM,
                        row.platformMessageId,
                        new PlatformError(row.errorCode, row.errorTitle, row.errorDetail),
                        row.updatedAt);
        receipts.publish(receipt);
        LOG.infof(
                "outbound message %s message=%s channel=%s parts=%d/%d%s",
                receipt.state(),
                command.messageId(),
                command.channelId(),
                row.partsSent,
                row.partsTotal,
                row.errorCode == null ? "" : " error=" + row.errorCode + " " + row.errorTitle);
    }

    private Optional<ChannelEntity> activeChannel(OutboundCommand command) {
        return QuarkusTransaction.requiringNew()
                .call(() -> channels.findActive(command.channelId())
                        .filter(channel -> channel.tenantId.equals(command.tenantId()))
                        .filter(channel -> command.platform() == Platform.TELEGRAM));
    }

    private static PlatformError refusal(BotApiException e, int part, int parts) {
        String detail =
                parts > 1 ? "Part " + (part + 1) + " of " + parts + " was refused; earlier parts were sent." : null;
        return new PlatformError(Integer.toString(e.errorCode()), e.description(), detail);
    }

    private static PlatformError unknownOutcome(SentMessageEntity row) {
        return new PlatformError(
                "UNKNOWN_OUTCOME",
                "the send's outcome is unknown",
                "Telegram did not answer in time, or the adapter stopped mid-send (" + row.partsSent + " of "
                        + row.partsTotal + " parts confirmed); it is not sent again to avoid a duplicate.");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting out flood control", e);
        }
    }
}
