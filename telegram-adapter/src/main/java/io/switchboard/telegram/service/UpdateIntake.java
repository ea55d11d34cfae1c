package io.switchboard.telegram.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.common.logging.Redact;
import io.switchboard.contract.inbound.ConversationMigrated;
import io.switchboard.telegram.mapping.InvalidUpdateException;
import io.switchboard.telegram.mapping.NormalisedUpdate;
import io.switchboard.telegram.mapping.UpdateNormaliser;
import io.switchboard.telegram.repository.PollingOffsetRepository;
import io.switchboard.telegram.repository.ProcessedUpdateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Turns an update into its event on Kafka, once per bot and update id, whether it came by webhook or by polling.
 *
 * <p>The update id is recorded in the same transaction that waits for Kafka's acknowledgement: when Kafka fails,
 * nothing is recorded (the webhook answers 503 and Telegram redelivers; the poller asks again); when it succeeds, a
 * redelivery finds the record and publishes nothing. A concurrent redelivery waits on the record's key until the first
 * delivery commits.
 */
@ApplicationScoped
public class UpdateIntake {

    private static final Logger LOG = Logger.getLogger(UpdateIntake.class);

    @Inject
    UpdateNormaliser normaliser;

    @Inject
    ProcessedUpdateRepository processedUpdates;

    @Inject
    PollingOffsetRepository offsets;

    @Inject
    InboundPublisher publisher;

    @Inject
    CallbackAnswers callbackAnswers;

    @Inject
    ChatMigrations migrations;

    /**
     * An update from a webhook.
     *
     * @throws InvalidUpdateException when it is not a readable update (nothing is recorded)
     * @throws EventNotAcknowledgedException when Kafka did not take its event (nothing is recorded)
     */
    public void accept(BotChannel channel, JsonNode update) {
        long updateId = updateIdOf(update);
        Optional<NormalisedUpdate> result =
                QuarkusTransaction.requiringNew().call(() -> process(channel, updateId, update));
        afterCommit(channel, updateId, result);
    }

    /**
     * An update from {@code getUpdates}: the stored offset moves past it in the same transaction, so the offset never
     * gets ahead of what Kafka holds. An unreadable update is logged and passed over, so it cannot stall the bot.
     */
    public void acceptPolled(BotChannel channel, JsonNode update) {
        long updateId = updateIdOf(update);
        Optional<NormalisedUpdate> result;
        try {
            result = QuarkusTransaction.requiringNew().call(() -> {
                Optional<NormalisedUpdate> processed = process(channel, updateId, update);
                offsets.advanceTo(channel.botId(), updateId + 1);
                return processed;
            });
        } catch (InvalidUpdateException e) {
            LOG.errorf(
                    "unreadable update passed over channel=%s bot=%d update=%d: %s",
                    channel.channelId(), channel.botId(), updateId, e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> offsets.advanceTo(channel.botId(), updateId + 1));
            return;
        }
        afterCommit(channel, updateId, result);
    }

    private Optional<NormalisedUpdate> process(BotChannel channel, long updateId, JsonNode update) {
        if (!processedUpdates.markProcessed(channel.botId(), updateId)) {
            return Optional.empty();
        }
        NormalisedUpdate normalised = normaliser.normalise(channel.inbound(), update);
        normalised.publishable().ifPresent(event -> {
            if (event instanceof ConversationMigrated migrated) {
                // Sends to the old group fail from now on: remember where it went, with the event.
                migrations.recordInCurrentTransaction(
                        channel.botId(),
                        Long.parseLong(migrated.header().conversation().externalChatId()),
                        Long.parseLong(migrated.newExternalChatId()));
            }
            publisher.publish(event);
        });
        return Optional.of(normalised);
    }

    private void afterCommit(BotChannel channel, long updateId, Optional<NormalisedUpdate> result) {
        if (result.isEmpty()) {
            LOG.infof(
                    "update already processed channel=%s bot=%d update=%d",
                    channel.channelId(), channel.botId(), updateId);
            return;
        }
        NormalisedUpdate normalised = result.get();
        normalised
                .publishable()
                .ifPresentOrElse(
                        event -> LOG.infof(
                                "update published channel=%s update=%d kind=%s event=%s chat=%s",
                                channel.channelId(),
                                updateId,
                                normalised.kind(),
                                event.getClass().getSimpleName(),
                                Redact.person(event.header().conversation().externalChatId())),
                        () -> LOG.infof(
                                "update skipped channel=%s update=%d kind=%s reason=%s",
                                channel.channelId(), updateId, normalised.kind(), normalised.skipReason()));
        if (normalised.callbackQueryId() != null) {
            callbackAnswers.answerSoon(channel, normalised.callbackQueryId());
        }
    }

    private static long updateIdOf(JsonNode update) {
        if (update == null || !update.path("update_id").canConvertToLong()) {
            throw new InvalidUpdateException("an update needs a numeric update_id");
        }
        return update.get("update_id").asLong();
    }
}
