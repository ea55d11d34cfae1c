package io.switchboard.telegram.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.common.problem.ProblemException;
import io.switchboard.common.problem.Problems;
import io.switchboard.contract.channel.ChannelChange;
import io.switchboard.contract.channel.ChannelHealth;
import io.switchboard.telegram.botapi.User;
import io.switchboard.telegram.client.BotApiClient;
import io.switchboard.telegram.client.BotApiException;
import io.switchboard.telegram.client.BotApiRejectedException;
import io.switchboard.telegram.client.BotApiUnauthorizedException;
import io.switchboard.telegram.client.BotApiUnavailableException;
import io.switchboard.telegram.entity.ChannelEntity;
import io.switchboard.telegram.entity.ChannelMode;
import io.switchboard.telegram.mapping.ChannelViews;
import io.switchboard.telegram.repository.ChannelRepository;
import io.switchboard.telegram.rest.ChannelView;
import io.switchboard.telegram.rest.RegisterChannelRequest;
import io.switchboard.telegram.rest.UpdateChannelRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * Registers, changes and removes a tenant's bots. Telegram is configured first (so a refusal changes nothing here);
 * then the row is written in a transaction that waits for the channel directory's Kafka acknowledgement. When Kafka
 * fails, the row is rolled back, Telegram's configuration is put back as it was, and the caller gets 503.
 */
@ApplicationScoped
public class ChannelService {

    private static final Logger LOG = Logger.getLogger(ChannelService.class);

    @Inject
    ChannelRepository channels;

    @Inject
    ChannelSecrets secrets;

    @Inject
    BotApiClient botApi;

    @Inject
    WebhookSetup webhooks;

    @Inject
    ChannelAnnouncer announcer;

    @Inject
    Pollers pollers;

