package io.switchboard.whatsapp.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.common.logging.Redact;
import io.switchboard.common.problem.ProblemException;
import io.switchboard.common.problem.Problems;
import io.switchboard.contract.channel.ChannelChange;
import io.switchboard.contract.channel.ChannelHealth;
import io.switchboard.contract.delivery.PlatformError;
import io.switchboard.whatsapp.client.GraphApiException;
import io.switchboard.whatsapp.client.GraphClient;
import io.switchboard.whatsapp.client.GraphUnreachableException;
import io.switchboard.whatsapp.client.PhoneNumber;
import io.switchboard.whatsapp.config.WhatsAppConfig;
import io.switchboard.whatsapp.entity.WhatsAppChannel;
import io.switchboard.whatsapp.mapping.ChannelMapper;
import io.switchboard.whatsapp.repository.ChannelRepository;
import io.switchboard.whatsapp.rest.ChannelRegistration;
import io.switchboard.whatsapp.rest.ChannelUpdate;
import io.switchboard.whatsapp.rest.ChannelView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * A tenant's WhatsApp channels. Every change is checked with Meta first (outside any transaction), then written and
 * announced on the channel directory topic in one database transaction that commits only after Kafka acknowledged
 * the announcement: if Kafka is down the caller gets a 503 and the change is not kept.
 */
@ApplicationScoped
public class ChannelService {

    private static final Logger LOG = Logger.getLogger(ChannelService.class);

    private final ChannelRepository channels;
    private final ChannelSecrets secrets;
    private final ChannelMapper mapper;
    private final GraphClient graph;
    private final EventPublisher publisher;
    private final WhatsAppConfig config;
    private final WebhookChannels webhookChannels;

    @Inject
    public ChannelService(
            ChannelRepository channels,
            ChannelSecrets secrets,
            ChannelMapper mapper,
            GraphClient graph,
            EventPublisher publisher,
            WhatsAppConfig config,
            WebhookChannels webhookChannels) {
        this.channels = channels;
        this.secrets = secrets;
        this.mapper = mapper;
        this.graph = graph;
        this.publisher = publisher;
        this.config = config;
        this.webhookChannels = webhookChannels;
    }

    public ChannelView register(String tenantId, ChannelRegistration registration) {
        PhoneNumber number = verifiedNumber(registration.phoneNumberId(), registration.accessToken());
        ChannelView view = inTransaction(() -> {
            if (channels.numberTaken(tenantId, registration.phoneNumberId())) {
                throw numberTaken(registration.phoneNumberId());
            }
            WhatsAppChannel channel = new WhatsAppChannel();
            channel.id = UUID.randomUUID();
            channel.tenantId = tenantId;
            channel.phoneNumberId = registration.phoneNumberId();
            channel.wabaId = registration.wabaId();
            channel.catalogId = registration.catalogId();
            applyNumber(channel, number);
            secrets.sealAccessToken(channel, registration.accessToken());
            secrets.sealAppSecret(channel, registration.appSecret());
            secrets.sealVerifyToken(channel, registration.verifyToken());
            channel.health = ChannelHealth.HEALTHY;
            channel.createdAt = Instant.now();
            channel.updatedAt = channel.createdAt;
            channels.persist(channel);
            flush(registration.phoneNumberId());
            publisher.publish(mapper.toEvent(ChannelChange.REGISTERED, channel));
            return mapper.toView(channel);
        });
        LOG.infof("channel registered channel=%s tenant=%s", view.channelId(), tenantId);
        return view;
    }

    public List<ChannelView> list(String tenantId) {
        return channels.listActive(tenantId).stream().map(mapper::toView).toList();
    }

    public ChannelView get(String tenantId, UUID channelId) {
        return mapper.toView(existing(tenantId, channelId));
    }

    public ChannelView update(String tenantId, UUID channelId, ChannelUpdate update) {
        if (update.changesNothing()) {
            throw Problems.badRequest(
                    "Name at least one of accessToken, appSecret, verifyToken, catalogId, messagesPerSecond.");
        }
        WhatsAppChannel current = existing(tenantId, channelId);
        PhoneNumber number =
                update.accessToken() == null ? null : verifiedNumber(current.phoneNumberId, update.accessToken());
        ChannelView view = inTransaction(() -> {
            WhatsAppChannel channel = existing(tenantId, channelId);
            if (number != null) {
                applyNumber(channel, number);
                secrets.sealAccessToken(channel, update.accessToken());
                channel.health = ChannelHealth.HEALTHY;
                channel.healthDetail = null;
            }
            if (update.appSecret() != null) {
                secrets.rotateAppSecret(
                        channel, update.appSecret(), Instant.now().plus(config.secretGracePeriod()));
            }
            if (update.verifyToken() != null) {
                secrets.sealVerifyToken(channel, update.verifyToken());
            }
            if (update.catalogId() != null) {
                channel.catalogId = update.catalogId();
            }
            if (update.messagesPerSecond() != null) {
                channel.messagesPerSecond = update.messagesPerSecond();
            }
            channel.updatedAt = Instant.now();
            flush(channel.phoneNumberId);
            publisher.publish(mapper.toEvent(ChannelChange.UPDATED, channel));
            return mapper.toView(channel);
        });
        webhookChannels.forget(channelId);
        LOG.infof("channel updated channel=%s tenant=%s change=%s", channelId, tenantId, update);
        return view;
    }

    public void remove(String tenantId, UUID channelId) {
        inTransaction(() -> {
            WhatsAppChannel channel = existing(tenantId, channelId);
            channel.removedAt = Instant.now();
            channel.updatedAt = channel.removedAt;
            secrets.forgetAll(channel);
            flush(channel.phoneNumberId);
            publisher.publish(mapper.toEvent(ChannelChange.REMOVED, channel));
            return null;
        });
        webhookChannels.forget(channelId);
        LOG.infof("channel removed channel=%s tenant=%s", channelId, tenantId);
    }

