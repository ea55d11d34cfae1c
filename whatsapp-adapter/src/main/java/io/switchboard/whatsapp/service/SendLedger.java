package io.switchboard.whatsapp.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.switchboard.common.crypto.SecretUnreadableException;
import io.switchboard.contract.delivery.PlatformError;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.whatsapp.entity.SendState;
import io.switchboard.whatsapp.entity.SentMessage;
import io.switchboard.whatsapp.entity.SentMessagePart;
import io.switchboard.whatsapp.entity.WhatsAppChannel;
import io.switchboard.whatsapp.repository.ChannelRepository;
import io.switchboard.whatsapp.repository.SentMessagePartRepository;
import io.switchboard.whatsapp.repository.SentMessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The durable record of outbound sends: a row per command message id, written before the first Graph call, so a
 * command delivered again (a Kafka redelivery, a restart) is never sent twice. Each step is its own transaction and
 * is retried while the database is unreachable: the step is the unit that must not be lost, not the whole send.
 */
@ApplicationScoped
public class SendLedger {

    private final SentMessageRepository sentMessages;
    private final SentMessagePartRepository parts;
    private final ChannelRepository channels;
    private final ChannelSecrets secrets;
    private final SendPacer pacer;

    @Inject
    public SendLedger(
            SentMessageRepository sentMessages,
            SentMessagePartRepository parts,
            ChannelRepository channels,
            ChannelSecrets secrets,
            SendPacer pacer) {
        this.sentMessages = sentMessages;
        this.parts = parts;
        this.channels = channels;
        this.secrets = secrets;
        this.pacer = pacer;
    }

    /** Claims the command for sending, unless it was seen before or its channel cannot send. */
    @Retry(
            maxRetries = -1,
            delay = 200,
            retryOn = {PersistenceException.class, QuarkusTransactionException.class})
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public SendClaim claim(OutboundCommand command) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SentMessage seen = sentMessages.findById(command.messageId());
            if (seen != null) {
                PlatformError error = seen.errorCode == null
                        ? null
                        : new PlatformError(seen.errorCode, seen.errorTitle, seen.errorDetail);
                return new SendClaim.Seen(seen.state, seen.platformMessageId, error);
            }
            Optional<WhatsAppChannel> channel = channelId(command)
                    .flatMap(channels::findActive)
                    .filter(found -> found.tenantId.equals(command.tenantId()));
            if (channel.isEmpty()) {
                return new SendClaim.Unavailable("Channel " + command.channelId()
                        + " is not an active WhatsApp channel of tenant " + command.tenantId() + ".");
            }
            String accessToken;
            try {
                accessToken = secrets.accessToken(channel.get());
            } catch (SecretUnreadableException e) {
                return new SendClaim.Unavailable("The channel's access token cannot be read: " + e.getMessage());
            }
            SentMessage row = new SentMessage();
            row.messageId = command.messageId();
            row.tenantId = command.tenantId();
            row.channelId = channel.get().id;
            row.state = SendState.SENDING;
            row.createdAt = Instant.now();
            row.updatedAt = row.createdAt;
            sentMessages.persist(row);
            sentMessages.flush();
            return new SendClaim.Claimed(
                    channel.get().id, channel.get().phoneNumberId, accessToken, pacer.messagesPerSecond(channel.get()));
        });
    }

    /** Remembers a part Meta accepted, so its status webhooks map back to the command. */
    @Retry(
            maxRetries = -1,
            delay = 200,
            retryOn = {PersistenceException.class, QuarkusTransactionException.class})
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void recordPart(UUID messageId, String wamid, int index) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (parts.findById(wamid) == null) {
                SentMessagePart part = new SentMessagePart();
                part.platformMessageId = wamid;
                part.messageId = messageId;
                part.partIndex = index;
                parts.persist(part);
            }
            if (index == 0) {
                SentMessage row = sentMessages.findById(messageId);
                row.platformMessageId = wamid;
                row.updatedAt = Instant.now();
            }
        });
    }

    @Retry(
            maxRetries = -1,
            delay = 200,
            retryOn = {PersistenceException.class, QuarkusTransactionException.class})
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void markSent(UUID messageId) {
        QuarkusTransaction.requiringNew().run(() -> {
            SentMessage row = sentMessages.findById(messageId);
            row.state = SendState.SENT;
            row.updatedAt = Instant.now();
        });
    }

    @Retry(
            maxRetries = -1,
            delay = 200,
            retryOn = {PersistenceException.class, QuarkusTransactionException.class})
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
            retryOn = {PersistenceException.class, QuarkusTransactionException.class})
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void release(UUID messageId) {
        QuarkusTransaction.requiringNew().run(() -> sentMessages.deleteById(messageId));
    }

    private static Optional<UUID> channelId(OutboundCommand command) {
        try {
            return Optional.of(UUID.fromString(command.channelId()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