    public List<ChannelView> list(String tenantId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> channels.listActiveOfTenant(tenantId).stream()
                        .map(ChannelViews::of)
                        .toList());
    }

    public ChannelView get(String tenantId, String channelId) {
        return QuarkusTransaction.requiringNew().call(() -> ChannelViews.of(owned(tenantId, channelId)));
    }

    public ChannelView register(String tenantId, RegisterChannelRequest request) {
        ChannelMode mode = request.mode();
        String baseUrl = baseUrlFor(mode, request.publicBaseUrl());
        User bot = validatedBot(request.botToken());
        refuseDuplicate(tenantId, bot.id());
        String channelId = UUID.randomUUID().toString();
        String secret = mode == ChannelMode.WEBHOOK ? ChannelSecrets.newWebhookSecret() : null;
        configureTelegram(request.botToken(), mode, baseUrl, channelId, secret);
        ChannelEntity channel;
        try {
            channel = QuarkusTransaction.requiringNew().call(() -> {
                ChannelEntity created = new ChannelEntity();
                created.id = channelId;
                created.tenantId = tenantId;
                created.botId = bot.id();
                created.mode = mode;
                created.publicBaseUrl = baseUrl;
                created.botToken = secrets.sealBotToken(channelId, request.botToken());
                created.webhookSecret = secret == null ? null : secrets.sealWebhookSecret(channelId, secret);
                created.health = ChannelHealth.HEALTHY;
                created.createdAt = Instant.now();
                created.updatedAt = created.createdAt;
                applyBotFacts(created, bot);
                channels.persistAndFlush(created);
                announcer.announce(ChannelChange.REGISTERED, created);
                return created;
            });
        } catch (RuntimeException e) {
            if (mode == ChannelMode.WEBHOOK) {
                quietly("removing the webhook again", () -> webhooks.remove(request.botToken()));
            }
            throw translate(e);
        }
        if (mode == ChannelMode.POLLING) {
            pollers.start(channelId);
        }
        LOG.infof("channel registered channel=%s tenant=%s bot=%d mode=%s", channelId, tenantId, bot.id(), mode);
        return ChannelViews.of(channel);
    }

    public ChannelView update(String tenantId, String channelId, UpdateChannelRequest request) {
        if (request.isEmpty()) {
            throw Problems.badRequest("Nothing to change: give botToken, mode or publicBaseUrl.");
        }
        ChannelEntity current = QuarkusTransaction.requiringNew().call(() -> owned(tenantId, channelId));
        String oldToken = secrets.botToken(current);
        String oldSecret = secrets.webhookSecret(current);
        String token = request.botToken() != null ? request.botToken() : oldToken;
        User bot = request.botToken() != null ? validatedBot(request.botToken()) : null;
        if (bot != null && bot.id() != current.botId) {
            throw Problems.unprocessable(
                    "telegram-other-bot",
                    "The token belongs to another bot",
                    "This token is of @" + bot.username() + ", not of @" + current.username
                            + ". Register that bot as a channel of its own.");
        }
        ChannelMode mode = request.mode() != null ? request.mode() : current.mode;
        String baseUrl =
                baseUrlFor(mode, request.publicBaseUrl() != null ? request.publicBaseUrl() : current.publicBaseUrl);
        String secret = mode != ChannelMode.WEBHOOK
                ? null
                : (current.mode == ChannelMode.WEBHOOK && oldSecret != null
                        ? oldSecret
                        : ChannelSecrets.newWebhookSecret());
        boolean reconfigure = bot != null
                || mode != current.mode
                || (mode == ChannelMode.WEBHOOK && !Objects.equals(baseUrl, current.publicBaseUrl));
        boolean wasPolling = current.mode == ChannelMode.POLLING;
        if (wasPolling && mode != ChannelMode.POLLING) {
            // Stop first: a poll made after setWebhook would be refused and mark the channel unhealthy.
            pollers.stop(channelId);
        }
        ChannelEntity updated;
        try {
            if (reconfigure) {
                configureTelegram(token, mode, baseUrl, channelId, secret);
            }
            updated = QuarkusTransaction.requiringNew().call(() -> {
                ChannelEntity channel = owned(tenantId, channelId);
                if (bot != null) {
                    channel.botToken = secrets.sealBotToken(channelId, token);
                    applyBotFacts(channel, bot);
                }
                channel.mode = mode;
                channel.publicBaseUrl = baseUrl;
                channel.webhookSecret = secret == null ? null : secrets.sealWebhookSecret(channelId, secret);
                if (reconfigure) {
                    channel.health = ChannelHealth.HEALTHY;
                    channel.healthDetail = null;
                }
                channel.updatedAt = Instant.now();
                announcer.announce(ChannelChange.UPDATED, channel);
                return channel;
            });
        } catch (RuntimeException e) {
            if (reconfigure && !(e instanceof ProblemException)) {
                quietly(
                        "restoring Telegram's configuration",
                        () -> configureTelegram(oldToken, current.mode, current.publicBaseUrl, channelId, oldSecret));
            }
            if (wasPolling) {
                pollers.start(channelId);
            }
            throw translate(e);
        }
        if (mode == ChannelMode.POLLING) {
            pollers.start(channelId);
        }
        LOG.infof("channel updated channel=%s tenant=%s change=%s", channelId, tenantId, request);
        return ChannelViews.of(updated);
    }

    public void remove(String tenantId, String channelId) {
        ChannelEntity current = QuarkusTransaction.requiringNew().call(() -> owned(tenantId, channelId));
        String token = secrets.botToken(current);
        String secret = secrets.webhookSecret(current);
        boolean webhookRemoved = false;
        pollers.stop(channelId);
        try {
            if (current.mode == ChannelMode.WEBHOOK) {
                removeWebhook(token, channelId);
                webhookRemoved = true;
            }
            QuarkusTransaction.requiringNew().run(() -> {
                ChannelEntity channel = owned(tenantId, channelId);
                channel.removedAt = Instant.now();
                channel.updatedAt = channel.removedAt;
                announcer.announce(ChannelChange.REMOVED, channel);
            });
        } catch (RuntimeException e) {
            if (webhookRemoved) {
                quietly(
                        "restoring the webhook",
                        () -> configureTelegram(token, current.mode, current.publicBaseUrl, channelId, secret));
            }
            if (current.mode == ChannelMode.POLLING) {
                pollers.start(channelId);
            }
            throw translate(e);
        }
        LOG.infof("channel removed channel=%s tenant=%s", channelId, tenantId);
    }

    private ChannelEntity owned(String tenantId, String channelId) {
        return channels.findActiveOfTenant(tenantId, channelId)
                .orElseThrow(() -> Problems.notFound("Telegram channel", channelId));
    }

    private User validatedBot(String token) {
        try {
            return botApi.getMe(token);
        } catch (BotApiUnauthorizedException | BotApiRejectedException e) {
            throw Problems.unprocessable(
                    "telegram-token-refused",
                    "Telegram refused the bot token",
                    "Telegram answered getMe with " + e.errorCode() + " " + e.description()
                            + ". Check the token @BotFather gave you (/mybots -> API Token).");
        } catch (BotApiException | BotApiUnavailableException | TimeoutException e) {
            throw unreachable(e);
        }
    }

    private void configureTelegram(String token, ChannelMode mode, String baseUrl, String channelId, String secret) {
        String webhookUrl = mode == ChannelMode.WEBHOOK ? ChannelViews.webhookUrl(baseUrl, channelId) : null;
        try {
            webhooks.apply(token, mode, webhookUrl, secret);
        } catch (BotApiUnauthorizedException | BotApiRejectedException e) {
            throw Problems.unprocessable(
                    "telegram-webhook-refused",
                    mode == ChannelMode.WEBHOOK
                            ? "Telegram refused the webhook"
                            : "Telegram refused to delete the webhook",
                    "Telegram answered " + e.errorCode() + " " + e.description() + ".");
        } catch (BotApiException | BotApiUnavailableException | TimeoutException e) {
            throw unreachable(e);
        }
    }

    /** A token Telegram refuses cannot remove its webhook; the channel goes anyway, or it could never go. */
    private void removeWebhook(String token, String channelId) {
        try {
            webhooks.remove(token);
        } catch (BotApiException e) {
            LOG.warnf(
                    "webhook not removed channel=%s: Telegram answered %d %s",
                    channelId, e.errorCode(), e.description());
        } catch (BotApiUnavailableException | TimeoutException e) {
            throw unreachable(e);
        }
    }

    private void refuseDuplicate(String tenantId, long botId) {
        QuarkusTransaction.requiringNew()
                .run(() -> channels.findActiveByBot(botId).ifPresent(existing -> {
                    throw duplicate(existing.tenantId.equals(tenantId) ? existing.id : null);
                }));
    }

    private static ProblemException duplicate(String ownChannelId) {
        return Problems.conflict(
                "Bot already registered",
                ownChannelId != null
                        ? "This bot is already channel " + ownChannelId + "; change it with PATCH instead."
                        : "This bot is already connected to Switchboard elsewhere; a bot can serve one channel.");
    }

    private static String baseUrlFor(ChannelMode mode, String publicBaseUrl) {
        if (mode == ChannelMode.WEBHOOK && (publicBaseUrl == null || publicBaseUrl.isBlank())) {
            throw Problems.badRequest("publicBaseUrl is required in WEBHOOK mode: it is where Telegram delivers"
                    + " updates, such as https://switchboard.example.com.");
        }
        return publicBaseUrl;
    }

    private static void applyBotFacts(ChannelEntity channel, User bot) {
        channel.username = bot.username();
        channel.displayName = bot.firstName();
        channel.canJoinGroups = Boolean.TRUE.equals(bot.canJoinGroups());
        channel.canReadAllGroupMessages = Boolean.TRUE.equals(bot.canReadAllGroupMessages());
    }

    private static ProblemException unreachable(RuntimeException e) {
        LOG.warnf("Bot API unavailable: %s", e.getMessage());
        return Problems.badGateway(
                "Telegram unreachable", "The Telegram Bot API could not be reached or failed; try again later.");
    }

    /** Maps what a write can run into to the answer the caller should get. */
    private static RuntimeException translate(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem;
            }
            if (cause instanceof EventNotAcknowledgedException) {
                LOG.warnf("channel change not kept: %s", cause.getMessage());
                return Problems.unavailable("The channel directory (Kafka) did not confirm the change, so it was not"
                        + " kept. Try again in a moment.");
            }
            if (cause instanceof ConstraintViolationException) {
                return duplicate(null);
            }
        }
        return e;
    }

    private static void quietly(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.warnf("%s failed: %s", what, e.getMessage());
        }
    }
}
