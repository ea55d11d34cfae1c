package io.switchboard.whatsapp.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.switchboard.common.crypto.SecretUnreadableException;
import io.switchboard.contract.delivery.PlatformError;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.whatsapp.entity.SendState;
import io.switchboard.whatsapp.entity.SentMessage;
import io.switchboard.whatsapp.mapping.ChannelPace;
import io.switchboard.whatsapp.repository.LedgerUnavailableException;
import io.switchboard.whatsapp.repository.SendClaimRow;
import io.switchboard.whatsapp.repository.SendPathRepository;
import io.switchboard.whatsapp.repository.SendPreview;
import io.switchboard.whatsapp.repository.SendTarget;
import io.switchboard.whatsapp.repository.SentMessageRepository;
import io.switchboard.whatsapp.repository.SentMessageState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The durable record of outbound sends: a row per command message id, written just before the first Graph call, so a
 * command delivered again (a Kafka redelivery, a restart) is never sent twice. Each step is one atomic statement (or a
 * short transaction) and is retried while the database is unreachable: the step is the unit that must not be lost,
 * not the whole send.
 */
@ApplicationScoped
public class SendLedger {

    private final SendPathRepository sendPath;
    private final SentMessageRepository sentMessages;
    private final ChannelSecrets secrets;
    private final ChannelPace pace;

    @Inject
    public SendLedger(
            SendPathRepository sendPath, SentMessageRepository sentMessages, ChannelSecrets secrets, ChannelPace pace) {
        this.sendPath = sendPath;
        this.sentMessages = sentMessages;
        this.secrets = secrets;
        this.pace = pace;
    }

    /** Reads what is known about the command, writing nothing: {@link SendClaim.Ready}, seen, or unavailable. */
    @Retry(
            maxRetries = -1,
            delay = 200,
            retryOn = {LedgerUnavailableException.class, PersistenceException.class, QuarkusTransactionException.class})
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public SendClaim preview(OutboundCommand command) {
        Optional<UUID> channelId = channelId(command);
        if (channelId.isEmpty()) {
            return unavailable(command);
        }
        SendPreview preview = sendPath.preview(command.messageId(), command.tenantId(), channelId.get());
        if (preview.seen() != null) {
            return seen(preview.seen());
        }
        if (preview.target() == null) {
            return unavailable(command);
        }
        SendTarget target = preview.target();
        return new SendClaim.Ready(
                target.channelId(),
                pace.messagesPerSecond(target.messagesPerSecond(), target.coexistence(), target.throughputLevel()),
                target.catalogId());
    }

    /**
     * Claims the command for sending (a SENDING row), unless it was seen meanwhile or its channel cannot send any
     * more (removed while the command waited for its turn).
     */
    @Retry(
            maxRetries = -1,
            delay = 200,
            retryOn = {LedgerUnavailableException.class, PersistenceException.class, QuarkusTransactionException.class})
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public SendClaim claim(OutboundCommand command) {
        Optional<UUID> channelId = channelId(command);
        if (channelId.isEmpty()) {
            return unavailable(command);
        }
        SendClaimRow row = sendPath.claim(command.messageId(), command.tenantId(), channelId.get(), Instant.now());
        if (row.target() == null) {
            return unavailable(command);
        }
        if (!row.claimed()) {
            return seen(sendPath.state(command.messageId()));
        }
        try {
            String accessToken =
                    secrets.accessToken(row.target().channelId(), row.target().sealedAccessToken());
            return new SendClaim.Claimed(row.target().channelId(), row.target().phoneNumberId(), accessToken);
        } catch (SecretUnreadableException e) {
            // Nothing was sent: the claim goes, so a later delivery (with the key configured again) can send it.
            release(command.messageId());
            return new SendClaim.Unavailable("The channel's access token cannot be read: " + e.getMessage());
        }
    }

    /**
     * Remembers a part Meta accepted, so its status webhooks map back to the command; the last part also marks the
     * command SENT.
     *
     * @param wamid the part's Graph message id, {@code null} for a read receipt (Meta gives it none)
     */
    @Retry(
            maxRetries = -1,
            delay = 200,
            retryOn = {LedgerUnavailableException.class, PersistenceException.class, QuarkusTransactionException.class})
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void recordPart(UUID messageId, String wamid, int index, boolean last) {
        sendPath.recordAccepted(messageId, wamid, index, last, Instant.now());
    }

    @Retry(
            maxRetries = -1,
            delay = 200,
            retryOn = {LedgerUnavailableException.class, PersistenceException.class, QuarkusTransactionException.class})
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void markFailed(UUID messageId, PlatformError error) {
        QuarkusTransaction.requiringNew().run(() -> {
            SentMessage row = sentMessages.findById(messageId);
            row.state = SendState.FAILED;
            row.errorCode = error.code();
            row.errorTitle = error.title();
            row.errorDetail = error.detail();
            row.updatedAt = Instant.now();
        });
    }

    /** Forgets a claim whose send never reached Meta, so the command can be sent when it is retried. */
    @Retry(
            maxRetries = -1,
            delay = 200,
            retryOn = {LedgerUnavailableException.class, PersistenceException.class, QuarkusTransactionException.class})
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void release(UUID messageId) {
        QuarkusTransaction.requiringNew().run(() -> sentMessages.deleteById(messageId));
    }

    private static SendClaim seen(SentMessageState seen) {
        PlatformError error = seen.errorCode() == null
                ? null
                : new PlatformError(seen.errorCode(), seen.errorTitle(), seen.errorDetail());
        return new SendClaim.Seen(seen.state(), seen.platformMessageId(), error);
    }

    private static SendClaim unavailable(OutboundCommand command) {
        return new SendClaim.Unavailable("Channel " + command.channelId()
                + " is not an active WhatsApp channel of tenant " + command.tenantId() + ".");
    }

    private static Optional<UUID> channelId(OutboundCommand command) {
        try {
            return Optional.of(UUID.fromString(command.channelId()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
