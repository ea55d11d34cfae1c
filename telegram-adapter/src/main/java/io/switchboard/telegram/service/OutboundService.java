package io.switchboard.telegram.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.switchboard.contract.ChatType;
import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.InvalidEventException;
import io.switchboard.contract.Platform;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.delivery.PlatformError;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.telegram.client.BotApiClient;
import io.switchboard.telegram.client.BotApiException;
import io.switchboard.telegram.client.BotApiRateLimitedException;
import io.switchboard.telegram.client.BotApiRejectedException;
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
 * <p>Each request waits for its turn under Telegram's flood limits ({@link Pacer}); a 429 is waited out exactly, and a
 * group that became a supergroup is followed to its new id (and remembered).
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

    @Inject
    Pacer pacer;

    @Inject
    ChatMigrations migrations;

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
        String chatId =
                migrations.current(channel.get().botId, command.recipient().externalChatId());
        Rendering rendering = renderer.render(command, OutboundRenderer.chatId(chatId));
        switch (rendering) {
            case Rendering.Refused refused ->
                refuse(command, new PlatformError(refused.code(), refused.title(), refused.detail()));
            case Rendering.Calls calls -> send(command, channel.get(), calls.calls());
        }
    }

    private void send(OutboundCommand command, ChannelEntity channel, List<BotApiCall> calls) {
        SentMessageEntity row = sentMessages.claim(command, calls.size());
        String token = secrets.botToken(channel);
        Recipient recipient = new Recipient(channel.botId, token, isGroup(command.recipient()));
        for (int part = row.partsSent; part < calls.size(); part++) {
            BotApiCall call = readdressed(recipient, calls.get(part));
            // Wait for the turn first: a part marked as being sent must be on its way, or a crash would make it
            // unknown.
            pace(recipient, call);
            if (!sentMessages.markSending(command.messageId(), part)) {
                LOG.infof("outbound command taken by another worker message=%s part=%d", command.messageId(), part);
                return;
            }
            try {
                String platformMessageId = perform(recipient, call);
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

    /**
     * Makes one request, its turn under the flood limits already taken. A 429 is waited out exactly as long as Telegram
     * asks; a group that became a supergroup is remembered and the request made once more to the new chat. Each
     * repetition waits for its turn again.
     *
     * @return the platform message id to report: the sent message's, or the one acted on
     */
    private String perform(Recipient recipient, BotApiCall call) {
        boolean readdressed = false;
        for (int rateLimited = 0; ; pace(recipient, call)) {
            try {
                return execute(recipient.token(), call);
            } catch (BotApiRateLimitedException e) {
                if (rateLimited++ >= config.outbound().maxRateLimitRetries()
                        || e.retryAfter().compareTo(config.outbound().maxRetryAfter()) > 0) {
                    throw e;
                }
                LOG.infof("flood control: waiting %s before retrying %s", e.retryAfter(), call.method());
                sleep(e.retryAfter());
            } catch (BotApiRejectedException e) {
                if (e.migrateToChatId().isPresent()
                        && !readdressed
                        && call.request().chatId() instanceof Long old) {
                    long newChatId = e.migrateToChatId().getAsLong();
                    migrations.record(recipient.botId(), old, newChatId);
                    call = call.withChatId(newChatId);
                    readdressed = true;
                    continue;
                }
                if (call instanceof BotApiCall.Act act && isUnchangedEdit(act, e)) {
                    return act.subjectMessageId();
                }
                throw e;
            }
        }
    }

    private void pace(Recipient recipient, BotApiCall call) {
        pacer.awaitTurn(recipient.botId(), String.valueOf(call.request().chatId()), recipient.group(), call.messages());
    }

    /** The call addressed to where its chat is now: a migration learnt from an earlier part applies to the rest. */
    private BotApiCall readdressed(Recipient recipient, BotApiCall call) {
        if (!(call.request().chatId() instanceof Long chatId)) {
            return call;
        }
        String current = migrations.current(recipient.botId(), Long.toString(chatId));
        return current.equals(Long.toString(chatId)) ? call : call.withChatId(Long.parseLong(current));
    }

    private String execute(String token, BotApiCall call) {
        return switch (call) {
            case BotApiCall.Send send ->
                Long.toString(botApi.send(token, send.method(), send.request()).messageId());
            case BotApiCall.SendAlbum album ->
                Long.toString(botApi.sendAlbum(token, album.request()).get(0).messageId());
            case BotApiCall.Act act -> {
                botApi.act(token, act.method(), act.request());
                yield act.subjectMessageId();
            }
        };
    }

    /** Telegram refuses an edit that changes nothing; the message already says what was asked. */
    private static boolean isUnchangedEdit(BotApiCall.Act act, BotApiRejectedException e) {
        return act.method().equals("editMessageText") && e.description().contains("message is not modified");
    }

    /**
     * Whether the chat gets Telegram's per-group limit (20 a minute): groups and supergroups, and channels too
     * (Telegram's documentation names only groups, but @BotSupport has said it applies to channels). Only a person's
     * private chat (a positive id) is paced per chat alone, whatever the label says.
     */
    private static boolean isGroup(ConversationRef recipient) {
        return recipient.chatType() != ChatType.DIRECT
                || recipient.externalChatId().startsWith("-")
                || recipient.externalChatId().startsWith("@");
    }

    /** Whom one command's requests go to, and as which bot. */
    private record Recipient(long botId, String token, boolean group) {
        @Override
        public String toString() {
            return "Recipient[botId=" + botId + ", group=" + group + "]";
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
