package io.switchboard.telegram.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.Topics;
import io.switchboard.contract.inbound.InboundEvent;
import io.switchboard.telegram.service.Pollers;
import io.switchboard.telegram.support.Channels;
import io.switchboard.telegram.support.StoredChannels;
import io.switchboard.telegram.support.TopicWatcher;
import io.switchboard.testsupport.simulator.TelegramBot;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PollingTests {

    private static final long USER = 7012345678L;

    @Inject
    StoredChannels stored;

    @Inject
    Pollers pollers;

    @Test
    void updatesQueuedAtTelegramBecomeEventsOnTheBroker() {
        String tenant = Channels.newTenant();
        TelegramBot bot = Channels.newBot();
        try (TopicWatcher inbound = TopicWatcher.fromNow(Topics.INBOUND)) {
            Channels.registerPolling(tenant, bot);

            JsonNode first = Channels.simulator().telegramUserWrites(bot.id(), USER, "Giulia", "uno");
            Channels.simulator().telegramUserWrites(bot.id(), USER, "Giulia", "due");

            assertThat(first.get("delivery").asText()).isEqualTo("queued");
            List<InboundEvent> events = inbound.awaitEvents(InboundEvent.class, TopicWatcher.keyStartsWith(tenant), 2);
            assertThat(events)
                    .extracting(event -> event.header().platformMessageId())
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void theOffsetIsStoredPastEachPublishedUpdate() {
        TelegramBot bot = Channels.newBot();
        Channels.registerPolling(Channels.newTenant(), bot);

        long updateId = Channels.simulator()
                .telegramUserWrites(bot.id(), USER, "Giulia", "ciao")
                .get("updateId")
                .asLong();

        await().atMost(Duration.ofSeconds(30)).until(() -> stored.nextOffset(bot.id()) == updateId + 1);
        assertThat(stored.isProcessed(bot.id(), updateId)).isTrue();
    }

    @Test
    void aRestartedPollerResumesFromTheStoredOffsetWithoutLossOrRepetition() {
        String tenant = Channels.newTenant();
        TelegramBot bot = Channels.newBot();
        try (TopicWatcher inbound = TopicWatcher.fromNow(Topics.INBOUND)) {
            String channelId = Channels.registerPolling(tenant, bot);
            long before = Channels.simulator()
                    .telegramUserWrites(bot.id(), USER, "Giulia", "prima del riavvio")
                    .get("updateId")
                    .asLong();
            inbound.await(TopicWatcher.keyStartsWith(tenant), 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> stored.nextOffset(bot.id()) == before + 1);

            // The poller and all it held in memory go away; what customers write meanwhile waits at Telegram.
            pollers.stop(channelId);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !pollers.runningChannelIds().contains(channelId));
            Channels.simulator().telegramUserWrites(bot.id(), USER, "Giulia", "durante il riavvio 1");
            Channels.simulator().telegramUserWrites(bot.id(), USER, "Giulia", "durante il riavvio 2");
            pollers.start(channelId);

            List<InboundEvent> events = inbound.awaitEvents(InboundEvent.class, TopicWatcher.keyStartsWith(tenant), 3);
            assertThat(inbound.during(Duration.ofSeconds(3), TopicWatcher.keyStartsWith(tenant)))
                    .hasSize(3);
            assertThat(events)
                    .extracting(event -> event.header().platformMessageId())
                    .doesNotHaveDuplicates();
            assertThat(stored.nextOffset(bot.id())).isEqualTo(before + 3);
        }
    }
}
