package io.switchboard.telegram.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.telegram.repository.ChannelRepository;
import io.switchboard.telegram.repository.PollingOffsetRepository;
import io.switchboard.telegram.repository.ProcessedUpdateRepository;
import io.switchboard.telegram.service.ChannelSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What the adapter stored, for tests that act as Telegram (which knows the webhook secret) or inspect state. */
@ApplicationScoped
public class StoredChannels {

    @Inject
    ChannelRepository channels;

    @Inject
    ChannelSecrets secrets;

    @Inject
    PollingOffsetRepository offsets;

    @Inject
    ProcessedUpdateRepository processedUpdates;

    /** The secret Telegram was given with setWebhook, as Telegram would echo it. */
    public String webhookSecret(String channelId) {
        return QuarkusTransaction.requiringNew().call(() -> secrets.webhookSecret(channels.findById(channelId)));
    }

    public long nextOffset(long botId) {
        return QuarkusTransaction.requiringNew().call(() -> offsets.nextOffset(botId));
    }

    public boolean isProcessed(long botId, long updateId) {
        return QuarkusTransaction.requiringNew().call(() -> processedUpdates.isProcessed(botId, updateId));
    }
}