    /**
     * Marks a channel UNHEALTHY because Meta refused it (an expired token), so the gateway and the tenant's operators
     * see why sends fail. Announced once per new state.
     */
    public void markUnhealthy(UUID channelId, String detail) {
        boolean changed = inTransaction(() -> {
            Optional<WhatsAppChannel> found = channels.findActive(channelId);
            if (found.isEmpty()
                    || (found.get().health == ChannelHealth.UNHEALTHY && detail.equals(found.get().healthDetail))) {
                return false;
            }
            WhatsAppChannel channel = found.get();
            channel.health = ChannelHealth.UNHEALTHY;
            channel.healthDetail = detail;
            channel.updatedAt = Instant.now();
            channels.flush();
            publisher.publish(mapper.toEvent(ChannelChange.UPDATED, channel));
            return true;
        });
        if (changed) {
            LOG.warnf("channel unhealthy channel=%s detail=%s", channelId, detail);
        }
    }

    /**
     * Keeps what Meta last reported about the number as a whole and announces it; the channel's health is left as it
     * is (a restriction or a quality flag does not stop sending by itself). An older report than the one kept changes
     * nothing, so Meta's retries of a webhook do not announce twice.
     *
     * @throws EventPublishException when Kafka did not take the announcement (nothing is kept)
     */
    public void recordLastError(UUID channelId, PlatformError error, Instant at) {
        boolean changed = QuarkusTransaction.requiringNew().call(() -> {
            Optional<WhatsAppChannel> found = channels.findActive(channelId);
            if (found.isEmpty()) {
                return false;
            }
            WhatsAppChannel channel = found.get();
            if (channel.lastErrorAt != null && !at.isAfter(channel.lastErrorAt) && error.equals(channel.lastError())) {
                return false;
            }
            channel.lastErrorCode = error.code();
            channel.lastErrorTitle = error.title();
            channel.lastErrorDetail = error.detail();
            channel.lastErrorAt = at;
            channel.updatedAt = Instant.now();
            channels.flush();
            publisher.publish(mapper.toEvent(ChannelChange.UPDATED, channel));
            return true;
        });
        if (changed) {
            LOG.warnf(
                    "channel error reported by Meta channel=%s code=%s title=%s",
                    channelId, error.code(), error.title());
        }
    }

    /**
     * Announces a channel's current state again (REMOVED for a removed one). The directory topic is compacted, so
     * this repairs an announcement that was lost, and changes nothing otherwise.
     */
    public void reannounce(UUID channelId) {
        QuarkusTransaction.requiringNew()
                .run(() -> channels.findByIdOptional(channelId)
                        .ifPresent(channel -> publisher.publish(mapper.toEvent(
                                channel.removed() ? ChannelChange.REMOVED : ChannelChange.UPDATED, channel))));
    }

    private PhoneNumber verifiedNumber(String phoneNumberId, String accessToken) {
        try {
            return graph.phoneNumber(phoneNumberId, accessToken);
        } catch (GraphApiException e) {
            if (e.httpStatus() >= 500) {
                throw Problems.badGateway("WhatsApp failed", "The Graph API failed: " + e.describe());
            }
            LOG.infof("graph refused credentials number=%s code=%s", Redact.phone(phoneNumberId), e.code());
            throw Problems.unprocessable(
                    "whatsapp-credentials-refused",
                    "WhatsApp refused the credentials",
                    "Meta refused the access token for phone number id " + phoneNumberId + ": " + e.describe());
        } catch (GraphUnreachableException | TimeoutException e) {
            throw Problems.badGateway(
                    "WhatsApp unreachable", "The Graph API could not be reached to check the access token; try again.");
        }
    }

    private static void applyNumber(WhatsAppChannel channel, PhoneNumber number) {
        channel.displayPhoneNumber = number.displayPhoneNumber();
        channel.verifiedName = number.verifiedName();
        channel.qualityRating = number.qualityRating();
        channel.throughputLevel = number.throughputLevel();
        channel.coexistence = number.coexistence();
    }

    private WhatsAppChannel existing(String tenantId, UUID channelId) {
        return channels.findActive(tenantId, channelId)
                .orElseThrow(() -> Problems.notFound("WhatsApp channel", channelId.toString()));
    }

    /** Writes now, inside the transaction, so a conflict becomes a 409 before anything is announced. */
    private void flush(String phoneNumberId) {
        try {
            channels.flush();
        } catch (PersistenceException e) {
            if (causedBy(e, ConstraintViolationException.class)) {
                throw numberTaken(phoneNumberId);
            }
            if (causedBy(e, OptimisticLockException.class) || causedBy(e, StaleStateException.class)) {
                throw Problems.conflict(
                        "Channel changed meanwhile", "The channel was changed at the same time; retry.");
            }
            throw e;
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException numberTaken(String phoneNumberId) {
        return Problems.conflict(
                "Phone number already registered",
                "Phone number id " + phoneNumberId + " is already registered as a channel of this tenant.");
    }

    /** Runs {@code work} in a new transaction; a Kafka failure inside rolls it back and becomes a 503. */
    private static <T> T inTransaction(Supplier<T> work) {
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } catch (EventPublishException e) {
            LOG.warnf("change not kept: %s", e.getMessage());
            throw Problems.unavailable("The change could not be announced to the rest of Switchboard (Kafka is"
                    + " unavailable) and was not kept; try again shortly.");
        }
    }
}
